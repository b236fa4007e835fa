import { useEffect, useState } from 'react';
import { browser } from '@/utils/browser/api';

export interface Shortcut {
  name: string;
  description: string;
  /** As the browser shows it, e.g. "Alt+Shift+K"; empty when the user has unset it. */
  keys: string;
}

async function readShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands.flatMap(({ name, description, shortcut }) => (name ? [{ name, description: description || name, keys: shortcut ?? '' }] : []));
}

/**
 * The extension's shortcuts as the browser has them now, read again whenever the page is shown:
 * a user who changed one in the browser's settings and comes back sees it as it is.
 */
export function useShortcuts(): Shortcut[] | null {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const read = () => void readShortcuts().then((read) => !controller.signal.aborted && setShortcuts(read), () => !controller.signal.aborted && setShortcuts([]));
    read();
    document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && read(), { signal: controller.signal });
    return () => controller.abort();
  }, []);
  return shortcuts;
}
