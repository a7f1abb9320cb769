/** Test harness: a migrated, seeded in-memory PGlite and the app over it. */
import { openPglite, type Db } from '../db/db';
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

export async function createTestServer(overrides: Partial<Omit<AppDeps, 'db'>> = {}): Promise<TestServer> {
  const db = await openPglite();
  await migrate(db);
  await seedIfEmpty(db);
  return appOver(db, overrides);
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
