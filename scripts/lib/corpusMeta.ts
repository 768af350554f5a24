import fs from 'node:fs';
import path from 'node:path';
import { DutyGraphError, ErrorCode, messageOf } from '../../src/errors.js';
import { readManifest } from '../../src/ingest/readManifest.js';
import type { DocumentMeta } from '../../src/model/records.js';

/**
 * Metadata by file name: the `manifest.json` found in any of `dirs`, then the
 * CLI's overrides on top. A file in no manifest gets only the overrides; the
 * extractor infers the rest from its text.
 */
export function corpusMeta(dirs: readonly string[], overrides: DocumentMeta = {}): (file: string) => DocumentMeta {
  const manifest = new Map<string, DocumentMeta>();
  for (const dir of new Set(dirs)) {
    const file = path.join(dir, 'manifest.json');
    if (!fs.existsSync(file)) continue;
    let json: unknown;
    try {
      json = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new DutyGraphError(ErrorCode.BadInput, `${file}: not valid JSON (${messageOf(error)})`);
    }
    for (const [name, meta] of readManifest(json, file)) manifest.set(name, meta);
  }
  return (file) => ({ ...manifest.get(file), ...overrides });
}

/** The folders that hold these paths (where a manifest may sit). */
export function foldersOf(paths: readonly string[]): string[] {
  return [...new Set(paths.map((p) => path.dirname(p)))];
}
