import { loadConfig, type StoreConfig } from '../../src/config.js';
import { openStore } from '../../src/store/openStore.js';
import { kuzuStoreConfig } from '../../scripts/lib/kuzuStoreConfig.js';
import { startBenchNeo4j } from './benchNeo4j.js';

/** The backends `npm run bench -- --store` measures. */
export type BenchBackend = 'kuzu' | 'neo4j';

/** The store one bench run loads and queries, as the in-process phases and the child processes (ingest, server) reach it. */
export interface BenchStore {
  backend: BenchBackend;
  /** DATA_DIR of the server process (Kùzu's database lives in it; for Neo4j it only holds the server's own files). */
  dataDir: string;
  /** How the in-process phases open it. */
  config(queryTimeoutMs?: number): StoreConfig;
  /** The environment the child processes (ingest worker, server) get: NEO4J_* set for Neo4j, emptied for Kùzu. */
  env: Record<string, string>;
  /** Seconds Neo4j took to start (launcher spawned → ready line); null for Kùzu or a Neo4j given by NEO4J_URI. */
  startSeconds: number | null;
  /** Stops what this run started (the Neo4j launcher); a no-op otherwise. */
  stop(): Promise<void>;
}

/**
 * Kùzu: a fresh DATA_DIR. Neo4j: the one `neo4j` names (NEO4J_URI…, CLEARED first) or, when
 * none is given, a Neo4j started for this run by the launcher (tools/neo4j) on a temporary
 * data folder, stopped by `stop()`.
 */
export async function openBenchStore(
  backend: BenchBackend, dataDir: string, neo4j: Extract<StoreConfig, { backend: 'neo4j' }> | null, log: (line: string) => void,
): Promise<BenchStore> {
  if (backend === 'kuzu') {
    return {
      backend, dataDir, config: (t) => kuzuStoreConfig(dataDir, t), env: { NEO4J_URI: '', NEO4J_PASSWORD: '' }, startSeconds: null, stop: async () => undefined,
    };
  }
  const started = neo4j ? null : await startBenchNeo4j(log);
  const target = neo4j ?? started!.config;
  const env: Record<string, string> = { NEO4J_URI: target.uri, NEO4J_USERNAME: target.username, NEO4J_PASSWORD: target.password };
  if (target.database) env.NEO4J_DATABASE = target.database;
  const store: BenchStore = {
    backend, dataDir, env, startSeconds: started?.startSeconds ?? null,
    config: () => target,
    stop: async () => {
      await started?.stop();
    },
  };
  try {
    // The ingest phase measures a load into an empty graph, as on Kùzu's fresh DATA_DIR.
    const s = await openStore(store.config());
    try {
      await s.clear();
    } finally {
      await s.close();
    }
  } catch (error) {
    await store.stop();
    throw error;
  }
  return store;
}

/** `--store` and NEO4J_URI: the Neo4j to use when one is named in the environment, else null (the bench starts its own). */
export function neo4jFromEnv(env: NodeJS.ProcessEnv): Extract<StoreConfig, { backend: 'neo4j' }> | null {
  if (!env.NEO4J_URI?.trim()) return null;
  const { store } = loadConfig({
    NEO4J_URI: env.NEO4J_URI, NEO4J_USERNAME: env.NEO4J_USERNAME, NEO4J_PASSWORD: env.NEO4J_PASSWORD, NEO4J_DATABASE: env.NEO4J_DATABASE,
  });
  return store.backend === 'neo4j' ? store : null;
}
