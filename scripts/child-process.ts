/**
 * Child servers for the benchmark (vite preview) and the real-API e2e stack (API + Vite):
 * a free loopback port, a node child leading its own process group (so stopping it also
 * stops what it spawned), the tail of its output for error messages, a wait for its first
 * 200, and a stop that signals the whole group.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUTPUT_TAIL = 4000;

export interface Child {
  name: string;
  proc: ChildProcess;
  /** stdout + stderr, last few KB, for error messages */
  output: () => string;
}

/** A port the OS says is free right now (a tiny race remains; --strictPort makes it loud). */
export function freePort(): Promise<number> {
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

/** `node ...args` from the repo root; `undefined` in `env` removes that inherited variable. */
export function startChild(name: string, args: string[], env: Record<string, string | undefined> = {}): Child {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [key, value] of Object.entries(merged)) if (value === undefined) delete merged[key];
  const proc = spawn(process.execPath, args, { cwd: ROOT, env: merged, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-OUTPUT_TAIL);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  return { name, proc, output: () => out };
}

export function exited(child: Child): boolean {
  return child.proc.exitCode !== null || child.proc.signalCode !== null;
}

/** Polls `url` until it answers 200; throws with the child's output if it exits or time runs out. */
export async function waitForOk(child: Child, url: string, timeoutMs: number): Promise<void> {
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

/** Sends `signal` to the child's whole process group (nothing if it is gone). */
export function signalGroup(child: Child, signal: NodeJS.Signals): void {
  const pid = child.proc.pid;
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

/** SIGTERM to the whole group, SIGKILL if it is still there after a grace period. */
export async function stopChild(child: Child): Promise<void> {
  if (child.proc.pid === undefined || exited(child)) return;
  const gone = new Promise<void>((resolve) => child.proc.once('exit', () => resolve()));
  signalGroup(child, 'SIGTERM');
  const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000));
  if ((await Promise.race([gone, timer])) === 'timeout') signalGroup(child, 'SIGKILL');
  // tsx/vite grandchildren may outlive the leader's exit: make sure the group is empty
  signalGroup(child, 'SIGKILL');
}
