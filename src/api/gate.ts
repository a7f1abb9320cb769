/**
 * Requests wait for this gate. With the mock API on, the app renders (and the map loads
 * its boundaries) while the mock service worker starts, instead of after it: only API
 * calls need the worker, so only they wait.
 */
let gate: Promise<void> = Promise.resolve();

export function holdRequestsUntil(ready: Promise<unknown>): void {
  gate = ready.then(() => undefined);
}

export function requestsReady(): Promise<void> {
  return gate;
}
