import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { messageOf } from '../errors.js';
import { decodeText } from '../ingest/read/decodeText.js';

/** A file that could not be loaded, and why, in one line. */
export interface LoadFailure {
  file: string;
  reason: string;
}

/** Reads and decodes one document file, or says in one line why it cannot be loaded. */
export function readDocumentFile(p: string): { path: string; file: string; text: string; sha256: string } | LoadFailure {
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
