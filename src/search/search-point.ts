import { useSyncExternalStore } from 'react';

/**
 * Where a search landed, in composite map coordinates, so the map can mark it: one
 * point, one per state of a ZIP across a state line, or one per candidate of a name in
 * several states. Transient view state (not worth a URL parameter: ?find= reproduces it).
 */
const NONE: ReadonlyArray<[number, number]> = [];
let points: ReadonlyArray<[number, number]> = NONE;
const listeners = new Set<() => void>();

export function setSearchPoints(next: ReadonlyArray<[number, number]>): void {
  points = next.length === 0 ? NONE : next;
  listeners.forEach((l) => l());
}

export function useSearchPoints(): ReadonlyArray<[number, number]> {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    () => points,
    () => NONE,
  );
}
