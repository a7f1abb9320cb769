import { useSyncExternalStore } from 'react';

/**
 * The point a search resolved to, in composite map coordinates, so the map can mark it.
 * Transient view state (not worth a URL parameter: ?find= reproduces it).
 */
let point: [number, number] | null = null;
const listeners = new Set<() => void>();

export function setSearchPoint(next: [number, number] | null): void {
  point = next;
  listeners.forEach((l) => l());
}

export function useSearchPoint(): [number, number] | null {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => point,
    () => null,
  );
}
