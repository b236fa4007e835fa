import { vi } from 'vitest';

/** A system colour preference the test can flip, as the browser reports it through matchMedia. */
export function fakeSystem(initial: 'light' | 'dark') {
  let dark = initial === 'dark';
  const listeners = new Set<() => void>();
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === '(prefers-color-scheme: dark)' && dark;
    },
    media: query,
    addEventListener: (_type: 'change', listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: 'change', listener: () => void) => listeners.delete(listener),
  }));
  return {
    prefer(theme: 'light' | 'dark') {
      dark = theme === 'dark';
      for (const listener of listeners) listener();
    },
  };
}
