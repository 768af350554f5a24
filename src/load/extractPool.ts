import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { DutyGraphError, ErrorCode } from '../errors.js';
import type { ExtractedDocument, ExtractionWarning } from '../model/records.js';
import type { BulkDocument, BulkFormat, PreparedDocument } from '../store/bulkFormat.js';
import { extractionFailure, type ExtractJob } from './extractFile.js';

/** A job as sent to a worker: its place in the input, so answers can be put back in order. */
export interface ExtractRequest {
  index: number;
  job: ExtractJob;
  prepare?: Preparation;
}

/** How the workers prepare each document for the store's bulk path (prepareForBulk). */
export interface Preparation {
  format: BulkFormat;
  pipeline: string;
}

/** A worker's answer: the extracted document (and its warnings: a prepared one no longer holds them), or why extraction failed. */
export type ExtractReply = { index: number; doc: BulkDocument; warnings: ExtractionWarning[] } | { index: number; error: string };

/** Told each document's extraction warnings as its turn comes (ingest counts them per document). */
export type WarningsNoted = (job: ExtractJob, warnings: ExtractionWarning[]) => void;

/** Documents sent ahead per worker: enough to keep it busy, few enough to bound memory. */
const AHEAD_PER_WORKER = 4;

/**
 * Worker threads the bulk path extracts with when none are configured: one per core, at most
 * four. The loading thread only appends the workers' prepared rows and merges shared
 * entities, so it needs no core of its own: at 1M tasks on 2 cores, two workers took the
 * load from 58 to 52 s, against one.
 */
export function defaultExtractWorkers(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

/**
 * Extracts document files on `workers` worker threads and yields the documents in the
 * order of `jobs`, while the caller consumes earlier ones (the caller's thread does not
 * extract). With `prepare`, each is yielded prepared for the store's bulk path instead:
 * the worker does that work too, and passes strings, which cost the caller far less to
 * receive than the extracted document's objects. At most AHEAD_PER_WORKER documents per
 * worker are extracted ahead of the caller, so memory stays bounded whatever the corpus.
 * The first failure (a file that can no longer be read, an extraction error, a worker that
 * died) is thrown when its document's turn comes, naming the file; the workers are stopped
 * when the caller stops iterating.
 */
export function extractInWorkers(jobs: readonly ExtractJob[], workers: number): AsyncGenerator<ExtractedDocument>;
export function extractInWorkers(jobs: readonly ExtractJob[], workers: number, prepare: Preparation, noted?: WarningsNoted): AsyncGenerator<PreparedDocument>;
export function extractInWorkers(jobs: readonly ExtractJob[], workers: number, prepare?: Preparation, noted?: WarningsNoted): AsyncGenerator<BulkDocument>;
export async function* extractInWorkers(jobs: readonly ExtractJob[], workers: number, prepare?: Preparation, noted?: WarningsNoted): AsyncGenerator<BulkDocument> {
  if (jobs.length === 0) return;
  const pool = Array.from({ length: Math.max(1, Math.min(workers, jobs.length)) }, () => ({ worker: startWorker(), busy: 0 }));
  const answers = new Map<number, ExtractReply>();
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  let stopping = false;
  for (const entry of pool) {
    entry.worker.on('message', (reply: ExtractReply) => {
      entry.busy--;
      answers.set(reply.index, reply);
      wake?.();
    });
    entry.worker.on('error', (error) => {
      failure ??= new DutyGraphError(ErrorCode.BadDocument, `An extraction worker failed: ${error.message}`);
      wake?.();
    });
    entry.worker.on('exit', (code) => {
      if (!stopping) failure ??= new DutyGraphError(ErrorCode.BadDocument, `An extraction worker stopped (exit code ${code})`);
      wake?.();
    });
  }
  let sent = 0;
  try {
    for (let next = 0; next < jobs.length; next++) {
      while (sent < jobs.length && sent - next < pool.length * AHEAD_PER_WORKER) {
        const idle = pool.reduce((a, b) => (b.busy < a.busy ? b : a));
        idle.busy++;
        idle.worker.postMessage({ index: sent, job: jobs[sent]!, prepare } satisfies ExtractRequest);
        sent++;
      }
      let reply = answers.get(next);
      while (!reply) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
        reply = answers.get(next);
      }
      answers.delete(next);
      if ('error' in reply) throw extractionFailure(jobs[next]!, reply.error);
      noted?.(jobs[next]!, reply.warnings);
      yield reply.doc;
    }
  } finally {
    stopping = true;
    await Promise.all(pool.map((entry) => entry.worker.terminate()));
  }
}

// Private: a worker running extractWorker.ts (its entry registers tsx in the new thread first:
// a worker does not inherit the loader hooks of the thread that starts it).
function startWorker(): Worker {
  return new Worker(new URL('./extractWorkerEntry.mjs', import.meta.url));
}
