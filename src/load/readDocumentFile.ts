import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { messageOf } from '../errors.js';
import { readSource } from '../ingest/read/readSource.js';
import type { SourceDocument } from '../ingest/read/SourceDocument.js';

/** A file that could not be loaded, and why, in one line. */
export interface LoadFailure {
  file: string;
  reason: string;
}

/** A document file read: its canonical text and blocks, and the SHA-256 of its bytes. */
export interface ReadFile {
  path: string;
  file: string;
  /** The canonical text (`source.text`). */
  text: string;
  source: SourceDocument;
  sha256: string;
}

/** Reads one document file in any supported format, or says in one line why it cannot be loaded. */
export async function readDocumentFile(p: string): Promise<ReadFile | LoadFailure> {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(p);
    // Only regular files: a FIFO or a device would block or never end.
    if (stat.isDirectory()) return { file: p, reason: 'is a folder' };
    if (!stat.isFile()) return { file: p, reason: 'not a regular file (FIFO, device or socket)' };
    bytes = fs.readFileSync(p);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'ELOOP' ? 'symbolic link loop' : messageOf(error);
    return { file: p, reason };
  }
  const read = await readSource(bytes, p);
  if (!read.ok) return { file: p, reason: read.reason };
  return { path: p, file: path.basename(p), text: read.source.text, source: read.source, sha256: createHash('sha256').update(bytes).digest('hex') };
}
