/**
 * Test harness: a migrated, seeded database and the app over it. In-memory PGlite by
 * default; with TEST_DATABASE_URL (server/scripts/test-with-postgres.sh) a fresh
 * database on that PostgreSQL server per call, dropped on close.
 */
import pg from 'pg';
import { openPglite, openPostgres, type Db } from '../db/db';
import { migrate } from '../db/migrate';
import { seedIfEmpty } from '../db/seed';
import { DEFAULT_CORS_ORIGINS } from '../config';
import { createApp, type App, type AppDeps } from '../http/app';
import { DEV_TOKENS, TokenStore } from '../http/auth';
import { silentLogger } from '../logger';

const token = (name: string): string => {
  const entry = DEV_TOKENS.find((t) => t.name === name);
  if (!entry?.token) throw new Error(`no dev token ${name}`);
  return entry.token;
};

export const TOKENS = {
  viewer: token('sample-viewer'),
  editorR4: token('sample-editor-region-4'),
  editorR6: token('sample-editor-region-6'),
  admin: token('sample-admin'),
};

/** PGlite compiles its WASM on open: seconds on a busy machine, so hooks get room */
export const SLOW_HOOK = 120_000;
export const SLOW_TEST = { timeout: 60_000 };

export const bearer = (t: string): Record<string, string> => ({ Authorization: `Bearer ${t}` });

export interface TestServer {
  db: Db;
  app: App;
  /** app.request with a path under http://localhost */
  request(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** The app over `db` (a test can build a second app, with other limits, over one database). */
export function appOver(db: Db, overrides: Partial<AppDeps> = {}): TestServer {
  const app = createApp({
    db,
    tokens: new TokenStore(DEV_TOKENS),
    logger: silentLogger,
    corsOrigins: DEFAULT_CORS_ORIGINS,
    bodyLimitBytes: 256 * 1024,
    writesPerMinute: 10_000,
    ...overrides,
  });
  return {
    db,
    app,
    request: async (path, init) => app.request(`http://localhost${path}`, init),
    close: () => db.close(),
  };
}

let databases = 0;

/** a new empty database: PGlite in memory, or one created on TEST_DATABASE_URL's server */
export async function openTestDb(): Promise<{ db: Db; url: string | null; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await openPglite();
    return { db, url: null, drop: () => db.close() };
  }
  databases += 1;
  const name = `rcm_test_${process.pid}_${databases}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name}`);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString());
  return {
    db,
    url: url.toString(),
    drop: async () => {
      await db.close();
      await admin(`DROP DATABASE IF EXISTS ${name}`);
    },
  };
}

export async function createTestServer(overrides: Partial<Omit<AppDeps, 'db'>> = {}): Promise<TestServer> {
  const { db, drop } = await openTestDb();
  await migrate(db);
  await seedIfEmpty(db);
  return { ...appOver(db, overrides), close: drop };
}

/** GET a resource and return its ETag (for If-Match) */
export async function etagOfPath(server: TestServer, path: string): Promise<string> {
  const res = await server.request(path);
  const etag = res.headers.get('ETag');
  if (res.status !== 200 || !etag) throw new Error(`GET ${path}: ${res.status}, no ETag`);
  return etag;
}

export function jsonInit(method: string, body: unknown, headers: Record<string, string>): RequestInit {
  return { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } };
}

export async function auditCount(db: Db, entityId?: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE ($1::text IS NULL OR entity_id = $1)', [entityId ?? null]);
  return rows[0]?.n ?? 0;
}
