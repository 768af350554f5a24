import path from 'node:path';
import { messageOf } from '../errors.js';
import { documentId } from '../model/nodeKinds.js';
import type { DocumentMeta, ExtractedDocument, ExtractionWarning } from '../model/records.js';
import type { BulkDocument } from '../store/bulkFormat.js';
import type { GraphStore } from '../store/GraphStore.js';
import type { GraphCounts, LoadOptions as StoreLoadOptions } from '../store/rows.js';
import { extractFile, extractionFailure, type ExtractJob } from './extractFile.js';
import { defaultExtractWorkers, extractInWorkers } from './extractPool.js';
import { pipelineVersion } from './pipelineVersion.js';
import { readDocumentFile, type LoadFailure } from './readDocumentFile.js';
import { projectName } from './projectName.js';
import type { DocumentSource } from './collectFiles.js';
import { metaMatches } from './metaMatches.js';
import { isEmptyOverrides, overridesFingerprint, renameIds } from '../ingest/resolve/userOverrides.js';
import type { UserOverrides } from '../ingest/resolve/userOverrides.js';
import { foldKey } from '../ingest/text/foldText.js';

export type { LoadFailure, DocumentSource };
export { readDocumentFile };

export interface LoadSummary {
  /** Documents (re)loaded because they were new or changed. */
  loaded: string[];
  /** Documents skipped because the stored copy has the same content hash. */
  unchanged: string[];
  failures: LoadFailure[];
  counts: GraphCounts;
  seconds: number;
  /** What extraction reported of each document extracted by this load (in load order; unchanged documents are not extracted). */
  warnings: DocumentWarnings[];
}

/** The warnings extraction reported for one document file (ExtractedDocument.warnings). */
export interface DocumentWarnings {
  /** The file as given (its path). */
  file: string;
  warnings: ExtractionWarning[];
}

export interface LoadOptions {
  /** Metadata for a file's base name (from the manifest and CLI flags); missing facts are inferred. */
  metaFor: (file: string) => DocumentMeta;
  /** Empty the graph first — only once every file has passed its checks (never for a refused load). */
  reset?: boolean;
  /**
   * What a file that fails its checks does: 'refuse' (default; `ingest`): nothing is written and
   * the failures are returned; 'skip' (`npm start`'s seeds): it is returned among the failures
   * with its reason and the good files still load.
   */
  badFiles?: 'refuse' | 'skip';
  /** Reload even when the content hash is unchanged. */
  force?: boolean;
  onProgress?: (done: number, total: number, file: string) => void;
  /** Version of the ingestion code; a document loaded by another version is reloaded. Default: pipelineVersion(). */
  pipeline?: string;
  /**
   * Worker threads that extract the new documents of a bulk load (and prepare them for the
   * store's bulk path) while this thread stages them; 0 extracts here. Default:
   * defaultExtractWorkers() when the new documents hold PARALLEL_MIN_CHARS characters or more, else 0.
   */
  extractWorkers?: number;
  /** Most distinct units one task may name; a larger one refuses its document (config's MAX_UNITS_PER_TASK). */
  maxUnitsPerTask?: number;
  /**
   * The user's overrides file (readOverrides). Each document stores the fingerprint of the entries
   * that concern it beside the pipeline version, so an edit reloads exactly those documents.
   */
  overrides?: UserOverrides;
}

/** Fewer new documents than this load one transaction each; more go through the store's bulk path. */
export const BULK_MIN_DOCUMENTS = 20;
/**
 * New documents holding this many characters in all go through the bulk path too, however few:
 * one transaction of row statements costs ~1 ms a row in Kùzu (a 16 MB task list took minutes,
 * 2 MB 19 s against 12 s for 4 MB in bulk), the bulk path's COPY a few µs (issue 17).
 */
export const BULK_MIN_CHARS = 200_000;

/**
 * New documents smaller than this in all (characters; ~10 MB of mostly Chinese text) are
 * extracted on the loading thread: below it the workers' start and warm-up cost what they
 * save. On 2 cores, 30k tasks (1.5M characters) loaded in 2.7 s on the loading thread and
 * 3.2 s with two workers; 100k (5.2M) in 7.6–8.2 s either way; 1M in 75 s against 52 s.
 */
export const PARALLEL_MIN_CHARS = 4_000_000;

interface CheckedFile {
  path: string;
  file: string;
  sha256: string;
  chars: number;
  /** The pipeline version this file loads by now: the code's, plus the fingerprint of the overrides that concern it. */
  pipeline: string;
}

/**
 * Loads document files into the store: paths (each named by its base name) or sources named
 * by collectDocuments. Every file is read and checked first: if any is unreadable, empty or
 * binary, or has the document id of another file of the load, nothing is written (not even
 * the reset) and the failures are returned — unless `badFiles: 'skip'`. Unchanged documents (same sha256, loaded by the same pipeline) are
 * skipped; changed ones replace their own facts, one transaction each (a large one, of
 * BULK_MIN_CHARS or more on its own, through the store's bulk path: reloadInBulk); new ones go through the store's bulk path when there are many (one
 * transaction for all). Texts are read again when extracted, not kept: memory stays bounded by one document.
 */
export async function loadCorpus(
  store: GraphStore, inputs: ReadonlyArray<string | DocumentSource>, options: LoadOptions,
): Promise<LoadSummary> {
  const started = performance.now();
  const pipeline = options.pipeline ?? pipelineVersion();
  const overrides = options.overrides && !isEmptyOverrides(options.overrides) ? options.overrides : undefined;
  // The renamed units each stored document cites (a rename concerns documents citing the unit, printed or not).
  const renamedUnits = new Map<string, Set<string>>();
  if (overrides && overrides.rename.length > 0 && !options.reset) {
    for (const s of await store.unitSurfaces(overrides.rename.flatMap(renameIds))) {
      const set = renamedUnits.get(s.documentId) ?? new Set<string>();
      set.add(s.nodeId);
      renamedUnits.set(s.documentId, set);
    }
  }
  const checked: CheckedFile[] = [];
  const failures: LoadFailure[] = [];
  const warnings: DocumentWarnings[] = [];
  const byId = new Map<string, string>();
  for (const input of inputs) {
    const source = typeof input === 'string' ? { path: input, file: path.basename(input) } : input;
    const outcome = await readDocumentFile(source.path);
    if ('reason' in outcome) {
      failures.push(outcome);
      continue;
    }
    const id = documentId(source.file);
    const other = byId.get(id);
    if (other !== undefined) {
      failures.push({ file: source.path, reason: `is the same document as ${other} (both are ${id}): rename one` });
      continue;
    }
    byId.set(id, source.path);
    const fingerprint = overrides
      ? overridesFingerprint(overrides, { foldedText: foldKey(outcome.text), unitIds: renamedUnits.get(id) ?? new Set() })
      : '';
    const ownPipeline = fingerprint ? `${pipeline}+ov:${fingerprint}` : pipeline;
    checked.push({ path: outcome.path, file: source.file, sha256: outcome.sha256, chars: outcome.text.length, pipeline: ownPipeline });
  }
  const summary = async (loaded: string[], unchanged: string[]): Promise<LoadSummary> => ({
    loaded, unchanged, failures, counts: await store.counts(), seconds: (performance.now() - started) / 1000, warnings,
  });
  if (failures.length > 0 && options.badFiles !== 'skip') return summary([], []);
  if (options.reset) await store.clear();

  const fingerprints = options.reset ? [] : await store.documentFingerprints();
  const stored = new Map(fingerprints.map((f) => [f.file, `${f.sha256}/${f.pipeline}`]));
  const sameBytes = checked.filter((d) => !options.force && stored.get(d.file) === `${d.sha256}/${d.pipeline}`);
  // Metadata given (manifest, --year/--region) is part of "unchanged": a new year reloads the document.
  const ids = new Map(fingerprints.map((f) => [f.file, f.id]));
  const rows = new Map((await store.documentsByIds(sameBytes.map((d) => ids.get(d.file)!))).map((r) => [r.file, r]));
  const unchanged = sameBytes.filter((d) => metaMatches(rows.get(d.file), options.metaFor(path.basename(d.path))));
  const changed = checked.filter((d) => !unchanged.includes(d) && stored.has(d.file));
  const fresh = checked.filter((d) => !stored.has(d.file));
  const loaded: string[] = [];
  let done = unchanged.length;
  const progress = (file: string) => options.onProgress?.(done++, checked.length, file);
  const job = (d: CheckedFile): ExtractJob => ({ path: d.path, file: d.file, meta: options.metaFor(path.basename(d.path)), maxUnitsPerTask: options.maxUnitsPerTask, overrides });
  const loadOptions = { pipeline, projectName };

  const bulk = fresh.length >= BULK_MIN_DOCUMENTS || fresh.reduce((sum, d) => sum + d.chars, 0) >= BULK_MIN_CHARS;
  const large = changed.filter((d) => d.chars >= BULK_MIN_CHARS);
  const replaced = changed.filter((d) => d.chars < BULK_MIN_CHARS);
  const oneByOne = bulk ? replaced : [...replaced, ...fresh];
  for (const d of oneByOne) {
    progress(d.file);
    try {
      const doc = await extractFile(job(d));
      warnings.push({ file: d.path, warnings: doc.warnings });
      await store.replaceDocument(doc, loadOptions);
      loaded.push(d.file);
    } catch (error) {
      failures.push({ file: d.path, reason: messageOf(error) });
    }
  }
  // Each document is read and extracted as the store stages it (a few ahead on worker threads), never all at once.
  const prepare = store.bulkFormat ? { format: store.bulkFormat, pipeline } : undefined;
  const noted = (j: ExtractJob, w: ExtractionWarning[]): void => {
    warnings.push({ file: j.path, warnings: w });
  };
  const extract = (jobs: readonly ExtractJob[], chars: number): AsyncGenerator<BulkDocument> => {
    const workers = options.extractWorkers ?? (chars >= PARALLEL_MIN_CHARS ? defaultExtractWorkers() : 0);
    return workers > 0 ? extractInWorkers(jobs, workers, prepare, noted) : extractHere(jobs, noted);
  };
  for (const d of large) {
    progress(d.file);
    const failure = await reloadInBulk(store, extract([job(d)], d.chars), loadOptions);
    if (failure === null) loaded.push(d.file);
    else failures.push({ file: d.path, reason: failure });
  }
  if (bulk) {
    const extracted = extract(fresh.map(job), fresh.reduce((sum, d) => sum + d.chars, 0));
    try {
      await store.bulkLoad((async function* () {
        let i = 0;
        for await (const doc of extracted) {
          progress(fresh[i++]!.file);
          yield doc;
        }
      })(), loadOptions);
      loaded.push(...fresh.map((d) => d.file));
    } catch (error) {
      // The bulk path commits in chunks: the documents of earlier chunks are in, whole.
      const nowStored = new Set((await store.documentFingerprints()).map((f) => f.file));
      const missing = fresh.filter((d) => !nowStored.has(d.file));
      loaded.push(...fresh.filter((d) => nowStored.has(d.file)).map((d) => d.file));
      failures.push({ file: missing.length === 1 ? missing[0]!.path : `${missing.length} of ${fresh.length} new documents`, reason: messageOf(error) });
    }
  }
  options.onProgress?.(checked.length, checked.length, '');
  return summary(loaded, unchanged.map((d) => d.file));
}

/**
 * Reloads one large changed document through the bulk path (issue 17: a 16 MB task list
 * replaced row by row took minutes): its new version is extracted first (a refusal leaves the
 * old one as it was), then the store replaces it in one transaction (replaceDocumentInBulk:
 * the old version's facts and the shared entities only it cited removed, the summaries
 * recomputed, the new version copied). Whatever moment a crash comes, the document is whole:
 * the old version or the new one. Returns null when loaded, else the reason.
 */
async function reloadInBulk(store: GraphStore, extracted: AsyncGenerator<BulkDocument>, loadOptions: StoreLoadOptions): Promise<string | null> {
  try {
    let doc: BulkDocument | undefined;
    for await (const d of extracted) doc = d;
    if (doc === undefined) return 'was not extracted';
    await store.replaceDocumentInBulk(doc, loadOptions);
    return null;
  } catch (error) {
    return messageOf(error);
  }
}

// Private: extraction on this thread, one document at a time.
async function* extractHere(jobs: readonly ExtractJob[], noted: (job: ExtractJob, warnings: ExtractionWarning[]) => void): AsyncGenerator<ExtractedDocument> {
  for (const job of jobs) {
    let doc: ExtractedDocument;
    try {
      doc = await extractFile(job);
    } catch (error) {
      throw extractionFailure(job, error);
    }
    noted(job, doc.warnings);
    yield doc;
  }
}
