import fs from 'node:fs';
import path from 'node:path';
import { READ_FORMATS } from '../ingest/read/formats.js';
import { formatOf } from '../ingest/read/readSource.js';
import type { LoadFailure } from './LoadFailure.js';

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
 * Why a file system entry is not read as a document, or null for a regular file: a FIFO, a
 * device or a socket would block the reader or never end, so it is named for what it is.
 */
export function notRegularFile(stat: fs.Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'is a folder';
  if (stat.isFIFO()) return 'is a FIFO (named pipe), not a regular file';
  if (stat.isCharacterDevice()) return 'is a character device, not a regular file';
  if (stat.isBlockDevice()) return 'is a block device, not a regular file';
  if (stat.isSocket()) return 'is a socket, not a regular file';
  return 'not a regular file';
}

/**
 * Why a path could not be opened, in words: a symbolic link loop is a loop, and a name that
 * is not valid UTF-8 (Node hands it over with U+FFFD in place of the bytes, so it names no
 * file) is an undecodable name, not a missing file.
 */
export function openFailure(p: string, error: unknown, missing = 'no such file or folder'): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' && p.includes('\uFFFD')) return UNDECODABLE;
  if (code === 'ENOENT') return missing;
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'no such file or folder (a part of the path is not a folder)';
  // Opening a socket file fails so (lstat would say socket; open is what the reader does).
  if (code === 'ENXIO') return 'is a socket or a device with nothing behind it, not a regular file';
  if (code === 'ENAMETOOLONG') return 'file name too long';
  return (error as Error).message ?? String(error);
}

const UNDECODABLE = 'file name is not valid UTF-8 (undecodable bytes): rename the file';

/**
 * Expands files and folders (one level deep, sorted) into document paths; a folder's other
 * files are listed in `skipped` with the reason (unsupported format, not a regular file,
 * symbolic link loop, undecodable name). Nothing is opened here (stat only), so a FIFO never
 * blocks. A given path that cannot be read is listed as a document path: the loader refuses it, naming why.
 */
export function scanInputs(inputs: readonly string[]): CollectedFiles {
  const out: string[] = [];
  const skipped: LoadFailure[] = [];
  for (const input of inputs) {
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(input);
    } catch {
      // A path given that cannot be read (missing, a link loop, an undecodable name) is a file of
      // the load: the loader refuses it in its own line beside the others' (nothing is written).
    }
    if (!stat?.isDirectory()) {
      out.push(input);
      continue;
    }
    // Names as bytes: one that is not UTF-8 would otherwise come back with U+FFFD and name no file.
    const entries = fs.readdirSync(input, { withFileTypes: true, encoding: 'buffer' })
      .map((entry) => ({ entry, name: utf8Name(entry.name) }))
      .sort((a, b) => Buffer.compare(a.entry.name, b.entry.name));
    for (const { entry, name } of entries) {
      if (name === null) {
        skipped.push({ file: path.join(input, entry.name.toString('utf8')), reason: UNDECODABLE });
        continue;
      }
      const p = path.join(input, name);
      if (entry.isDirectory() || NOT_DOCUMENTS.test(name)) continue;
      const format = formatOf(name);
      if (!format.ok) {
        skipped.push({ file: p, reason: format.reason });
        continue;
      }
      let reason: string | null;
      try {
        reason = entry.isFile() ? null : notRegularFile(fs.statSync(p));
      } catch (error) {
        reason = openFailure(p, error);
      }
      if (reason === 'is a folder') continue;
      if (reason) skipped.push({ file: p, reason });
      else out.push(p);
    }
  }
  return { paths: [...new Set(out.map((p) => path.resolve(p)))], skipped };
}

// Private: a file name's bytes as text, or null when they are not valid UTF-8.
function utf8Name(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
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
