import { useEffect, useState } from 'react';
import { exemptFromEviction } from '@/utils/browser/platform';

/**
 * Asks the browser not to evict our data under storage pressure, and answers whether the data is
 * safe (null while asking). Only works from an extension page: Chrome's worker has no persist().
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
      .then((granted) => !cancelled && setPersisted(granted || exemptFromEviction()))
      .catch(() => !cancelled && setPersisted(exemptFromEviction()));
    return () => {
      cancelled = true;
    };
  }, []);
  return persisted;
}
