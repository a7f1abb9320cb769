/** Runs server/main.ts as a child process (for crash and shutdown tests) and reads its JSON logs. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ChildServer {
  child: ChildProcess;
  baseUrl: string;
  /** resolves with the first log line whose msg is `msg` */
  waitForLog(msg: string): Promise<Record<string, unknown>>;
  /** resolves with the exit code (or the signal's name) once its output is drained */
  exited: Promise<number | string>;
  output(): string;
}

export interface ChildOptions {
  startTimeoutMs?: number;
  /** stop keeping log lines once it listens (a load test: the pipe is still drained) */
  discardLogsAfterStart?: boolean;
}

export async function startChildServer(env: Record<string, string>, options: ChildOptions = {}): Promise<ChildServer> {
  const startTimeoutMs = options.startTimeoutMs ?? 180_000;
  let keep = true;
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const lines: Record<string, unknown>[] = [];
  const waiters: { msg: string; resolve: (line: Record<string, unknown>) => void }[] = [];
  const onLine = (text: string) => {
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return;
    }
    lines.push(line);
    for (const w of waiters.filter((x) => x.msg === line.msg)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(line);
    }
  };
  let pending = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    if (!keep) return;
    out += chunk.toString();
    pending += chunk.toString();
    const parts = pending.split('\n');
    pending = parts.pop() ?? '';
    parts.forEach(onLine);
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const exited = new Promise<number | string>((resolve) => child.on('close', (code, signal) => resolve(code ?? signal ?? -1)));

  const waitForLog = (msg: string) => {
    const seen = lines.find((l) => l.msg === msg);
    if (seen) return Promise.resolve(seen);
    return new Promise<Record<string, unknown>>((resolve, reject) => {
      waiters.push({ msg, resolve });
      void exited.then((code) => reject(new Error(`server exited (${code}) before logging "${msg}":\n${out}`)));
    });
  };

  let listening: Record<string, unknown>;
  try {
    listening = await Promise.race([
      waitForLog('listening'),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`server did not start in ${startTimeoutMs} ms:\n${out}`)), startTimeoutMs).unref()),
    ]);
  } catch (error) {
    // never leave a half-started server behind
    if (child.exitCode === null) child.kill('SIGKILL');
    throw error;
  }
  keep = !options.discardLogsAfterStart;
  return { child, baseUrl: `http://127.0.0.1:${String(listening.port)}`, waitForLog, exited, output: () => out };
}
