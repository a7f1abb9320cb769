/**
 * The load generator: N keep-alive readers on an undici Pool (one connection each),
 * each sending its next GET as soon as the last one answered, for S seconds. undici
 * rather than node:http because on a 2-core machine the client shares the CPU with the
 * server: http.get's per-request object churn made the client the bottleneck.
 */
import { Pool } from 'undici';

export interface ReadRun {
  requests: number;
  statuses: Record<string, number>;
  failures: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
}

export interface ReadOptions {
  origins: readonly string[];
  path: string;
  concurrency: number;
  seconds: number;
  /** send this If-None-Match (the 304 path) */
  ifNoneMatch?: string | undefined;
  acceptEncoding?: string;
}

const round = (n: number) => Math.round(n * 100) / 100;
const percentile = (sorted: Float64Array, p: number): number =>
  sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN);

export async function runReaders(options: ReadOptions): Promise<ReadRun> {
  const pools = options.origins.map((o) => new Pool(o, { connections: Math.ceil(options.concurrency / options.origins.length), pipelining: 1, keepAliveTimeout: 60_000 }));
  const headers: Record<string, string> = { 'accept-encoding': options.acceptEncoding ?? 'br, gzip' };
  if (options.ifNoneMatch) headers['if-none-match'] = options.ifNoneMatch;
  const get = async (pool: Pool) => {
    const res = await pool.request({ path: options.path, method: 'GET', headers });
    for await (const _chunk of res.body) {
      // drain
    }
    return res.statusCode;
  };
  try {
    // warm-up, untimed: the first read builds the snapshot, then every connection opens
    await Promise.all(Array.from({ length: options.concurrency }, (_, i) => get(pools[i % pools.length] as Pool)));
    const latencies: number[] = [];
    const statuses: Record<string, number> = {};
    let failures = 0;
    const started = performance.now();
    const deadline = started + options.seconds * 1000;
    const reader = async (pool: Pool) => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        try {
          const status = await get(pool);
          latencies.push(performance.now() - t0);
          statuses[status] = (statuses[status] ?? 0) + 1;
        } catch {
          failures += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, (_, i) => reader(pools[i % pools.length] as Pool)));
    const elapsed = (performance.now() - started) / 1000;
    const sorted = Float64Array.from(latencies).sort();
    return {
      requests: latencies.length,
      statuses,
      failures,
      requestsPerSecond: round(latencies.length / elapsed),
      latencyMs: { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1] ?? NaN) },
    };
  } finally {
    await Promise.all(pools.map((p) => p.destroy()));
  }
}

/** one writer: a SCIP PATCH every `everyMs` until stopped; counts what it got */
export function startWriter(origin: string, token: string, everyMs: number): { stop: () => Promise<Record<string, number>> } {
  const statuses: Record<string, number> = {};
  let running = true;
  const loop = (async () => {
    const codes = ['TX', 'NM', 'OK', 'AR', 'LA'];
    for (let i = 0; running; i += 1) {
      const code = codes[i % codes.length] ?? 'TX';
      try {
        const res = await fetch(`${origin}/api/v1/jurisdictions/${code}/scip`, {
          method: 'PATCH',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'If-Match': '*' },
          body: JSON.stringify({ status: i % 2 === 0 ? 'overdue' : 'current' }),
        });
        await res.arrayBuffer();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      } catch {
        statuses.failed = (statuses.failed ?? 0) + 1;
      }
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return statuses;
    },
  };
}
