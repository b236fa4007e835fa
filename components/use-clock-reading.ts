import { useCallback, useSyncExternalStore } from 'react';

/**
 * A value read from the clock every `intervalMs`; the component re-renders only when the value
 * changes, so a big view can follow e.g. the current agenda section without redrawing every second.
 */
export function useClockReading<T extends string | number | boolean>(read: (now: number) => T, intervalMs: number): T {
  const subscribe = useCallback(
    (onTick: () => void) => {
      const timer = setInterval(onTick, intervalMs);
      return () => clearInterval(timer);
    },
    [intervalMs],
  );
  return useSyncExternalStore(subscribe, () => read(Date.now()));
}
