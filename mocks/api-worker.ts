/**
 * The mock API in a dedicated worker: msw's handlers answer each request the page posts
 * (see mocks/browser.ts). Building the sample dataset, msw itself and serialising the
 * bodies stay off the main thread, which the first map needs.
 */
// First: msw needs a localStorage when it loads.
import './worker-storage';
import { getResponse } from 'msw';
import { handlers } from './handlers';
import type { MockReply, MockRequest } from './worker-protocol';

async function answer({ id, url, method, headers }: MockRequest): Promise<MockReply> {
  try {
    const response = await getResponse(handlers, new Request(url, { method, headers }));
    if (!response) return { id, kind: 'unhandled' };
    return {
      id,
      kind: 'response',
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers],
      body: await response.text(),
    };
  } catch (err) {
    return { id, kind: 'error', message: err instanceof Error ? err.message : String(err) };
  }
}

self.onmessage = (event: MessageEvent<MockRequest>) => {
  void answer(event.data).then((reply) => self.postMessage(reply));
};
