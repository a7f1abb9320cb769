// The real process: one writer per PGlite data directory (a second one exits naming the
// holder; a dead holder's lock is taken over), and SIGTERM with 20 writes in flight gives
// 20 answers, each committed-and-201 or not-committed-and-503.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { JurisdictionDetail } from '../../src/api/schemas';
import { LOCK_FILE } from '../db/dir-lock';
import { startChildServer, type ChildServer } from './child-server';
import { bearer, openTestDb, SLOW_HOOK, TOKENS } from './harness';

const dirs: string[] = [];
const running: ChildServer[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rcm-proc-'));
  dirs.push(dir);
  return dir;
};
let dropDatabase = async (): Promise<void> => undefined;
afterAll(async () => {
  for (const s of running) if (s.child.exitCode === null) s.child.kill('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await dropDatabase().catch(() => undefined);
}, SLOW_HOOK);
const start = async (env: Record<string, string>) => {
  const s = await startChildServer(env);
  running.push(s);
  return s;
};

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('one writer per PGlite data directory', { timeout: 600_000 }, () => {
  it('a second process on the same DATA_DIR exits non-zero naming the holder PID; a dead holder\'s lock is taken over', async () => {
    const dataDir = tempDir();
    const first = await start({ DATA_DIR: dataDir });
    const second = startChildServer({ DATA_DIR: dataDir });
    await expect(second).rejects.toThrow(new RegExp(`server exited \\(1\\)[\\s\\S]*in use by another server process \\(PID ${first.child.pid}\\)`));
    expect((await fetch(`${first.baseUrl}/readyz`)).status).toBe(200);
    first.child.kill('SIGKILL');
    await first.exited;

    // a stale lock (its PID is gone) does not keep the directory closed forever
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    writeFileSync(join(dataDir, LOCK_FILE), `${gone}\n`);
    const third = await start({ DATA_DIR: dataDir });
    expect((await fetch(`${third.baseUrl}/readyz`)).status).toBe(200);
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
  });
});

describe('SIGTERM drain', { timeout: 600_000 }, () => {
  it('20 writes in flight, then SIGTERM: 20 answers, each committed (201) or not committed (503 + Retry-After)', async () => {
    const dataDir = tempDir();
    let storage: Record<string, string> = { DATA_DIR: dataDir };
    if (process.env.TEST_DATABASE_URL) {
      const { url, drop } = await openTestDb();
      dropDatabase = drop;
      storage = { DATABASE_URL: url ?? '' };
    }
    // a short grace, so the run usually shows both outcomes
    const server = await start({ ...storage, SHUTDOWN_GRACE_MS: '150', WRITES_PER_MINUTE: '1000' });
    const stamp = Date.now().toString(36);
    const titles = Array.from({ length: 20 }, (_, i) => `Drain ${stamp} ${i}`);
    const answers = titles.map((title) =>
      fetch(`${server.baseUrl}/api/v1/jurisdictions/NV/ta-requests`, {
        method: 'POST',
        body: JSON.stringify({ category: 'Drain test', title }),
        headers: { ...bearer(TOKENS.admin), 'Content-Type': 'application/json', 'If-Match': '*' },
      }).then(
        async (res) => ({ status: res.status, retryAfter: res.headers.get('Retry-After'), body: await res.text() }),
        (error: unknown) => ({ status: -1, retryAfter: null, body: String(error) }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 40));
    server.child.kill('SIGTERM');
    const results = await Promise.all(answers);
    expect(await server.exited).toBe(0);
    expect(results.map((r) => r.status).filter((s) => s !== 201 && s !== 503)).toEqual([]);
    for (const r of results) if (r.status === 503) expect(Number(r.retryAfter)).toBeGreaterThan(0);

    const again = await start(storage);
    const nv = JurisdictionDetail.parse(await (await fetch(`${again.baseUrl}/api/v1/jurisdictions/NV`)).json());
    const stored = new Set(nv.taRequests.map((t) => t.title));
    titles.forEach((title, i) => expect(stored.has(title), `${title}: answered ${results[i]?.status}`).toBe(results[i]?.status === 201));
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });
});
