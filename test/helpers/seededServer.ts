import path from 'node:path';
import { startServer, type RunningServer } from '../../src/api/startServer.js';
import { loadConfig } from '../../src/config.js';
import { collectFiles } from '../../src/load/collectFiles.js';
import { loadCorpus } from '../../src/load/loadCorpus.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { openStore } from '../../src/store/openStore.js';
import { corpusMeta } from '../../scripts/lib/corpusMeta.js';
import { tempDataDir } from './backends.js';

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

/** A real server on a free port over a fresh Kùzu graph holding the five sample documents. */
export async function startSeededServer(env: Record<string, string> = {}): Promise<SeededServer> {
  const { dir, cleanup } = tempDataDir('api');
  const config = loadConfig({ DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1', ...env });
  const store = await openStore(config.store);
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
      await store.close();
      cleanup();
    },
  };
}
