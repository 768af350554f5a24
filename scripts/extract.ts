/**
 * `npm run extract -- <file> [--year N] [--region R]` — print the records extraction
 * produces for one document (what `ingest` would load), as JSON on stdout and nothing else.
 * Metadata comes from a manifest.json beside the file (or seeds/manifest.json), as `ingest`
 * reads them; flags override it. Any format `ingest` reads is accepted.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../src/config.js';
import { DutyGraphError, ErrorCode, messageOf } from '../src/errors.js';
import { extractDocument } from '../src/ingest/extractDocument.js';
import { readDocumentFile } from '../src/load/readDocumentFile.js';
import { corpusMeta } from './lib/corpusMeta.js';
import { metaOverrides, parseCliArgs } from './lib/parseArgs.js';
import { runCli } from './lib/runCli.js';

const SEEDS = fileURLToPath(new URL('../seeds', import.meta.url));
const USAGE = 'npm run extract -- <file> [--year N] [--region R]';

// A closed pipe (`| head`) is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`dutygraph: cannot write output (${e.code ?? e.message})\n`);
  process.exit(1);
});

runCli(async () => {
  const { values, positionals } = parseCliArgs(process.argv.slice(2), { year: { type: 'string' }, region: { type: 'string' } }, USAGE);
  if (positionals.length !== 1) throw new DutyGraphError(ErrorCode.BadInput, `one file, got ${positionals.length}\nusage: ${USAGE}`);
  const file = positionals[0]!;
  const read = await readDocumentFile(file);
  if ('reason' in read) throw new DutyGraphError(ErrorCode.BadDocument, `${file}: ${read.reason}`);
  // The file's own folder is read last, so its manifest wins over the seeds' (as in ingest).
  const metaFor = corpusMeta([SEEDS, path.dirname(path.resolve(file))], metaOverrides(values));
  let out;
  try {
    out = extractDocument({
      file: read.file, text: read.text, sha256: read.sha256, meta: metaFor(read.file), format: read.source.format, encoding: read.source.encoding, statedTitle: read.source.title ?? null,
    }, { maxUnitsPerTask: loadConfig().maxUnitsPerTask });
  } catch (error) {
    // A refusal (MAX_UNITS_PER_TASK) is one line naming the file, as ingest prints it.
    throw new DutyGraphError(ErrorCode.BadDocument, `${file}: ${messageOf(error)}`);
  }
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  return 0;
});
