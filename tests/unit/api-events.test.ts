// Live updates: which queries a change event makes stale, the stream's reconnect and the polling fallback.
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { announceChange } from '../../src/api/events-change';
import { startLiveUpdates } from '../../src/api/events';
import { apiKeys } from '../../src/api/queries';

type Listener = (e: { data?: string }) => void;

/** an EventSource stand-in the test drives */
class FakeEventSource {
  static instances: FakeEventSource[] = [];
  readyState = 0;
  closed = false;
  listeners = new Map<string, Listener[]>();
  constructor(readonly url: string) {
    FakeEventSource.instances.push(this);
  }
  addEventListener(type: string, l: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), l]);
  }
  emit(type: string, data?: string) {
    for (const l of this.listeners.get(type) ?? []) l({ data });
  }
  close() {
    this.closed = true;
    this.readyState = 2;
  }
}

function seeded(): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  for (const key of [apiKeys.jurisdiction('TX'), apiKeys.jurisdiction('GA'), apiKeys.jurisdictions(), apiKeys.regions(), apiKeys.meta()]) {
    client.setQueryData(key, key === apiKeys.meta() ? { version: '1' } : {});
  }
  return client;
}
const stale = (client: QueryClient, key: readonly unknown[]) => client.getQueryState(key)?.isInvalidated ?? false;

afterEach(() => {
  FakeEventSource.instances = [];
  vi.useRealTimers();
});

describe('live updates', () => {
  it('mock mode: a relayed change for Texas marks Texas, the list and meta stale, not Georgia or the regions', () => {
    const client = seeded();
    const stop = startLiveUpdates({ client, source: 'mock' });
    announceChange({ version: '2', entity: 'jurisdiction', entityId: 'TX', jurisdiction: 'TX' });
    expect(stale(client, apiKeys.jurisdiction('TX'))).toBe(true);
    expect(stale(client, apiKeys.jurisdictions())).toBe(true);
    expect(stale(client, apiKeys.meta())).toBe(true);
    expect(stale(client, apiKeys.jurisdiction('GA'))).toBe(false);
    expect(stale(client, apiKeys.regions())).toBe(false);
    stop();
  });

  it('a coordinator change or a reset marks the regions and every detail stale', () => {
    const client = seeded();
    const stop = startLiveUpdates({ client, source: 'mock' });
    announceChange({ version: '3', entity: 'coordinator', entityId: 'ecc-r06-1', jurisdiction: null });
    expect(stale(client, apiKeys.regions())).toBe(true);
    expect(stale(client, apiKeys.jurisdiction('GA'))).toBe(true);
    stop();
    const other = seeded();
    announceChange({ version: '4', entity: 'jurisdiction', entityId: 'TX', jurisdiction: 'TX' });
    expect(stale(other, apiKeys.jurisdiction('TX'))).toBe(false); // not listening: stop() worked
  });

  it('SSE: a change event invalidates; an unreadable one invalidates everything', () => {
    const client = seeded();
    const stop = startLiveUpdates({ client, source: 'sse', url: '/api/v1/events', EventSourceImpl: FakeEventSource as unknown as typeof EventSource });
    const es = FakeEventSource.instances[0];
    expect(es?.url).toBe('/api/v1/events');
    es?.emit('change', JSON.stringify({ version: '2', entity: 'marker', entityId: 'TX/M01', jurisdiction: 'TX' }));
    expect(stale(client, apiKeys.jurisdiction('TX'))).toBe(true);
    expect(stale(client, apiKeys.jurisdiction('GA'))).toBe(false);
    es?.emit('change', 'not json');
    expect(stale(client, apiKeys.jurisdiction('GA'))).toBe(true);
    stop();
    expect(es?.closed).toBe(true);
  });

  it('SSE refused: polls the meta version meanwhile, reopens with backoff, and a new version refetches everything', async () => {
    vi.useFakeTimers();
    const client = seeded();
    let version = '1';
    const fetchVersion = () => Promise.resolve(version);
    const stop = startLiveUpdates({ client, source: 'sse', url: '/e', EventSourceImpl: FakeEventSource as unknown as typeof EventSource, pollMs: 1000, fetchVersion });
    const first = FakeEventSource.instances[0];
    if (!first) throw new Error('no stream opened');
    first.readyState = 2;
    first.emit('error');
    await vi.advanceTimersByTimeAsync(1000);
    expect(stale(client, apiKeys.jurisdiction('GA'))).toBe(false); // same version: nothing refetched
    version = '2';
    await vi.advanceTimersByTimeAsync(1000);
    expect(stale(client, apiKeys.jurisdiction('GA'))).toBe(true);
    expect(FakeEventSource.instances.length).toBeGreaterThanOrEqual(2); // reopened after the 1 s backoff
    stop();
  });
});
