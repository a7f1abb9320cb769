/**
 * Resolves when the first map has drawn (or after `maxWaitMs`, for screens without one).
 * The mock API's service worker starts after that: installing it competes with the map
 * for the main thread, and it stands in for a remote service that a real deployment
 * does not install at all.
 */
let resolveDrawn: () => void = () => undefined;
const drawn = new Promise<void>((resolve) => {
  resolveDrawn = resolve;
});

export function signalMapDrawn(): void {
  resolveDrawn();
}

export function firstMapDrawn(maxWaitMs: number): Promise<void> {
  return Promise.race([drawn, new Promise<void>((resolve) => setTimeout(resolve, maxWaitMs))]);
}
