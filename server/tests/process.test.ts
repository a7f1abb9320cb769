// The real process: killed (SIGKILL) in the middle of an import, it restarts on the same
// data directory with every committed write and none of the import; SIGTERM stops it
// cleanly.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JurisdictionSummaries } from '../../src/api/schemas';
import { AuditPage } from '../../src/api/write-schemas';
import { startChildServer, type ChildServer } from './child-server';
import { bearer, openTestDb, SLOW_HOOK, TOKENS } from './harness';

const dataDir = mkdtempSync(join(tmpdir(), 'rcm-crash-'));
const running: ChildServer[] = [];
let dropDatabase = async (): Promise<void> => undefined;
afterAll(async () => {
  for (const s of running) if (s.child.exitCode === null) s.child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
  await dropDatabase();
}, SLOW_HOOK); // removing a PGlite directory or dropping a database can take seconds on a busy machine

/** the same storage for both runs: PGlite in dataDir, or a fresh PostgreSQL database */
async function storageEnv(): Promise<Record<string, string>> {
  if (!process.env.TEST_DATABASE_URL) return { DATA_DIR: dataDir };
  const { url, drop } = await openTestDb();
  dropDatabase = async () => {
    await drop().catch(() => undefined);
  };
  return { DATABASE_URL: url ?? '' };
}

const admin = bearer(TOKENS.admin);
const list = async (s: ChildServer) => JurisdictionSummaries.parse(await (await fetch(`${s.baseUrl}/api/v1/jurisdictions`)).json());

describe('server process', { timeout: 600_000 }, () => {
  it('a crash during an import loses no committed row and leaves no half-applied import; SIGTERM exits cleanly', async () => {
    const storage = await storageEnv();
    const first = await startChildServer({ ...storage, RCM_TEST_FAULTS: '1', RCM_TEST_IMPORT_HANG_AFTER_ROWS: '5' });
    running.push(first);

    const mt = await fetch(`${first.baseUrl}/api/v1/jurisdictions/MT`);
    const committed = await fetch(`${first.baseUrl}/api/v1/jurisdictions/MT/scip`, {
      method: 'PATCH',
      body: JSON.stringify({ status: 'overdue', nextWorkshop: null }),
      headers: { ...admin, 'Content-Type': 'application/json', 'If-Match': mt.headers.get('ETag') ?? '' },
    });
    expect(committed.status).toBe(200);
    const before = await list(first);

    const rows = before.slice(0, 20).map((s) => `${s.code},current,2026-01-01,2030-01-01,2026-06-01,`);
    const csv = ['code,status,adopted,expires,lastAnnualReport,nextWorkshop', ...rows].join('\n');
    const importing = fetch(`${first.baseUrl}/api/v1/jurisdictions/import`, {
      method: 'POST',
      body: csv,
      headers: { ...admin, 'Content-Type': 'text/csv', 'If-Match': '*' },
    }).catch((error: unknown) => error);
    const paused = await first.waitForLog('import paused by fault injection');
    expect(paused.rows).toBe(5);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    expect(await importing).toBeInstanceOf(Error); // the connection died with the process

    const second = await startChildServer(storage);
    running.push(second);
    const after = await list(second);
    expect(after).toEqual(before);
    expect(after.find((j) => j.code === 'MT')?.scip.status).toBe('overdue');
    const audit = AuditPage.parse(await (await fetch(`${second.baseUrl}/api/v1/audit`, { headers: admin })).json());
    expect(audit.entries.map((e) => [e.action, e.entityId])).toEqual([['update-scip', 'MT']]);
    expect((await fetch(`${second.baseUrl}/readyz`)).status).toBe(200);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    await second.waitForLog('database closed; bye');
  });
});
