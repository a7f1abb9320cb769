/**
 * A throwaway PostgreSQL for the two-process benchmark: initdb into a temp dir, loopback
 * only, trust auth (as server/scripts/test-with-postgres.sh does). Returns null with the
 * reason when PostgreSQL is not installed or will not start, so the run can say so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayPostgres {
  url: string;
  version: string;
  stop: () => void;
}

function binDir(): string | null {
  for (const dir of ['/usr/local/bin', ...(existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort().reverse().map((v) => `/usr/lib/postgresql/${v}/bin`) : [])]) {
    if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  return null;
}

export function startPostgres(port: number): ThrowawayPostgres | { skipped: string } {
  const bin = binDir();
  if (!bin) return { skipped: 'PostgreSQL (initdb, pg_ctl) is not installed' };
  const work = mkdtempSync(join(tmpdir(), 'rcm-bench-pg-'));
  chmodSync(work, 0o755);
  const asRoot = process.getuid?.() === 0;
  let runAs: string[] = [];
  if (asRoot) {
    const id = spawnSync('id', ['-u', 'postgres']);
    if (id.status !== 0) return { skipped: 'running as root and there is no postgres user' };
    chownSync(work, Number(id.stdout.toString().trim()), -1);
    runAs = ['runuser', '-u', 'postgres', '--'];
  }
  const run = (cmd: string, args: string[]) => {
    const [exe, ...rest] = [...runAs, join(bin, cmd), ...args];
    return spawnSync(exe ?? cmd, rest, { encoding: 'utf8' });
  };
  const data = join(work, 'data');
  const init = run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  if (init.status !== 0) return { skipped: `initdb failed: ${init.stderr.slice(-300)}` };
  const start = run('pg_ctl', ['-D', data, '-l', join(work, 'server.log'), '-w', '-t', '60', '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${work} -c fsync=off -c max_connections=100`, 'start']);
  if (start.status !== 0) return { skipped: `PostgreSQL did not start: ${start.stderr.slice(-300)}` };
  const version = execFileSync(join(bin, 'postgres'), ['--version'], { encoding: 'utf8' }).trim();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    version,
    stop: () => {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      rmSync(work, { recursive: true, force: true });
    },
  };
}
