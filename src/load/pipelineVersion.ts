import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceHash } from '../sourceHash.js';

/** The code and data whose change changes what a document loads as. */
const SOURCES = ['../ingest', '../store/graphModel.ts', '../store/cypher/writeStatements.ts', '../store/cypher/documentRows.ts'];

let cached: string | null = null;

/**
 * A hash of the extraction rules, dictionaries and load statements. Stored on
 * every document, so `npm start` reloads documents that an older pipeline
 * loaded (new rules, new dictionary entries) even when the file is unchanged.
 */
export function pipelineVersion(): string {
  cached ??= sourceHash(path.dirname(fileURLToPath(import.meta.url)), SOURCES);
  return cached;
}
