import { loadConfig, type StoreConfig } from '../../src/config.js';

/**
 * The embedded store at `dataDir` as `npm run ingest` and `npm start` open it: config.ts's
 * defaults (the buffer pool bound, and so the bulk load's transaction size) and the caller's
 * KUZU_BUFFER_POOL_MB, never Neo4j (the benchmark measures Kùzu; eval's temporary graph is
 * embedded).
 */
export function kuzuStoreConfig(dataDir: string, queryTimeoutMs?: number): StoreConfig {
  const { store } = loadConfig({ DATA_DIR: dataDir, KUZU_BUFFER_POOL_MB: process.env.KUZU_BUFFER_POOL_MB });
  if (store.backend !== 'kuzu') throw new Error('unreachable: no NEO4J_URI was passed');
  return { ...store, queryTimeoutMs };
}
