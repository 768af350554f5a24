import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceHash } from '../sourceHash.js';

/** The generator's code and vocabulary, and the gazetteer it draws towns from. */
const SOURCES = ['.', '../ingest/dict/places.json'];

let cached: string | null = null;

/**
 * A hash of what decides a generated corpus besides its options: a corpus written by
 * another version of the generator is another corpus (the bench regenerates it).
 */
export function generatorVersion(): string {
  cached ??= sourceHash(path.dirname(fileURLToPath(import.meta.url)), SOURCES);
  return cached;
}
