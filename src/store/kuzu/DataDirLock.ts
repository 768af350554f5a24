import fs from 'node:fs';
import path from 'node:path';

/** The lock file inside DATA_DIR: the id of the process that has the graph open. */
export const LOCK_FILE = 'dutygraph.pid';

/** Folders this process holds (a pid alone cannot tell two opens in one process apart). */
const heldHere = new Set<string>();

/**
 * Which process has DATA_DIR's graph open, so a start may repair what a crash left (a WAL,
 * staging folders) without touching the files of a process still running. Kùzu's own lock
 * (fcntl on the database file) is taken only inside `Database.init()`, after it has replayed
 * the WAL, and cannot be tested from Node. A lock whose process is gone (kill -9) is taken over.
 */
export class DataDirLock {
  private readonly file: string;
  private released = false;

  private constructor(file: string) {
    this.file = file;
  }

  /** Takes the lock or returns the id of the living process that holds it. */
  static acquire(dataDir: string): DataDirLock | { heldBy: number } {
    const file = path.join(path.resolve(dataDir), LOCK_FILE);
    if (heldHere.has(file)) return { heldBy: process.pid };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
        heldHere.add(file);
        return new DataDirLock(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = Number.parseInt(readOrEmpty(file), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) return { heldBy: holder };
      // Stale (its process died): remove it and try again; another starter may win the race, then we see it alive.
      fs.rmSync(file, { force: true });
    }
    return { heldBy: Number.parseInt(readOrEmpty(file), 10) || 0 };
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    heldHere.delete(this.file);
    if (readOrEmpty(this.file).trim() === String(process.pid)) fs.rmSync(this.file, { force: true });
  }
}

function readOrEmpty(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
