import fs from 'node:fs';

/** Kùzu's WAL record type of a finished checkpoint's marker (storage/wal/wal_record.h: CHECKPOINT_RECORD). */
const CHECKPOINT_RECORD = 0xfe;

/**
 * Makes a Kùzu database file that a crash left behind safe to open, before Kùzu opens it.
 *
 * Kùzu 0.11.3 replays the WAL's committed transactions logically when it opens, and that replay
 * does not reproduce what they did (quirk KUZU-WAL-REPLAY, test/store/kuzuWalReplay.test.ts):
 * it replays by the internal offsets the transaction saw, and rel deletions (DETACH DELETE, DELETE
 * of edges) come back or go wrong: a replaced document keeps edges of its old version, with other
 * edges' properties. (Its `COPY` record replays as nothing: storage/wal/wal_replayer.cpp
 * replayCopyTableRecord.) The runner therefore checkpoints after every
 * commit (KuzuRunner.write) and counts a write as done only then; a WAL found here holds at most
 * the write that was between its COMMIT and the end of its CHECKPOINT when the process died,
 * which its caller never saw finish. The WAL and any shadow pages are removed, so the database
 * opens at its last checkpoint: the state before that write, every document whole.
 *
 * One case is left to Kùzu: a WAL ending in a checkpoint record means a checkpoint was being
 * applied; Kùzu finishes it from the shadow file, page by page (physical, not logical: correct).
 *
 * Returns one line saying what was done, or null when nothing needed doing. Call only while no
 * other process can have the database open (the caller holds DATA_DIR for itself; see KuzuRunner.open).
 */
export function recoverInterruptedWrite(dbFile: string): string | null {
  const wal = `${dbFile}.wal`;
  let size: number;
  try {
    size = fs.statSync(wal).size;
  } catch {
    return null;
  }
  if (size === 0) return null;
  const last = Buffer.alloc(1);
  const fd = fs.openSync(wal, 'r');
  try {
    fs.readSync(fd, last, 0, 1, size - 1);
  } finally {
    fs.closeSync(fd);
  }
  if (last[0] === CHECKPOINT_RECORD) return `${dbFile}: finishing a checkpoint a crash interrupted`;
  fs.rmSync(wal, { force: true });
  fs.rmSync(`${dbFile}.shadow`, { force: true });
  return `${dbFile}: a write a crash interrupted before it was made durable was rolled back (run the same ingest again to load what it held)`;
}
