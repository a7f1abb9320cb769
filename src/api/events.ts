/**
 * Live updates: a change made elsewhere shows here without a reload.
 *
 *   useLiveUpdates();   // once, in the dashboard and in the wall
 *
 * Against a real API: an EventSource on GET /api/v1/events (`event: change`, see
 * events-change.ts). The browser reconnects by itself after a dropped connection (the
 * server's `retry:` hint); when the stream is refused outright we reopen it with backoff.
 * While it is down, and after every reconnect, we revalidate instead: the meta version is
 * polled and a new version refetches everything, so a missed event costs at most one poll.
 * With the mock API the worker relays its own and the other tabs' writes (BroadcastChannel
 * between the tabs' workers), and no stream is opened.
 */
import { useEffect } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiBaseUrl, mocksEnabled } from './config';
import { ChangeEvent, onAnnouncedChange } from './events-change';
import { apiKeys, jurisdictionQuery, metaQuery } from './queries';
import { API_PREFIX } from './schemas';

/** the queries a change makes stale */
export function invalidateFor(client: QueryClient, event: ChangeEvent): Promise<unknown> {
  const keys: (readonly unknown[])[] = [apiKeys.meta(), apiKeys.jurisdictions(), ['api', 'history'], ['api', 'audit']];
  if (event.jurisdiction) keys.push(jurisdictionQuery(event.jurisdiction).queryKey);
  // a coordinator, an import or a reset may touch any detail and the regions
  if (!event.jurisdiction || event.entity === 'coordinator') keys.push(apiKeys.regions(), ['api', 'jurisdiction'], ['api', 'coordinator']);
  return Promise.all(keys.map((queryKey) => client.invalidateQueries({ queryKey })));
}

export interface LiveUpdatesOptions {
  client: QueryClient;
  /** 'mock': the in-page relay; 'sse': an EventSource on `url` */
  source: 'mock' | 'sse';
  url?: string;
  EventSourceImpl?: typeof EventSource | undefined;
  /** how often to revalidate while the stream is down */
  pollMs?: number;
  /** the API's current data version (default: a fresh GET /meta into the cache) */
  fetchVersion?: () => Promise<string>;
}

const MAX_BACKOFF_MS = 30_000;

/** Starts listening; returns the function that stops it. */
export function startLiveUpdates(options: LiveUpdatesOptions): () => void {
  const { client, source, url = `${apiBaseUrl}${API_PREFIX}/events`, EventSourceImpl, pollMs = 5_000 } = options;
  const fetchVersion = options.fetchVersion ?? (async () => (await client.fetchQuery({ ...metaQuery(), staleTime: 0 })).version);
  const onChange = (data: unknown) => {
    const parsed = ChangeEvent.safeParse(data);
    // an event we cannot read still says "something changed"
    if (parsed.success) void invalidateFor(client, parsed.data);
    else void client.invalidateQueries({ queryKey: apiKeys.all });
  };
  if (source === 'mock') return onAnnouncedChange(onChange);

  const Impl = EventSourceImpl ?? (typeof EventSource === 'undefined' ? undefined : EventSource);
  let stream: EventSource | null = null;
  let poll: ReturnType<typeof setInterval> | null = null;
  let reopen: ReturnType<typeof setTimeout> | null = null;
  let backoff = 1_000;
  let lastVersion: string | null = client.getQueryData(metaQuery().queryKey)?.version ?? null;
  let stopped = false;

  const revalidate = async () => {
    const version = await fetchVersion().catch(() => null);
    if (version === null) return;
    if (lastVersion !== null && version !== lastVersion) await client.invalidateQueries({ queryKey: apiKeys.all });
    lastVersion = version;
  };
  const startPolling = () => {
    poll ??= setInterval(() => void revalidate(), pollMs);
  };
  const stopPolling = () => {
    if (poll) clearInterval(poll);
    poll = null;
  };

  const open = () => {
    if (stopped || !Impl) return startPolling();
    stream = new Impl(url);
    stream.addEventListener('open', () => {
      backoff = 1_000;
      stopPolling();
      // whatever happened while we were away
      void revalidate();
    });
    stream.addEventListener('change', (e) => {
      let data: unknown = null;
      try {
        data = JSON.parse((e as MessageEvent<string>).data);
      } catch {
        // handled as an unreadable event
      }
      const parsed = ChangeEvent.safeParse(data);
      if (parsed.success) lastVersion = parsed.data.version;
      onChange(data);
    });
    stream.addEventListener('error', () => {
      startPolling();
      if (stream?.readyState !== 2) return; // CONNECTING: the browser is retrying itself
      // CLOSED: refused (HTTP error, wrong type); reopen later ourselves
      stream = null;
      reopen = setTimeout(open, backoff);
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    });
  };
  open();

  return () => {
    stopped = true;
    stream?.close();
    stopPolling();
    if (reopen) clearTimeout(reopen);
  };
}

/** Keeps this page's API data in step with changes made elsewhere (one call per screen). */
export function useLiveUpdates(): void {
  const client = useQueryClient();
  useEffect(() => startLiveUpdates({ client, source: mocksEnabled ? 'mock' : 'sse' }), [client]);
}
