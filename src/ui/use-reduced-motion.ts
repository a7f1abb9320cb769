/** Follows the OS "reduce motion" setting live (a wall runs for days; settings change). */
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function mediaQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
}

function subscribe(cb: () => void): () => void {
  const mq = mediaQuery();
  mq?.addEventListener('change', cb);
  return () => mq?.removeEventListener('change', cb);
}

const snapshot = () => mediaQuery()?.matches === true;

export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
