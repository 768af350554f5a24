import path from 'node:path';
import { startServer, type RunningServer } from '../../src/api/startServer.js';
import { loadConfig } from '../../src/config.js';
import { collectFiles } from '../../src/load/collectFiles.js';
import { loadCorpus } from '../../src/load/loadCorpus.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { openStore } from '../../src/store/openStore.js';
import { corpusMeta } from '../../scripts/lib/corpusMeta.js';
import { apiBackend, neo4jUnderTest, openEmptyStore, type BackendName } from './backends.js';

export const SEEDS_DIR = path.resolve('seeds');

export interface SeededServer {
  server: RunningServer;
  store: GraphStore;
  /** POSTs a GraphQL request over real HTTP; returns the parsed JSON body. */
  query: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GraphQLBody<T>>;
  close: () => Promise<void>;
}

export interface GraphQLBody<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
}

/**
 * A real server on a free port over a fresh graph holding the five sample documents: Kùzu in a
 * temporary folder, or (vitest's `neo4j` project, or `backend` given) this worker's Neo4j, cleared.
 */
export async function startSeededServer(env: Record<string, string> = {}, backend: BackendName = apiBackend()): Promise<SeededServer> {
  const { store, cleanup } = await openSeedStore(backend);
  // The server takes its limits from here; the store is the one opened above.
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ...env });
  await loadCorpus(store, collectFiles([SEEDS_DIR]), { metaFor: corpusMeta([SEEDS_DIR]) });
  const server = await startServer(config, store);
  return {
    server,
    store,
    query: async <T>(query: string, variables?: Record<string, unknown>) => {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLBody<T>;
    },
    close: async () => {
      await server.stop();
      await cleanup();
    },
  };
}

/** Seeded servers open on this worker's Neo4j (its one database holds the seeds for all of them). */
let openOnNeo4j = 0;

// Private: an empty store, except that a second server on Neo4j in the same test file shares the
// first one's database (the seeds load as unchanged) instead of clearing it under the first.
async function openSeedStore(backend: BackendName): Promise<{ store: GraphStore; cleanup: () => Promise<void> }> {
  if (backend === 'kuzu') return openEmptyStore('kuzu');
  const store = openOnNeo4j === 0 ? (await openEmptyStore('neo4j')).store : await openStore(neo4jUnderTest()!);
  openOnNeo4j++;
  // The next file's first server clears the database; a test may have closed this store already.
  return { store, cleanup: async () => { openOnNeo4j--; await store.close(); } };
}
