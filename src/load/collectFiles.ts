import fs from 'node:fs';
import path from 'node:path';
import { DutyGraphError, ErrorCode } from '../errors.js';
import { READ_FORMATS } from '../ingest/read/formats.js';
import { formatOf } from '../ingest/read/readSource.js';
import type { LoadFailure } from './readDocumentFile.js';

/** File endings read as documents when a folder is given (every format the read stage reads). */
export const DOCUMENT_EXTENSIONS = Object.keys(READ_FORMATS);

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
export function collectDocuments(inputs: readonly string[]): CollectedFiles {
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

/** Document paths of files and folders (see collectDocuments; the skipped files are not reported). */
export function collectFiles(inputs: readonly string[]): string[] {
  return collectDocuments(inputs).paths;
}
