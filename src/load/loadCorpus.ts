import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { messageOf } from '../errors.js';
import { extractDocument } from '../ingest/extractDocument.js';
import type { DocumentMeta } from '../ingest/records.js';
import type { GraphCounts, GraphStore } from '../store/GraphStore.js';
import { decodeText } from './decodeText.js';
import { pipelineVersion } from './pipelineVersion.js';
import { projectName } from './projectName.js';

/** A file that could not be loaded, and why, in one line. */
export interface LoadFailure {
  file: string;
  reason: string;
}

export interface LoadSummary {
  /** Documents (re)loaded because they were new or changed. */
  loaded: string[];
  /** Documents skipped because the stored copy has the same content hash. */
  unchanged: string[];
  failures: LoadFailure[];
  counts: GraphCounts;
  seconds: number;
}

export interface LoadOptions {
  /** Metadata for a file name (from the manifest and CLI flags); missing facts are inferred. */
  metaFor: (file: string) => DocumentMeta;
  /** Reload even when the content hash is unchanged. */
  force?: boolean;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Version of the ingestion code; a document loaded by another version is reloaded. Default: pipelineVersion(). */
  pipeline?: string;
}

interface ReadyFile {
  path: string;
  file: string;
  text: string;
  sha256: string;
}

/**
 * Loads document files into the store. Every file is read and checked first: if
 * any is unreadable, empty or binary, nothing is written and the failures are
 * returned. Then each new or changed document replaces its own facts in one
 * transaction; unchanged ones (same sha256) are skipped.
 */
export async function loadCorpus(store: GraphStore, paths: readonly string[], options: LoadOptions): Promise<LoadSummary> {
  const started = performance.now();
  const ready: ReadyFile[] = [];
  const failures: LoadFailure[] = [];
  for (const p of paths) {
    const outcome = readDocumentFile(p);
    if ('reason' in outcome) failures.push(outcome);
    else ready.push(outcome);
  }
  const summary = (loaded: string[], unchanged: string[]) => async (): Promise<LoadSummary> => ({
    loaded, unchanged, failures, counts: await store.counts(), seconds: (performance.now() - started) / 1000,
  });
  if (failures.length > 0) return summary([], [])();

  const pipeline = options.pipeline ?? pipelineVersion();
  const stored = new Map((await store.documentFingerprints()).map((f) => [f.file, `${f.sha256}/${f.pipeline}`]));
  const loaded: string[] = [];
  const unchanged: string[] = [];
  for (const [index, doc] of ready.entries()) {
    options.onProgress?.(index, ready.length, doc.file);
    if (!options.force && stored.get(doc.file) === `${doc.sha256}/${pipeline}`) {
      unchanged.push(doc.file);
      continue;
    }
    try {
      const extracted = extractDocument({ file: doc.file, text: doc.text, sha256: doc.sha256, meta: options.metaFor(doc.file) });
      await store.replaceDocument(extracted, { pipeline, projectName });
      loaded.push(doc.file);
    } catch (error) {
      failures.push({ file: doc.path, reason: messageOf(error) });
    }
  }
  options.onProgress?.(ready.length, ready.length, '');
  return summary(loaded, unchanged)();
}

/** Reads and decodes one document file, or says in one line why it cannot be loaded. */
export function readDocumentFile(p: string): ReadyFile | LoadFailure {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(p);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : messageOf(error);
    return { file: p, reason };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { file: p, reason: decoded.reason };
  return { path: p, file: path.basename(p), text: decoded.text, sha256: createHash('sha256').update(bytes).digest('hex') };
}
