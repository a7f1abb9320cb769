/**
 * The mock API in a dedicated worker: msw's handlers answer each request the page posts
 * (see mocks/browser.ts). Building the sample dataset, msw itself and serialising the
 * bodies stay off the main thread, which the first map needs. The edited data lives in
 * IndexedDB (mocks/store/persist.ts); a write here is announced to this tab's page and,
 * over a BroadcastChannel, to the other tabs' workers, which re-read the stored state
 * before telling their own pages.
 */
// First: msw needs a localStorage when it loads.
import './worker-storage';
import { getResponse } from 'msw';
import { ChangeEvent } from '../src/api/events-change';
import { handlers } from './handlers';
import { forgetState, onStateChange } from './store/store';
import { MOCK_CHANGES_CHANNEL, type MockReply, type MockRequest } from './worker-protocol';

async function answer({ id, url, method, headers, body }: MockRequest): Promise<MockReply> {
  try {
    const response = await getResponse(handlers, new Request(url, { method, headers, ...(body === undefined ? {} : { body }) }));
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

const post = (reply: MockReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<MockRequest>) => {
  void answer(event.data).then(post);
};

const tabs = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(MOCK_CHANGES_CHANNEL);
onStateChange((change) => {
  post({ kind: 'change', event: change });
  tabs?.postMessage(change);
});
if (tabs) {
  tabs.onmessage = (message: MessageEvent<unknown>) => {
    const change = ChangeEvent.safeParse(message.data);
    if (!change.success) return;
    // another tab wrote: the next request reads the stored state again
    forgetState();
    post({ kind: 'change', event: change.data });
  };
}
