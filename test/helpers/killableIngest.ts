import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { LOCK_FILE } from '../../src/store/kuzu/DataDirLock.js';

const INGEST = path.resolve('scripts/ingest.ts');

/** How one ingest child ended, and how long it ran with the store open. */
export interface IngestRun {
  code: number | null;
  signal: string | null;
  openToEndMs: number;
  stderr: string;
}

/**
 * Runs `npm run ingest -- DOCS ARGS` into DATA_DIR `dataDir` as a child process; with
 * `killAfterMs`, sends SIGKILL that long after the child has opened the store (its lock file
 * appeared) — the crash tests' way to stop a write at a chosen moment.
 */
export function killableIngest(dataDir: string, docsDir: string, args: readonly string[], killAfterMs?: number): Promise<IngestRun> {
  return killableScript(INGEST, dataDir, [docsDir, ...args], killAfterMs);
}

/**
 * Runs the CLI `script` (a path under scripts/) as killableIngest runs ingest: SIGKILL `killAfterMs`
 * after it opened the store, or after the file `from` (a name in DATA_DIR, e.g. the WAL its first
 * commit writes) appeared.
 */
export function killableScript(script: string, dataDir: string, args: readonly string[], killAfterMs?: number, from = LOCK_FILE): Promise<IngestRun> {
  return new Promise((resolve, reject) => {
    // node itself with tsx's loader, not the tsx CLI: that runs the script in a grandchild a SIGKILL would miss.
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve(script), ...args], { env: { ...process.env, DATA_DIR: dataDir }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let openedAt = 0;
    const lock = path.join(dataDir, from);
    const poll = setInterval(() => {
      if (openedAt || !fs.existsSync(lock)) return;
      openedAt = performance.now();
      if (killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    }, 2);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearInterval(poll);
      resolve({ code, signal, openToEndMs: openedAt ? performance.now() - openedAt : 0, stderr });
    });
  });
}
