/**
 * Read load on GET /api/v1/jurisdictions: N concurrent readers (200) for S seconds (30),
 * loopback only. Starts its own server (a child process on an in-memory database, logging
 * every request as in production) unless --url names a running one on this machine. Prints one JSON object.
 *
 *   npx tsx server/bench/load.ts [--seconds 30] [--concurrency 200] [--url http://127.0.0.1:8787]
 */
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { startChildServer, type ChildServer } from '../tests/child-server';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '30' },
    concurrency: { type: 'string', default: '200' },
    url: { type: 'string' },
    path: { type: 'string', default: '/api/v1/jurisdictions' },
  },
});
const seconds = Math.min(300, Math.max(1, Number(values.seconds)));
const concurrency = Math.min(1000, Math.max(1, Number(values.concurrency)));

function assertLoopback(url: URL): void {
  // load goes to this machine only
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!(host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host))) {
    throw new Error(`--url must be a loopback address (127.0.0.0/8, localhost, ::1), not ${url.hostname}`);
  }
}

function get(agent: http.Agent, url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

const percentile = (sorted: Float64Array, p: number): number =>
  sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN);
const round = (n: number) => Math.round(n * 100) / 100;

async function main(): Promise<void> {
  let child: ChildServer | null = null;
  let base = values.url;
  if (!base) {
    child = await startChildServer({ DATA_DIR: ':memory:', LOG_LEVEL: 'info' }, { discardLogsAfterStart: true });
    base = child.baseUrl;
  }
  const url = new URL(values.path, base);
  assertLoopback(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  try {
    // warm-up, untimed: the first read builds the snapshot; then every reader's keep-alive
    // connection is opened, so a burst of 200 connects (and SYN retries on a busy
    // machine) is not measured as read latency
    await get(agent, url);
    await Promise.all(Array.from({ length: concurrency }, () => get(agent, url)));
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    let failures = 0;
    const started = performance.now();
    const deadline = started + seconds * 1000;
    const reader = async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          const status = await get(agent, url);
          latencies.push(performance.now() - t0);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        } catch {
          failures += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, reader));
    const elapsed = (performance.now() - started) / 1000;
    const sorted = Float64Array.from(latencies).sort();
    const ok = statuses.get(200) ?? 0;
    console.log(
      JSON.stringify(
        {
          benchmark: 'api-read-load',
          endpoint: `GET ${url.pathname}`,
          server: child ? 'child process, PGlite in memory, one info log line per request' : base,
          concurrency,
          seconds: round(elapsed),
          requests: latencies.length,
          ok,
          non200: latencies.length - ok,
          failures,
          requestsPerSecond: round(latencies.length / elapsed),
          latencyMs: { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1] ?? NaN) },
          node: process.version,
          // context: the machine's load while the benchmark ran (2 cores here)
          loadAverage1m: round(loadavg()[0] ?? NaN),
          cpus: cpus().length,
        },
        null,
        2,
      ),
    );
    if (failures > 0 || ok !== latencies.length) process.exitCode = 1;
  } finally {
    agent.destroy();
    if (child) {
      child.child.kill('SIGTERM');
      await child.exited;
    }
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
