/**
 * Browser mock API: msw's handlers answer `/api/v1/*` from the sample dataset in a worker
 * (mocks/api-worker.ts), and the app's requests reach it through the transport returned
 * here (src/api/transport.ts). Started by src/app/main.tsx only when mocks are enabled;
 * the worker's code (msw, the dataset generator) is fetched only then.
 *
 * Why not msw's service worker: on a cold load, registering and activating it held every
 * API call back by ~0.7 s, and it hands each request back to the page, whose main thread
 * then runs msw and builds the dataset while the first map is drawing (both measured with
 * `npm run bench`). The handlers, dataset and faults are the same ones the node tests and
 * the contract suite use; only the interception differs (DevTools' network panel does not
 * list mock calls). Requests no handler matches go to the network unchanged.
 */
import { announceChange } from '../src/api/events-change';
import type { Transport } from '../src/api/transport';
import { FAULTS_HEADER, clearMockFaults, getMockFaults, setMockFaults, type MockFaults } from './faults';
import type { MockReply, MockRequest } from './worker-protocol';

export interface MockApiControl {
  /** in-memory faults for this page (merged over localStorage['mockApi.faults']) */
  setFaults(faults: MockFaults | null): void;
  /** clears the in-memory faults and localStorage['mockApi.faults'] */
  clearFaults(): void;
  /** a request to the mock API, as the app makes it (for tests and the console) */
  fetch: Transport;
  /** drops every edit (here and in IndexedDB): back to the generated sample data */
  reset(): Promise<void>;
}

declare global {
  interface Window {
    __mockApi?: MockApiControl;
  }
}

const abortError = (signal: AbortSignal): unknown => signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');

export function startMockApi(): Transport {
  const worker = new Worker(new URL('./api-worker.ts', import.meta.url), { type: 'module', name: 'mock-api' });
  const pending = new Map<number, { resolve: (r: Response) => void; reject: (e: unknown) => void; request: Request }>();
  let nextId = 0;
  let broken: Error | null = null;

  const failAll = (error: Error) => {
    broken = error;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.onerror = (event) => failAll(new Error(`the mock API worker failed: ${event.message || 'it could not load'}`));
  worker.onmessage = (event: MessageEvent<MockReply>) => {
    const reply = event.data;
    if (reply.kind === 'change') return announceChange(reply.event);
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.kind === 'response') {
      // a null-body status (204 reset, 304) must be built without one
      const body = [101, 204, 205, 304].includes(reply.status) ? null : reply.body;
      waiting.resolve(new Response(body, { status: reply.status, statusText: reply.statusText, headers: reply.headers }));
    } else if (reply.kind === 'unhandled') {
      fetch(waiting.request).then(waiting.resolve, waiting.reject);
    } else {
      waiting.reject(new Error(`the mock API failed: ${reply.message}`));
    }
  };

  const transport: Transport = (input, init) => {
    const request = new Request(input instanceof Request ? input : new URL(String(input), location.href), init);
    const { signal } = request;
    if (broken) return Promise.reject(broken);
    if (signal.aborted) return Promise.reject(abortError(signal));
    return new Promise<Response>((resolve, reject) => {
      const id = nextId++;
      const onAbort = () => {
        pending.delete(id);
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      const settle = <T,>(fn: (v: T) => void) => (v: T) => {
        signal.removeEventListener('abort', onAbort);
        fn(v);
      };
      pending.set(id, { resolve: settle(resolve), reject: settle(reject), request });
      // The page's faults (localStorage + setFaults) travel with the request: the worker has neither.
      const headers: [string, string][] = [...request.headers, [FAULTS_HEADER, JSON.stringify(getMockFaults())]];
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
      // the unhandled path re-sends `request` itself, so read a copy of its body
      void (hasBody ? request.clone().text() : Promise.resolve(undefined)).then((body) => {
        const message: MockRequest = { id, url: request.url, method: request.method, headers, ...(body === undefined ? {} : { body }) };
        worker.postMessage(message);
      }, settle(reject));
    });
  };
  const reset = async () => {
    const response = await transport('/__mock/reset', { method: 'POST' });
    if (!response.ok) throw new Error(`the sample data could not be reset (HTTP ${response.status})`);
  };
  window.__mockApi = { setFaults: setMockFaults, clearFaults: clearMockFaults, fetch: transport, reset };
  return transport;
}
