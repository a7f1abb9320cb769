// Two API processes on one PostgreSQL database: an SSE client of one sees a write made through the other
// (LISTEN/NOTIFY). PGlite is one process's database, so this needs TEST_DATABASE_URL
// (npm run test:server:postgres); without it the test says why it skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type Db } from '../db/db';
import { migrate } from '../db/migrate';
import { seedIfEmpty } from '../db/seed';
import { ChangeEvent } from '../../src/api/write-schemas';
import { appOver, bearer, etagOfPath, jsonInit, openTestDb, SLOW_HOOK, TOKENS, type TestServer } from './harness';
import { readSse } from './sse-reader';

const HAVE_POSTGRES = Boolean(process.env.TEST_DATABASE_URL);
if (!HAVE_POSTGRES) console.info('two-processes.test: SKIPPED: TEST_DATABASE_URL is not set (run npm run test:server:postgres for PostgreSQL)');

let first: TestServer;
let second: TestServer;
let secondDb: Db;
let drop: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  if (!HAVE_POSTGRES) return;
  const test = await openTestDb();
  drop = test.drop;
  if (!test.url) throw new Error('expected a PostgreSQL database');
  await migrate(test.db);
  await seedIfEmpty(test.db);
  secondDb = await openPostgres(test.url);
  first = appOver(test.db);
  second = appOver(secondDb);
}, SLOW_HOOK);

afterAll(async () => {
  if (!HAVE_POSTGRES) return;
  await secondDb.close();
  await drop();
});

describe.skipIf(!HAVE_POSTGRES)('two API processes on one database', { timeout: 60_000 }, () => {
  it('a write through the first reaches an SSE client of the second', async () => {
    const events = readSse(await second.request('/api/v1/events'));
    expect((await events.next()).event).toBe('ready');
    const etag = await etagOfPath(first, '/api/v1/jurisdictions/TX');
    const res = await first.request('/api/v1/jurisdictions/TX/scip', jsonInit('PATCH', { status: 'current' }, { ...bearer(TOKENS.editorR6), 'If-Match': etag }));
    expect(res.status).toBe(200);
    const change = await events.next();
    expect(change.event).toBe('change');
    expect(ChangeEvent.parse(JSON.parse(change.data))).toMatchObject({ entity: 'jurisdiction', entityId: 'TX', jurisdiction: 'TX' });
    // and the second serves the new state (its snapshot is keyed on the version)
    const tx = (await (await second.request('/api/v1/jurisdictions/TX')).json()) as { scip: { status: string } };
    expect(tx.scip.status).toBe('current');
    events.close();
  });
});
