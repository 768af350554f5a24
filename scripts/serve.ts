/**
 * `npm start`: opens the graph (Kùzu under DATA_DIR, or Neo4j when NEO4J_URI is set),
 * loads the samples of SEEDS_DIR into an empty graph (or one holding only samples, when
 * one changed), and serves GraphQL with an offline GraphiQL. SIGTERM or SIGINT stops it
 * cleanly: no new connections, requests in flight answered (SHUTDOWN_GRACE_MS at most),
 * the store closed (no WAL left), exit 0. `npm start` execs this file with `node`, so the
 * signal a process manager sends to what it started reaches this process.
 */
import { exploreBuilt } from '../src/api/http/exploreAssets.js';
import { checkPortFree } from '../src/api/http/checkPortFree.js';
import { startServer, type RunningServer } from '../src/api/startServer.js';
import { loadConfig, type Config } from '../src/config.js';
import { messageOf } from '../src/errors.js';
import { collectFiles } from '../src/load/collectFiles.js';
import { loadCorpus } from '../src/load/loadCorpus.js';
import { overridesPath, readOverrides } from '../src/load/readOverrides.js';
import type { UserOverrides } from '../src/ingest/resolve/userOverrides.js';
import type { GraphStore } from '../src/store/GraphStore.js';
import { openStore } from '../src/store/openStore.js';
import { corpusMeta } from './lib/corpusMeta.js';
import { runCli } from './lib/runCli.js';
import { seedingPlan } from './lib/seedingPlan.js';

runCli(async () => {
  const started = performance.now();
  // Installed first: a signal during the start-up waits for the step under way (a load is one transaction) and then stops.
  let stopSignal: string | null = null;
  let stop: (() => void) | null = null;
  const onSignal = (signal: string) => {
    if (stopSignal) return;
    stopSignal = signal;
    console.log(`dutygraph: ${signal} received, shutting down`);
    stop?.();
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));

  const config = loadConfig();
  // Both checked before any work: a port in use and a data folder held by another process are one line each.
  await checkPortFree(config.port, config.host);
  // The user's overrides file (OVERRIDES, else DATA_DIR/overrides.json), checked before any work too.
  const overrides = readOverrides(overridesPath(undefined));
  const store = await openStore(config.store);
  console.log(`dutygraph: store ${store.backend} at ${store.location}`);
  let server: RunningServer | null = null;
  try {
    if (!stopSignal) await seed(store, config, overrides);
    if (!stopSignal) server = await startServer(config, store);
  } catch (error) {
    await store.close();
    throw error;
  }
  if (server) {
    console.log(`dutygraph: ready in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    console.log(`dutygraph: GraphQL and GraphiQL at ${server.url}`);
    console.log(`dutygraph: explorer at ${server.url.replace(/\/graphql$/, '/explore')}${exploreBuilt() ? '' : ' (not built: run npm run build:explore)'}`);
  }
  if (!stopSignal) await new Promise<void>((resolve) => (stop = resolve));
  // Order matters: stop taking requests, let those in flight finish, then close the store.
  try {
    await server?.stop();
    await store.close();
  } catch (error) {
    console.error(`dutygraph: shutdown failed: ${messageOf(error)}`);
    return 1;
  }
  console.log('dutygraph: stopped, store closed');
  // Kùzu's native threads would keep an idle process alive: leave now that the store is closed.
  process.exit(0);
});

// Private: loads the samples when the graph may take them; one line per skipped file, one line for the outcome.
async function seed(store: GraphStore, config: Config, overrides: UserOverrides): Promise<void> {
  if (!config.seedOnStart) {
    console.log('dutygraph: seeding off (SEEDS_DIR is empty)');
    return;
  }
  const files = collectFiles([config.seedsDir]);
  const plan = seedingPlan((await store.documentFingerprints()).map((f) => f.file), files, config.seedsDir);
  if (!plan.seed) {
    console.log(`dutygraph: seeding skipped: ${plan.reason}`);
    return;
  }
  // A bad seed is skipped with its line; the good ones still load.
  const summary = await loadCorpus(store, files, { metaFor: corpusMeta([config.seedsDir]), badFiles: 'skip', maxUnitsPerTask: config.maxUnitsPerTask, overrides });
  for (const failure of summary.failures) console.error(`dutygraph: skipped ${failure.file}: ${failure.reason}`);
  const c = summary.counts;
  console.log(
    `dutygraph: seeds ${config.seedsDir}: ${summary.loaded.length} loaded, ${summary.unchanged.length} unchanged ` +
      `(${summary.seconds.toFixed(2)} s); graph holds ${c.documents} documents, ${c.tasks} tasks, ${c.units} units, ` +
      `${c.projects} projects, ${c.responsibilities} responsibilities`,
  );
}
