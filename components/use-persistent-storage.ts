import { useEffect, useState } from 'react';

/**
 * Asks the browser not to evict our data under storage pressure. Only works from an extension
 * page (Chrome's worker has no navigator.storage.persist); with `unlimitedStorage` both browsers grant it.
 */
export function usePersistentStorage(): boolean | null {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    let cancelled = false;
    const storage = navigator.storage as StorageManager | undefined;
    if (!storage?.persist) return;
    storage
      .persisted()
      .then((already) => already || storage.persist())
      .then((granted) => !cancelled && setPersisted(granted))
      .catch(() => !cancelled && setPersisted(false));
    return () => {
      cancelled = true;
    };
  }, []);
  return persisted;
}
