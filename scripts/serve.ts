/**
 * `npm start`: opens the graph (Kùzu under DATA_DIR, or Neo4j when NEO4J_URI is
 * set), loads seeds/ when the graph is empty or a seed changed (content hashes),
 * and serves GraphQL with an offline GraphiQL.
 */
import { startServer } from '../src/api/startServer.js';
import { loadConfig } from '../src/config.js';
import { collectFiles } from '../src/load/collectFiles.js';
import { loadCorpus } from '../src/load/loadCorpus.js';
import { openStore } from '../src/store/openStore.js';
import { corpusMeta } from './lib/corpusMeta.js';
import { runCli } from './lib/runCli.js';

runCli(async () => {
  const started = performance.now();
  const config = loadConfig();
  const store = await openStore(config.store);
  console.log(`dutygraph: store ${store.backend} at ${store.location}`);
  try {
    const summary = await loadCorpus(store, collectFiles([config.seedsDir]), { metaFor: corpusMeta([config.seedsDir]) });
    for (const failure of summary.failures) console.error(`dutygraph: skipped ${failure.file}: ${failure.reason}`);
    const c = summary.counts;
    console.log(
      `dutygraph: seeds ${config.seedsDir}: ${summary.loaded.length} loaded, ${summary.unchanged.length} unchanged ` +
        `(${summary.seconds.toFixed(2)} s); graph holds ${c.documents} documents, ${c.tasks} tasks, ${c.units} units, ` +
        `${c.projects} projects, ${c.responsibilities} responsibilities`,
    );
  } catch (error) {
    await store.close();
    throw error;
  }
  const server = await startServer(config, store);
  console.log(`dutygraph: ready in ${((performance.now() - started) / 1000).toFixed(2)} s`);
  console.log(`dutygraph: GraphQL and GraphiQL at ${server.url}`);

  let shuttingDown = false;
  const shutdown = (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log(`dutygraph: ${signal} received, shutting down`);
    // Order matters: stop taking requests, let those in flight finish, then close the store.
    server.stop().then(() => store.close()).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`dutygraph: shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
});
