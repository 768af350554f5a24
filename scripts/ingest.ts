/**
 * `npm run ingest -- [files or folders…] [--year N] [--region R] [--force] [--reset] [--workers N] [--overrides FILE] [--warnings]`
 * Loads documents (default: seeds/) into the configured graph and prints a summary, with a
 * count of extraction warnings per document (`--warnings` lists them, one per line).
 */
import { loadConfig } from '../src/config.js';
import { collectDocuments } from '../src/load/collectFiles.js';
import { loadCorpus } from '../src/load/loadCorpus.js';
import { overridesPath, readOverrides } from '../src/load/readOverrides.js';
import { openStore } from '../src/store/openStore.js';
import { corpusMeta, foldersOf } from './lib/corpusMeta.js';
import { intFlag, metaOverrides, parseCliArgs } from './lib/parseArgs.js';
import { progressBar } from './lib/progressBar.js';
import { runCli } from './lib/runCli.js';
import { warningLines } from './lib/warningLines.js';

const USAGE =
  'npm run ingest -- [files or folders…] [--year N] [--region R] [--force] [--reset] [--workers N] [--overrides FILE] [--warnings]\n' +
  '  --force    reload even unchanged documents\n  --reset    empty the graph first (only once every file has passed its checks)\n' +
  '  --workers  threads that extract a large load of new documents (default: one per core, at most 4; 0: none)\n' +
  '  --overrides  the user overrides file (default: OVERRIDES, else DATA_DIR/overrides.json; see README "Overrides")\n' +
  '  --warnings   list every extraction warning (file:offset CODE message), not only a count per document';

runCli(async () => {
  const { values, positionals } = parseCliArgs(process.argv.slice(2), {
    year: { type: 'string' },
    region: { type: 'string' },
    force: { type: 'boolean' },
    reset: { type: 'boolean' },
    workers: { type: 'string' },
    overrides: { type: 'string' },
    warnings: { type: 'boolean' },
  }, USAGE);
  const overrides = readOverrides(overridesPath(values.overrides));
  const extractWorkers = intFlag('workers', values.workers, 0, 64);
  const config = loadConfig();
  const inputs = positionals.length > 0 ? positionals : [config.seedsDir];
  const { sources, skipped } = collectDocuments(inputs, config.seedsDir);
  const paths = sources.map((s) => s.path);
  // Every file of a folder that is not read is named, with why (one line each).
  for (const s of skipped) console.error(`dutygraph: skipped ${s.file}: ${s.reason}`);
  if (paths.length === 0) {
    // Skipped files were each named already: a refusal is one line, so no summary line after them.
    if (skipped.length === 0) console.error(`dutygraph: no document to load in ${inputs.join(', ')}`);
    return 1;
  }
  const metaFor = corpusMeta([config.seedsDir, ...foldersOf(paths)], metaOverrides(values));
  const store = await openStore(config.store);
  try {
    const bar = progressBar('ingest');
    // --reset empties the graph inside loadCorpus, only once every file has passed its checks.
    const summary = await loadCorpus(store, sources, {
      metaFor, force: values.force === true, reset: values.reset === true, onProgress: bar.update, extractWorkers, maxUnitsPerTask: config.maxUnitsPerTask, overrides,
    });
    bar.done();
    // One line per refused file, and nothing else: when the load was refused, each line says so.
    const refused = summary.failures.length > 0 && summary.loaded.length === 0;
    for (const failure of summary.failures) console.error(`dutygraph: ${failure.file}: ${failure.reason}${refused ? ' (nothing was written)' : ''}`);
    if (refused) return 1;
    const c = summary.counts;
    console.log(
      `ingested ${summary.loaded.length} document(s), ${summary.unchanged.length} unchanged, in ${summary.seconds.toFixed(2)} s ` +
        `→ ${store.backend} at ${store.location}\n` +
        `graph: ${c.documents} documents, ${c.tasks} tasks, ${c.units} units, ${c.projects} projects, ${c.places} places, ` +
        `${c.targets} targets; edges: ${c.responsibilities} responsibilities, ${c.mentions} project mentions`,
    );
    // What extraction reported of each document it read (README "Extraction warnings").
    for (const line of warningLines(summary.warnings, values.warnings === true)) console.log(line);
    return summary.failures.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
});
