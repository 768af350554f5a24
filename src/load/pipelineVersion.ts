import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The code and data whose change changes what a document loads as. */
const SOURCES = ['../ingest', '../store/graphModel.ts', '../store/cypher/writeStatements.ts', '../store/cypher/documentRows.ts'];

let cached: string | null = null;

/**
 * A hash of the extraction rules, dictionaries and load statements. Stored on
 * every document, so `npm start` reloads documents that an older pipeline
 * loaded (new rules, new dictionary entries) even when the file is unchanged.
 */
export function pipelineVersion(): string {
  if (cached) return cached;
  const here = path.dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const source of SOURCES) {
    for (const file of listFiles(path.resolve(here, source))) {
      hash.update(path.relative(here, file)).update('\u0000').update(fs.readFileSync(file)).update('\u0000');
    }
  }
  cached = hash.digest('hex').slice(0, 12);
  return cached;
}

// Private: .ts and .json files under a path, sorted, or the path itself when it is a file.
function listFiles(target: string): string[] {
  const stat = fs.statSync(target);
  if (stat.isFile()) return [target];
  return fs
    .readdirSync(target, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|json)$/.test(name))
    .sort()
    .map((name) => path.join(target, name));
}
