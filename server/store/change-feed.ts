/**
 * Change notifications for GET /api/v1/events. A committed write NOTIFYs the channel
 * inside its transaction (PostgreSQL delivers it on COMMIT, never for a rollback); every
 * API process LISTENs on the database, so a write through one process reaches the SSE
 * clients of all of them. PGlite implements LISTEN/NOTIFY too (one process).
 */
import type { Db, Queryable } from '../db/db';
import { ChangeEvent } from '../../src/api/write-schemas';

export const CHANGE_CHANNEL = 'rcm_changes';

/** what changed: the entity, its id and the jurisdiction it belongs to (null for a coordinator's contact) */
export type ChangeNote = Omit<ChangeEvent, 'version'>;

/** NOTIFY the change with the data version this transaction bumped to */
export async function notifyChange(q: Queryable, version: number, note: ChangeNote): Promise<void> {
  const payload: ChangeEvent = { version: String(version), ...note };
  await q.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, JSON.stringify(payload)]);
}

type Listener = (event: ChangeEvent) => void;

export class ChangeFeed {
  private readonly listeners = new Set<Listener>();
  private closers = new Set<() => void>();

  private constructor(private readonly unlisten: () => Promise<void>) {}

  /** LISTENs on `db` (one dedicated connection on PostgreSQL) */
  static async over(db: Db): Promise<ChangeFeed> {
    let feed: ChangeFeed | null = null;
    const unlisten = await db.listen(CHANGE_CHANNEL, (payload) => feed?.deliver(payload));
    feed = new ChangeFeed(unlisten);
    return feed;
  }

  private deliver(payload: string): void {
    let parsed: ChangeEvent;
    try {
      parsed = ChangeEvent.parse(JSON.parse(payload));
    } catch {
      return; // a foreign or malformed NOTIFY on our channel is ignored, never relayed
    }
    for (const listener of this.listeners) listener(parsed);
  }

  /** `onClose` runs when the feed closes (shutdown), so open streams can end */
  subscribe(listener: Listener, onClose: () => void): () => void {
    this.listeners.add(listener);
    this.closers.add(onClose);
    return () => {
      this.listeners.delete(listener);
      this.closers.delete(onClose);
    };
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  async close(): Promise<void> {
    const closers = [...this.closers];
    this.closers = new Set();
    this.listeners.clear();
    for (const close of closers) close();
    await this.unlisten();
  }
}

