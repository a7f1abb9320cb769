/**
 * One writer per PGlite data directory. PGlite is an embedded, single-process database:
 * two processes on one directory both start and then overwrite each other's pages, so an
 * acknowledged write can vanish. The lock is a file created with O_EXCL holding the
 * owner's PID; a lock whose PID is no longer alive (a crash, SIGKILL) is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'rcm-server.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just not ours to signal
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holderOf(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `DATA_DIR ${dataDir} is in use by another server process (PID ${holderPid}). ` +
        'PGlite allows one process per data directory: stop that process, or give this one another DATA_DIR ' +
        '(or use DATABASE_URL with PostgreSQL to run several processes on one database).',
    );
    this.name = 'DataDirLockedError';
  }
}

/** Takes the directory's lock or throws DataDirLockedError; returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      let released = false;
      return () => {
        if (released) return;
        released = true;
        // only our own lock: never remove a lock another process took over meanwhile
        if (holderOf(path) === process.pid) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = holderOf(path);
    if (holder !== null && holder !== process.pid && alive(holder)) throw new DataDirLockedError(dataDir, holder);
    // stale (its process is gone) or unreadable: take it over
    rmSync(path, { force: true });
  }
  throw new Error(`Could not take the lock ${path}: another process keeps re-creating it.`);
}
