import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** Who holds an embedded data folder: written into `<dataDir>/nexova.lock` (mode 0600). */
export type LockHolder = {
  pid: number;
  startedAt: string;
  /** What the holder is doing: `start`, `migrate`, `events dlq list`… */
  command: string;
  /** Where a running server answers, once it listens (CLI commands go through it). */
  url?: string;
  /** A per-boot secret that lets local operator commands call the server's /system routes. */
  operatorToken?: string;
};

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder,
  ) {
    super(
      `The data folder ${dataDir} is in use by another Nexova process (pid ${holder.pid}, \`${holder.command}\`` +
        `${holder.url ? ` at ${holder.url}` : ''}); PGlite allows one process per folder. Stop it first, ` +
        `or point this command at another NEXOVA_DATA_DIR. (If pid ${holder.pid} is not Nexova, delete ${lockFile(dataDir)}.)`,
    );
    this.name = 'DataDirLockedError';
  }
}

export type DataDirLock = {
  file: string;
  holder: LockHolder;
  /** Adds what the holder learnt after taking the lock (its URL). */
  update(extra: Partial<LockHolder>): void;
  release(): void;
};

const lockFile = (dataDir: string) => join(dataDir, 'nexova.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live holder of a folder's lock, or null (no lock, or one left by a process that died). */
export function readDataDirLock(dataDir: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(lockFile(dataDir), 'utf8')) as LockHolder;
    return Number.isInteger(holder.pid) && holder.pid !== process.pid && alive(holder.pid) ? holder : null;
  } catch {
    return null;
  }
}

/**
 * Takes the folder's exclusive lock: the file is created with O_EXCL, so of two processes starting
 * together exactly one wins. A lock whose process is gone (killed, crashed) is taken over. A small
 * pid file rather than a library: the holder's URL and operator token ride in the same file.
 */
export function lockDataDir(dataDir: string, command: string): DataDirLock {
  const file = lockFile(dataDir);
  const holder: LockHolder = { pid: process.pid, startedAt: new Date().toISOString(), command };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, JSON.stringify(holder));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const current = readDataDirLock(dataDir);
      if (current) throw new DataDirLockedError(dataDir, current);
      if (attempt > 2) throw error;
      rmSync(file, { force: true }); // stale: its process is gone
    }
  }
  let released = false;
  const lock: DataDirLock = {
    file,
    holder,
    update(extra) {
      Object.assign(holder, extra);
      writeFileSync(file, JSON.stringify(holder), { mode: 0o600 });
    },
    release() {
      if (released) return;
      released = true;
      try {
        const current = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
        if (current.pid === process.pid) rmSync(file, { force: true });
      } catch {
        // already gone
      }
    },
  };
  process.once('exit', () => lock.release());
  return lock;
}
