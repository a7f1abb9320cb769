/**
 * Starts the real API server (PGlite in memory) and a Vite dev server pointed at it, as
 * child processes in their own process groups, for e2e specs that need the real API.
 * Start-up problems throw with the child's output, so a broken server fails the suite
 * loudly instead of skipping.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// vite's package exports do not include its bin, so it is named by path (as server/dev-real.ts does)
const VITE_BIN = fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url));
const OUTPUT_TAIL = 4000;

export interface Child {
  name: string;
  proc: ChildProcess;
  /** stdout + stderr, last few KB, for error messages */
  output: () => string;
}

export interface RealStack {
  apiOrigin: string;
  appOrigin: string;
  stop: () => Promise<void>;
}

/** A port the OS says is free right now (a tiny race remains; --strictPort makes it loud). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

/** `undefined` in `env` removes that variable from the inherited environment. */
function start(name: string, args: string[], env: Record<string, string | undefined>): Child {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
  // detached: the child leads its own process group, so stop() also ends tsx's/vite's children
  const proc = spawn(process.execPath, args, { cwd: ROOT, env: merged, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-OUTPUT_TAIL);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  return { name, proc, output: () => out };
}

function exited(child: Child): boolean {
  return child.proc.exitCode !== null || child.proc.signalCode !== null;
}

/** Polls `url` until it answers 200; throws with the child's output if it exits or time runs out. */
async function waitForOk(child: Child, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    if (exited(child)) {
      throw new Error(`${child.name} exited (${child.proc.exitCode ?? child.proc.signalCode}) before ${url} answered.\nOutput:\n${child.output() || '(none)'}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${child.name} did not answer ${url} within ${timeoutMs} ms (last: ${last}).\nOutput:\n${child.output() || '(none)'}`);
}

/** SIGTERM to the whole group, SIGKILL if it is still there after a grace period. */
async function stopChild(child: Child): Promise<void> {
  const pid = child.proc.pid;
  if (pid === undefined || exited(child)) return;
  const gone = new Promise<void>((resolve) => child.proc.once('exit', () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // the group is already gone
    }
  };
  signalGroup('SIGTERM');
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000));
  if ((await Promise.race([gone, timer])) === 'timeout') signalGroup('SIGKILL');
  // tsx/vite grandchildren may outlive the leader's exit: make sure the group is empty
  signalGroup('SIGKILL');
}

/**
 * API on a free port with an in-memory database and the app origin allowed by CORS, then
 * Vite dev on another free port with the mock API off. Stops whatever started if a step fails.
 */
export async function startRealStack(): Promise<RealStack> {
  const [apiPort, appPort] = [await freePort(), await freePort()];
  const apiOrigin = `http://127.0.0.1:${apiPort}`;
  const appOrigin = `http://127.0.0.1:${appPort}`;
  const children: Child[] = [];
  const stop = async () => {
    await Promise.all(children.map(stopChild));
  };
  // last resort if the worker dies without running afterAll: detached groups would survive it
  const onExit = () => {
    for (const c of children) if (c.proc.pid !== undefined && !exited(c)) try { process.kill(-c.proc.pid, 'SIGKILL'); } catch { /* gone */ }
  };
  process.once('exit', onExit);
  try {
    const api = start('API server (tsx server/main.ts)', ['--import', 'tsx', 'server/main.ts'], {
      DATA_DIR: ':memory:',
      DATABASE_URL: undefined, // a DATABASE_URL in the environment (CI's PostgreSQL job) would win over DATA_DIR
      PORT: String(apiPort),
      HOST: '127.0.0.1',
      CORS_ORIGINS: appOrigin,
      LOG_LEVEL: 'silent',
      API_TOKENS: '', // the README's sample dev tokens
      NODE_ENV: 'development',
    });
    children.push(api);
    await waitForOk(api, `${apiOrigin}/readyz`, 30_000);

    const app = start('Vite dev server', [VITE_BIN, '--host', '127.0.0.1', '--port', String(appPort), '--strictPort', '--clearScreen', 'false'], {
      VITE_API_BASE_URL: apiOrigin,
      VITE_USE_MOCKS: 'false',
    });
    children.push(app);
    await waitForOk(app, `${appOrigin}/`, 20_000);
    // transform the entry once now, so the first page load is not paying for it under a test's clock
    await waitForOk(app, `${appOrigin}/src/app/main.tsx`, 20_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { apiOrigin, appOrigin, stop };
}
