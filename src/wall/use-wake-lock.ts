/**
 * Keeps the screen awake while the wall is shown (Screen Wake Lock API). The browser drops
 * the lock whenever the page is hidden, so it is taken again each time the page becomes
 * visible. Where the API is missing or refuses (no permission, battery saver), the wall
 * says nothing and goes on: an unattended screen has nobody to read a warning.
 */
import { useEffect } from 'react';

interface WakeLockSentinelLike {
  released: boolean;
  release(): Promise<void>;
}
interface WakeLockLike {
  request(type: 'screen'): Promise<WakeLockSentinelLike>;
}

function wakeLockApi(): WakeLockLike | null {
  const api = (navigator as Navigator & { wakeLock?: WakeLockLike }).wakeLock;
  return api && typeof api.request === 'function' ? api : null;
}

export function useWakeLock(enabled = true): void {
  useEffect(() => {
    const api = typeof navigator === 'undefined' ? null : wakeLockApi();
    if (!enabled || !api) return undefined;
    let sentinel: WakeLockSentinelLike | null = null;
    let active = true;
    const acquire = () => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      api.request('screen').then(
        (s) => {
          if (active) sentinel = s;
          else void s.release().catch(() => undefined);
        },
        () => undefined, // refused or unsupported here: nothing to tell the room
      );
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') acquire();
    };
    acquire();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      active = false;
      document.removeEventListener('visibilitychange', onVisibility);
      void sentinel?.release().catch(() => undefined);
    };
  }, [enabled]);
}
