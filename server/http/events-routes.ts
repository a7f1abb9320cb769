/**
 * GET /api/v1/events: server-sent events, one `event: change` per committed change (from
 * any API process on the database, via LISTEN/NOTIFY), a heartbeat comment every 15 s so
 * proxies keep the stream open, and a `retry:` hint for EventSource's reconnect. Public
 * like the reads it announces: a payload names what changed, never its content. A client
 * that reconnects revalidates its reads with their ETags (If-None-Match).
 */
import { streamSSE } from 'hono/streaming';
import { API_PREFIX } from '../../src/api/schemas';
import type { ChangeEvent } from '../../src/api/write-schemas';
import { ChangeFeed } from '../store/change-feed';
import { loadVersion } from '../store/read-model';
import type { App, AppServices } from './types';

export const HEARTBEAT_MS = 15_000;
export const RETRY_MS = 3_000;

export function registerEventsRoutes(app: App, { deps }: AppServices, heartbeatMs = HEARTBEAT_MS): void {
  let feed: Promise<ChangeFeed> | null = deps.changes ? Promise.resolve(deps.changes) : null;
  const changes = (): Promise<ChangeFeed> => {
    feed ??= ChangeFeed.over(deps.db);
    feed.catch(() => {
      feed = null;
    });
    return feed;
  };

  app.get(`${API_PREFIX}/events`, async (c) => {
    const source = await changes();
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      const queue: ChangeEvent[] = [];
      let wake: (() => void) | null = null;
      let open = true;
      const stop = () => {
        open = false;
        wake?.();
      };
      const unsubscribe = source.subscribe((event) => {
        queue.push(event);
        wake?.();
      }, stop);
      stream.onAbort(stop);
      const heartbeat = setInterval(() => {
        void stream.write(': heartbeat\n\n').catch(stop);
      }, heartbeatMs);
      try {
        // the version now, so a client that reconnects knows whether it missed anything
        const version = String((await loadVersion(deps.db)) ?? 0);
        await stream.write(`retry: ${RETRY_MS}\n\n`);
        await stream.writeSSE({ event: 'ready', data: JSON.stringify({ version }), id: version });
        while (open) {
          const next = queue.shift();
          if (next) {
            await stream.writeSSE({ event: 'change', data: JSON.stringify(next), id: next.version });
            continue;
          }
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
          wake = null;
        }
      } finally {
        clearInterval(heartbeat);
        unsubscribe();
      }
    });
  });
}
