/**
 * Child process of `npm run bench`: loads a corpus into a fresh Kùzu DATA_DIR (or, with
 * `--store neo4j`, into the empty Neo4j its NEO4J_URI names) and prints one
 * JSON line with the wall time and this process's peak RSS. It runs alone so that the peak RSS
 * is the loader's own (not the harness's, which holds the corpus in memory for the extraction
 * figure), and so that a native crash in the loader cannot take the harness down.
 *
 *   node --import tsx bench/ingestWorker.ts --docs DIR --data DIR [--store neo4j] [--force]
 *
 * `--force` reloads into what DATA_DIR already holds, as `ingest --force` does (the sizes bench's reload figure).
 */
import { parseArgs } from 'node:util';
import { collectFiles } from '../src/load/collectFiles.js';
import { loadCorpus } from '../src/load/loadCorpus.js';
import { loadConfig } from '../src/config.js';
import { openStore } from '../src/store/openStore.js';
import { corpusMeta } from '../scripts/lib/corpusMeta.js';
import { kuzuStoreConfig } from '../scripts/lib/kuzuStoreConfig.js';

/** What the worker prints (one JSON line on stdout). */
export interface IngestReport {
  /** Open + loadCorpus + close (the store is flushed to disk), seconds. */
  seconds: number;
  /** loadCorpus alone, as it reports itself. */
  loadCorpusSeconds: number;
  /**
   * From the start until the last document was handed to the store: reading, checking,
   * extracting (on worker threads for a large corpus) and staging, plus the writes of any
   * earlier bulk transaction. The rest of `seconds` is the last transaction's writes and close.
   */
  stagedSeconds: number;
  documents: number;
  loaded: number;
  failures: Array<{ file: string; reason: string }>;
  counts: Record<string, number>;
  /** process.resourceUsage().maxRSS, KB. */
  maxRssKB: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { docs: { type: 'string' }, data: { type: 'string' }, store: { type: 'string' }, force: { type: 'boolean' } } });
  if (!values.docs || !values.data) throw new Error('usage: ingestWorker --docs DIR --data DIR');
  const started = performance.now();
  const paths = collectFiles([values.docs]);
  const neo4j = values.store === 'neo4j' ? loadConfig(process.env).store : null;
  if (neo4j && neo4j.backend !== 'neo4j') throw new Error('ingestWorker --store neo4j: NEO4J_URI is not set');
  const store = await openStore(neo4j ?? kuzuStoreConfig(values.data));
  let lastTenth = -1;
  let stagedAt = Number.NaN;
  let summary;
  try {
    summary = await loadCorpus(store, paths, {
      metaFor: corpusMeta([values.docs]),
      force: values.force === true,
      onProgress: (done, total) => {
        if (done === total - 1) stagedAt = performance.now();
        const tenth = Math.floor((10 * done) / Math.max(1, total));
        if (tenth !== lastTenth) {
          lastTenth = tenth;
          process.stderr.write(`ingest: ${done}/${total} documents, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
        }
      },
    });
  } finally {
    await store.close();
  }
  const report: IngestReport = {
    seconds: (performance.now() - started) / 1000,
    loadCorpusSeconds: summary.seconds,
    stagedSeconds: (stagedAt - started) / 1000,
    documents: paths.length,
    loaded: summary.loaded.length,
    failures: summary.failures.slice(0, 5),
    counts: { ...summary.counts },
    maxRssKB: process.resourceUsage().maxRSS,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`ingestWorker: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exitCode = 1;
});
