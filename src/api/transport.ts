/**
 * How API requests leave the page. By default: the browser's `fetch`. With the mock API on,
 * main.tsx routes them through the in-page msw handlers (mocks/browser.ts) once that lazy
 * chunk has loaded; requests made before then wait here, and nothing else does.
 *
 * The mock stands for a remote service, so it is unreachable like one when the browser is
 * offline (`navigator.onLine === false`): its requests then fail as a real fetch would,
 * with a TypeError, instead of answering from the worker as if the network were up. That
 * keeps "offline" honest on the wall (stale badge over the stored snapshot) with either API.
 */
export type Transport = typeof fetch;

let transport: Promise<Transport | null> = Promise.resolve(null);

const browserOffline = (): boolean => typeof navigator !== 'undefined' && navigator.onLine === false;

/** `inner`, failing like a network error while the browser says it is offline. */
export function unreachableWhenOffline(inner: Transport, offline: () => boolean = browserOffline): Transport {
  return (input, init) => (offline() ? Promise.reject(new TypeError('Failed to fetch (the browser is offline)')) : inner(input, init));
}

export function routeRequestsThrough(ready: Promise<Transport>): void {
  transport = ready.then((inner) => unreachableWhenOffline(inner));
}

/** The transport to use, or null for the global `fetch`. Rejects if the mock API could not start. */
export function requestTransport(): Promise<Transport | null> {
  return transport;
}
