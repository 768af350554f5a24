import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readSource } from '../ingest/read/readSource.js';
import type { SourceDocument } from '../ingest/read/SourceDocument.js';
import { notRegularFile, openFailure } from './collectFiles.js';
import type { LoadFailure } from './LoadFailure.js';

// Re-exported: loadCorpus.ts and the CLIs name it from here.
export type { LoadFailure };

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
    // Opened without blocking and checked on the open file: a FIFO would block a plain open
    // or read, a device never end, and a check by name could be raced by a swap of the file.
    const fd = fs.openSync(p, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    try {
      const notRegular = notRegularFile(fs.fstatSync(fd));
      if (notRegular) return { file: p, reason: notRegular };
      bytes = fs.readFileSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    return { file: p, reason: openFailure(p, error, 'no such file') };
  }
  const read = await readSource(bytes, p);
  if (!read.ok) return { file: p, reason: read.reason };
  return { path: p, file: path.basename(p), text: read.source.text, source: read.source, sha256: createHash('sha256').update(bytes).digest('hex') };
}
