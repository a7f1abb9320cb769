/**
 * One small database interface over embedded PGlite and a real PostgreSQL (`pg`), so the
 * rest of the server never knows which one it talks to.
 *
 *   const db = await openDb({ databaseUrl: process.env.DATABASE_URL, dataDir: 'server/data' });
 *   await db.transaction(async (tx) => tx.query('UPDATE ...', [code]));
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { lockDataDir } from './dir-lock';

export interface QueryResult<R> {
  rows: R[];
}

export interface Queryable {
  /** one statement, `$1..$n` parameters (never string-built SQL) */
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /** a multi-statement script without parameters (migrations only) */
  exec(script: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** runs `fn` in one transaction: committed when it resolves, rolled back when it throws */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * LISTEN on `channel` (a fixed identifier, never user input): `onPayload` gets every
   * NOTIFY committed by any connection, this process's or another's. Resolves to unlisten.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** a postgres:// URL: use that server instead of the embedded database */
  databaseUrl?: string | undefined;
  /** PGlite data directory; undefined = in memory (tests) */
  dataDir?: string | undefined;
}

const DATE_OID = 1082;
// Calendar dates stay 'YYYY-MM-DD' strings: the default Date conversion would shift them
// by the process's time zone.
const keepText = (value: string): string => value;

export async function openDb(options: DbOptions): Promise<Db> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}

export async function openPglite(dataDir?: string): Promise<Db> {
  // before PGlite touches the files: a second process must not open them at all
  const unlock = dataDir ? lockDataDir(dataDir) : () => undefined;
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({ ...(dataDir ? { dataDir } : {}), parsers: { [DATE_OID]: keepText } });
  } catch (error) {
    unlock();
    throw error;
  }
  const wrap = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    query: async <R>(text: string, params?: readonly unknown[]) => {
      const result = await q.query<R>(text, params ? [...params] : []);
      return { rows: result.rows };
    },
    exec: async (script: string) => {
      await q.exec(script);
    },
  });
  const root = wrap(pglite);
  return {
    kind: 'pglite',
    ...root,
    // PGlite is one connection: its transaction() holds a mutex, so other queries wait.
    transaction: (fn) => pglite.transaction((tx) => fn(wrap(tx))),
    listen: (channel, onPayload) => pglite.listen(channel, onPayload),
    close: async () => {
      try {
        await pglite.close();
      } finally {
        unlock();
      }
    },
  };
}

export async function openPostgres(connectionString: string): Promise<Db> {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === DATE_OID ? keepText : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // an idle client losing its connection must not crash the process; the next query reconnects
  pool.on('error', () => undefined);
  const listeners = new Set<() => Promise<void>>();
  const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <R>(text: string, params?: readonly unknown[]) => {
      const result = await q.query(text, params ? [...params] : []);
      return { rows: result.rows as R[] };
    },
    exec: async (script: string) => {
      await q.query(script);
    },
  });
  // fail fast on a bad URL or an unreachable server
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    ...wrap(pool),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        client.release();
        return result;
      } catch (error) {
        try {
          await client.query('ROLLBACK');
          client.release();
        } catch (rollbackError) {
          // a connection that cannot roll back is not returned to the pool
          client.release(rollbackError instanceof Error ? rollbackError : true);
        }
        throw error;
      }
    },
    listen: async (channel, onPayload) => {
      const unlisten = await listenPostgres(connectionString, channel, onPayload);
      const once = async () => {
        listeners.delete(once);
        await unlisten();
      };
      listeners.add(once);
      return once;
    },
    // closing the database also ends its LISTEN connections (they are not in the pool)
    close: async () => {
      await Promise.all([...listeners].map((unlisten) => unlisten()));
      await pool.end();
    },
  };
}

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;
const RELISTEN_MS = 1000;

/**
 * One dedicated connection per listener (a pooled one would be handed to queries).
 * A dropped connection is re-established and re-LISTENs, so a database restart costs
 * the notifications sent while it was down, never the listener.
 */
async function listenPostgres(connectionString: string, channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>> {
  if (!CHANNEL.test(channel)) throw new Error(`listen: "${channel}" is not a plain channel name`);
  let client: pg.Client | null = null;
  let closed = false;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString });
    let dropped = false;
    const drop = () => {
      if (dropped || closed) return;
      dropped = true;
      if (client === next) client = null;
      void next.end().catch(() => undefined);
      // the retry's own failure schedules the next retry through its drop()
      setTimeout(() => void connect().catch(() => undefined), RELISTEN_MS).unref();
    };
    next.on('notification', (n) => {
      if (n.channel === channel) onPayload(n.payload ?? '');
    });
    next.on('error', drop);
    next.on('end', drop);
    client = next;
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch (error) {
      drop();
      throw error;
    }
  };
  await connect().catch((error: unknown) => {
    closed = true;
    throw error;
  });
  return async () => {
    closed = true;
    const c = client;
    client = null;
    await c?.end().catch(() => undefined);
  };
}
