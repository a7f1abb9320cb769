/**
 * A new deployment reaches the wall by itself: once a new version waits
 * (src/ui/app-update.ts), the wall switches to it when the tour next moves to another
 * stop — never in the middle of a frame someone is reading, and never while paused.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { applyUpdate, subscribeUpdate, updateAvailable } from '../ui/app-update';

export function useUpdateAtBoundary(stopIndex: number, paused: boolean): void {
  const available = useSyncExternalStore(subscribeUpdate, updateAvailable, () => false);
  const lastIndex = useRef(stopIndex);
  useEffect(() => {
    const moved = lastIndex.current !== stopIndex;
    lastIndex.current = stopIndex;
    if (available && moved && !paused) applyUpdate();
  }, [available, stopIndex, paused]);
}
