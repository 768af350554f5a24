import { DutyGraphError, ErrorCode, messageOf } from '../errors.js';
import { extractDocument } from '../ingest/extractDocument.js';
import type { DocumentMeta, ExtractedDocument } from '../model/records.js';
import type { UserOverrides } from '../ingest/resolve/userOverrides.js';
import { readDocumentFile } from './readDocumentFile.js';

/** One document file to extract: where it is and what the manifest and flags say of it. */
export interface ExtractJob {
  path: string;
  /** The name the document is stored under (collectDocuments); default: the file's base name. */
  file?: string;
  meta: DocumentMeta;
  /** Most distinct units one task may name (default: extractDocument's DEFAULT_MAX_UNITS_PER_TASK). */
  maxUnitsPerTask?: number;
  /** The user's overrides file, applied at extraction. */
  overrides?: UserOverrides;
}

/**
 * Reads, decodes and extracts one document file (the loader checked it once already;
 * it is read again here so that no text is held between the check and the extraction).
 */
export async function extractFile(job: ExtractJob): Promise<ExtractedDocument> {
  const read = await readDocumentFile(job.path);
  if ('reason' in read) throw new DutyGraphError(ErrorCode.BadDocument, read.reason);
  return extractDocument({
    file: job.file ?? read.file, text: read.text, sha256: read.sha256, meta: job.meta, format: read.source.format, encoding: read.source.encoding, statedTitle: read.source.title ?? null,
  }, { maxUnitsPerTask: job.maxUnitsPerTask, overrides: job.overrides });
}

/** Why a job of a bulk load failed, naming its file (a bulk failure is reported for many files at once). */
export function extractionFailure(job: ExtractJob, reason: unknown): DutyGraphError {
  return new DutyGraphError(ErrorCode.BadDocument, `${job.path}: ${messageOf(reason)}`);
}
