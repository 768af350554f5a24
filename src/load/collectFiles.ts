import fs from 'node:fs';
import path from 'node:path';
import { DutyGraphError, ErrorCode } from '../errors.js';

/** File endings read as documents when a folder is given. */
export const DOCUMENT_EXTENSIONS = ['.txt', '.md'];

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
