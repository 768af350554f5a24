import fs from 'node:fs';
import path from 'node:path';
import { DutyGraphError, ErrorCode } from '../errors.js';

/** File endings read as documents when a folder is given. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md'];

/** A document file and the name it is stored under (its identity: the document id derives from it). */
export interface DocumentSource {
  path: string;
  /** `name.txt` for a file of the seeds folder, else `folder/name.txt` (the folder it was found in). */
  file: string;
}

/**
 * Expands files and folders (one level deep, sorted) into document paths.
 * Throws BAD_USER_INPUT naming the path when one does not exist.
 */
export function collectFiles(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      throw new DutyGraphError(ErrorCode.BadInput, `${input}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      const names = fs.readdirSync(input).filter((n) => DOCUMENT_EXTENSIONS.includes(path.extname(n).toLowerCase()));
      out.push(...names.sort().map((n) => path.join(input, n)));
    } else {
      out.push(input);
    }
  }
  return [...new Set(out.map((p) => path.resolve(p)))];
}

/**
 * collectFiles, each file named for the store: by its path relative to the folder that holds
 * it, under that folder's name — `a/same.txt` and `b/same.txt` are two documents, and so are
 * `twin.txt` and `twin.md` (ids.ts keeps endings other than `.txt`). Files of `seedsDir` keep
 * their bare name (the seeds' ids, which the gold files and tests use), so a file elsewhere
 * named like a seed (`other/000_….txt`) never replaces that seed. The same folder names its
 * files the same way on every run, so re-ingesting changes nothing.
 */
export function collectDocuments(inputs: readonly string[], seedsDir?: string): DocumentSource[] {
  const seeds = seedsDir === undefined ? null : path.resolve(seedsDir);
  return collectFiles(inputs).map((p) => {
    const folder = path.dirname(p);
    return { path: p, file: folder === seeds ? path.basename(p) : `${path.basename(folder)}/${path.basename(p)}` };
  });
}
