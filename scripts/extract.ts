/**
 * `npm run extract -- <file> [--year N] [--region R]` — print the records extraction
 * produces for one document (what `ingest` would load), as JSON.
 * Metadata comes from seeds/manifest.json when the file is listed there; flags override it.
 */
import { readFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../src/ingest/extractDocument.js';
import { readManifest } from '../src/ingest/readManifest.js';
import { readDocumentFile } from '../src/load/readDocumentFile.js';
import type { DocumentMeta } from '../src/ingest/records.js';
import { parseCliArgs } from './lib/parseArgs.js';

const MANIFEST = fileURLToPath(new URL('../seeds/manifest.json', import.meta.url));

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n`);
  process.exit(1);
}

const USAGE = 'npm run extract -- <file> [--year N] [--region R]';

function main(argv: string[]): void {
  const { values, positionals } = parseCliArgs(argv, { year: { type: 'string' }, region: { type: 'string' } }, USAGE);
  const meta: DocumentMeta = {};
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !Number.isInteger(year)) fail(`--year needs a number, got ${JSON.stringify(values.year)}`);
  const region = values.region;
  if (region === '') fail('--region needs a value, e.g. 上海市嘉定区');
  if (positionals.length > 1) fail(`one file at a time, got ${JSON.stringify(positionals[0])} and ${JSON.stringify(positionals[1])}`);
  const file = positionals[0];
  if (file === undefined) fail(`usage: ${USAGE}`);
  const read = readDocumentFile(file);
  if ('reason' in read) fail(`${file}: ${read.reason}`);
  if (existsSync(MANIFEST)) {
    try {
      Object.assign(meta, readManifest(JSON.parse(readFileSync(MANIFEST, 'utf8'))).get(basename(file)) ?? {});
    } catch {
      process.stderr.write(`extract: warning: ${MANIFEST} is not valid JSON; inferring metadata\n`);
    }
  }
  if (year !== undefined) meta.year = year;
  if (region !== undefined) meta.region = region;
  const out = extractDocument({ file: read.file, text: read.text, sha256: read.sha256, meta });
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

// A closed pipe (`| head`) is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  fail(`cannot write output (${e.code ?? e.message})`);
});

try {
  main(process.argv.slice(2));
} catch (e) {
  fail(`internal error: ${(e as Error).message}`);
}
