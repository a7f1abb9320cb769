/**
 * How API requests leave the page. By default: the browser's `fetch`. With the mock API on,
 * main.tsx routes them through the in-page msw handlers (mocks/browser.ts) once that lazy
 * chunk has loaded; requests made before then wait here, and nothing else does.
 */
export type Transport = typeof fetch;

let transport: Promise<Transport | null> = Promise.resolve(null);

export function routeRequestsThrough(ready: Promise<Transport>): void {
  transport = ready;
}

/** The transport to use, or null for the global `fetch`. Rejects if the mock API could not start. */
export function requestTransport(): Promise<Transport | null> {
  return transport;
}
