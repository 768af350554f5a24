import fs from 'node:fs';
import path from 'node:path';
import { DutyGraphError, ErrorCode } from '../errors.js';
import { READ_FORMATS } from '../ingest/read/formats.js';
import { formatOf } from '../ingest/read/readSource.js';
import type { LoadFailure } from './readDocumentFile.js';

/** File endings read as documents when a folder is given (every format the read stage reads). */
export const DOCUMENT_EXTENSIONS = Object.keys(READ_FORMATS);

/** A document file and the name it is stored under (its identity: the document id derives from it). */
export interface DocumentSource {
  path: string;
  /** `name.txt` for a file of the seeds folder, else `folder/name.txt` (the folder it was found in). */
  file: string;
}

/** Document paths found, and the files of the folders given that are not read, each with why. */
export interface CollectedFiles {
  paths: string[];
  skipped: LoadFailure[];
}

// Private: files of a folder that are not documents and need no mention (metadata, hidden files).
const NOT_DOCUMENTS = /^(?:manifest\.json|\..*|README(?:\.\w+)?|Thumbs\.db|desktop\.ini)$/i;

/**
 * Expands files and folders (one level deep, sorted) into document paths; a folder's other
 * files are listed in `skipped` with the reason (unsupported format, not a regular file).
 * Throws BAD_USER_INPUT naming the path when one does not exist.
 */
export function scanInputs(inputs: readonly string[]): CollectedFiles {
  const out: string[] = [];
  const skipped: LoadFailure[] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new DutyGraphError(ErrorCode.BadInput, `${input}: ${code === 'ELOOP' ? 'symbolic link loop' : 'no such file or folder'}`);
    }
    if (!stat.isDirectory()) {
      out.push(input);
      continue;
    }
    for (const entry of fs.readdirSync(input, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(input, entry.name);
      if (entry.isDirectory() || NOT_DOCUMENTS.test(entry.name)) continue;
      const format = formatOf(entry.name);
      if (!format.ok) skipped.push({ file: p, reason: format.reason });
      else if (!entry.isFile() && !entry.isSymbolicLink()) skipped.push({ file: p, reason: 'not a regular file (FIFO, device or socket)' });
      else out.push(p);
    }
  }
  return { paths: [...new Set(out.map((p) => path.resolve(p)))], skipped };
}

/** Document paths of files and folders (see scanInputs; the skipped files are not reported). */
export function collectFiles(inputs: readonly string[]): string[] {
  return scanInputs(inputs).paths;
}

/**
 * collectFiles, each file named for the store: by its path relative to the folder that holds
 * it, under that folder's name — `a/same.txt` and `b/same.txt` are two documents, and so are
 * `twin.txt` and `twin.md` (ids.ts keeps endings other than `.txt`). Files of `seedsDir` keep
 * their bare name (the seeds' ids, which the gold files and tests use), so a file elsewhere
 * named like a seed (`other/000_….txt`) never replaces that seed. The same folder names its
 * files the same way on every run, so re-ingesting changes nothing.
 */
export function collectDocuments(inputs: readonly string[], seedsDir?: string): { sources: DocumentSource[]; skipped: LoadFailure[] } {
  const seeds = seedsDir === undefined ? null : path.resolve(seedsDir);
  const { paths, skipped } = scanInputs(inputs);
  const sources = paths.map((p) => {
    const folder = path.dirname(p);
    return { path: p, file: folder === seeds ? path.basename(p) : `${path.basename(folder)}/${path.basename(p)}` };
  });
  return { sources, skipped };
}
