/**
 * `npm run bench:api`: read load on loopback, one JSON object per run. Scenarios (each
 * --seconds long, 200 keep-alive readers by default):
 *   read       GET /api/v1/jurisdictions, full 200 answers (br, as a browser asks)
 *   read-304   the same with If-None-Match: the revalidation path
 *   writes     reads while a writer lands a SCIP change every 100 ms
 *   postgres   two API processes on one throwaway PostgreSQL, readers split across both,
 *              writes landing on one; checks the other serves the same data afterwards
 *              (skipped, saying why, when PostgreSQL cannot be started)
 * The server is a child process logging every request at info, as in production.
 *
 *   npm run bench:api -- [--seconds 10] [--concurrency 200] [--skip postgres,writes] [--url http://127.0.0.1:8787]
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { freePort } from '../../scripts/child-process';
import { DEV_TOKENS } from '../http/auth';
import { startChildServer, type ChildServer } from '../tests/child-server';
import { startPostgres } from './postgres';
import { runReaders, startWriter } from './readers';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '200' },
    url: { type: 'string' },
    path: { type: 'string', default: '/api/v1/jurisdictions' },
    skip: { type: 'string', default: '' },
  },
});
const seconds = Math.min(300, Math.max(1, Number(values.seconds)));
const concurrency = Math.min(1000, Math.max(1, Number(values.concurrency)));
const skip = new Set(values.skip.split(',').map((s) => s.trim()).filter(Boolean));
const adminToken = DEV_TOKENS.find((t) => t.role === 'admin')?.token ?? '';
const BUDGET = { p99Ms: 50, requestsPerSecond: 6000, notModifiedP99Ms: 30 };

function assertLoopback(url: URL): void {
  // load goes to this machine only
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!(host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host))) {
    throw new Error(`--url must be a loopback address (127.0.0.0/8, localhost, ::1), not ${url.hostname}`);
  }
}

const SERVER_ENV = { LOG_LEVEL: 'info', WRITES_PER_MINUTE: '1000000' };
const context = () => ({ loadAverage1m: Math.round((loadavg()[0] ?? NaN) * 100) / 100, cpus: cpus().length });

/** CPU seconds (user + system) a process has used, from /proc; null where there is none */
function cpuSeconds(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

/**
 * The server's own CPU per request: on a shared machine, where wall-clock numbers move
 * with everyone else's load, this says what one request costs and so what one core could serve.
 */
function serverCost(pids: readonly (number | undefined)[], before: (number | null)[], requests: number) {
  const used = pids.map((pid, i) => {
    const now = cpuSeconds(pid);
    const then = before[i];
    return now === null || then === null || then === undefined ? NaN : now - then;
  });
  const total = used.reduce((a, b) => a + b, 0);
  return Number.isNaN(total) ? {} : { serverCpuSeconds: Math.round(total * 100) / 100, serverCpuMsPerRequest: Math.round((total / requests) * 100000) / 100, requestsPerServerCpuSecond: Math.round(requests / total) };
}

let currentPid: number | undefined;
async function measured<T extends { requests: number }>(pids: readonly (number | undefined)[], run: () => Promise<T>) {
  const before = pids.map(cpuSeconds);
  const result = await run();
  return { ...result, ...serverCost(pids, before, result.requests) };
}

async function withServer<T>(env: Record<string, string>, fn: (origin: string) => Promise<T>): Promise<T> {
  if (values.url) return fn(values.url);
  const child = await startChildServer({ ...SERVER_ENV, ...env }, { discardLogsAfterStart: true });
  currentPid = child.child.pid;
  try {
    return await fn(child.baseUrl);
  } finally {
    child.child.kill('SIGTERM');
    await child.exited;
  }
}

async function singleProcess(results: Record<string, unknown>): Promise<void> {
  await withServer({ DATA_DIR: ':memory:' }, async (origin) => {
    assertLoopback(new URL(origin));
    const base = { origins: [origin], path: values.path, concurrency, seconds };
    if (!skip.has('read')) {
      const run = await measured([currentPid], () => runReaders(base));
      results.read = { ...run, ...context(), withinBudget: run.latencyMs.p99 <= BUDGET.p99Ms && run.requestsPerSecond >= BUDGET.requestsPerSecond && run.failures === 0 };
    }
    if (!skip.has('read-304')) {
      const etag = (await fetch(new URL(values.path, origin))).headers.get('ETag') ?? '';
      const run = await measured([currentPid], () => runReaders({ ...base, ifNoneMatch: etag }));
      results['read-304'] = { ...run, ...context(), withinBudget: run.latencyMs.p99 <= BUDGET.notModifiedP99Ms && run.failures === 0 };
    }
    if (!skip.has('writes')) {
      const writer = startWriter(origin, adminToken, 100);
      const run = await measured([currentPid], () => runReaders(base));
      results.writes = { ...run, writes: await writer.stop(), ...context() };
    }
  });
}

async function twoProcessesOnPostgres(results: Record<string, unknown>): Promise<void> {
  if (skip.has('postgres') || values.url) return;
  const pg = startPostgres(await freePort());
  if ('skipped' in pg) {
    console.error(`bench:api: postgres scenario SKIPPED: ${pg.skipped}`);
    results.postgres = { skipped: pg.skipped };
    return;
  }
  const servers: ChildServer[] = [];
  try {
    for (let i = 0; i < 2; i += 1) servers.push(await startChildServer({ ...SERVER_ENV, DATABASE_URL: pg.url }, { discardLogsAfterStart: true }));
    const origins = servers.map((s) => s.baseUrl);
    const writer = startWriter(origins[0] ?? '', adminToken, 100);
    const run = await measured(servers.map((s) => s.child.pid), () => runReaders({ origins, path: values.path, concurrency, seconds }));
    const writes = await writer.stop();
    // the other process sees the last write within its recheck interval (1 s)
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const [a, b] = await Promise.all(origins.map(async (o) => (await fetch(`${o}/api/v1/jurisdictions`)).text()));
    results.postgres = { ...run, writes, processes: 2, sameDataAfterwards: a === b, postgres: pg.version, ...context() };
    if (a !== b) process.exitCode = 1;
  } finally {
    for (const s of servers) {
      s.child.kill('SIGTERM');
      await s.exited;
    }
    pg.stop();
  }
}

async function main(): Promise<void> {
  const results: Record<string, unknown> = {};
  await singleProcess(results);
  await twoProcessesOnPostgres(results);
  const summary = {
    benchmark: 'api-read-load',
    endpoint: `GET ${values.path}`,
    client: 'undici Pool, one keep-alive connection per reader, Accept-Encoding: br, gzip',
    server: values.url ?? 'child process (PGlite in memory; PostgreSQL for the two-process run), one info log line per request',
    concurrency,
    secondsPerScenario: seconds,
    budget: BUDGET,
    node: process.version,
    ...results,
  };
  console.log(JSON.stringify(summary, null, 2));
  const failed = Object.values(results).some((r) => typeof r === 'object' && r !== null && 'failures' in r && (r as { failures: number }).failures > 0);
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
