/**
 * "A new version of the app is ready": set by the service worker's registration
 * (src/app/service-worker.ts), read by the dashboard's notice and by the wall, which
 * applies it at its next tour boundary. A tiny external store (useSyncExternalStore),
 * framework-free so any layer can read it.
 */
type Listener = () => void;

let apply: (() => void) | null = null;
const listeners = new Set<Listener>();

/** Called once the new version waits: `applyUpdate` then activates it and reloads the page. */
export function announceUpdate(activateAndReload: () => void): void {
  apply = activateAndReload;
  for (const listener of listeners) listener();
}

export function subscribeUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** true once a new version is waiting */
export const updateAvailable = (): boolean => apply !== null;

/** Switches to the waiting version (the page reloads); nothing when none waits. */
export function applyUpdate(): void {
  apply?.();
}
