import { loadConfig } from '../../src/config.js';
import type { StoreConfig } from '../../src/config.js';
import { openStore } from '../../src/store/openStore.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { tempDir } from '../../scripts/lib/tempDir.js';

/** A fresh temporary folder for a Kùzu database, removed by the returned cleanup. */
export function tempDataDir(label = 'dutygraph'): { dir: string; cleanup: () => void } {
  const { path: dir, remove } = tempDir(`${label}-`);
  return { dir, cleanup: remove };
}

export type BackendName = 'kuzu' | 'neo4j';

export interface BackendUnderTest {
  name: BackendName;
  /** Null when the backend is not configured on this machine (the suite reports itself skipped). */
  open: (() => Promise<{ store: GraphStore; cleanup: () => Promise<void> }>) | null;
}

/**
 * The Neo4j the tests may clear, or null when none was given.
 *
 * `NEO4J_URI=… NEO4J_PASSWORD=… npm test` names it; vitest.config.ts hands it to the test
 * workers as NEO4J_TEST_URI / NEO4J_TEST_USERNAME / NEO4J_TEST_PASSWORD and removes NEO4J_URI,
 * so the CLIs the tests start as child processes keep to their own Kùzu folders.
 *
 * Community has one user database per server, and vitest runs test files in parallel worker
 * processes, so each worker gets its own server: `npm run neo4j -- --instances N` listens on
 * the URI's port and the N-1 after it, and worker k (VITEST_POOL_ID, 1-based) uses port + k-1.
 * NEO4J_TEST_INSTANCES says how many there are (default 1); a worker beyond them is an error,
 * never a database shared by two files clearing each other's data.
 */
export function neo4jUnderTest(): Extract<StoreConfig, { backend: 'neo4j' }> | null {
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri) return null;
  const { store } = loadConfig({
    NEO4J_URI: uri, NEO4J_USERNAME: process.env.NEO4J_TEST_USERNAME, NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD,
  });
  if (store.backend !== 'neo4j') return null;
  const instances = Number(process.env.NEO4J_TEST_INSTANCES ?? '1');
  const worker = Number(process.env.VITEST_POOL_ID ?? '1');
  if (!Number.isInteger(instances) || instances < 1) {
    throw new Error(`NEO4J_TEST_INSTANCES must be a whole number ≥ 1 (got "${String(process.env.NEO4J_TEST_INSTANCES)}")`);
  }
  if (worker > instances) {
    throw new Error(
      `test worker ${worker} has no Neo4j of its own: start npm run neo4j -- --instances ${worker} (or more) and set ` +
        `NEO4J_TEST_INSTANCES, or run vitest with --maxWorkers ${instances}`,
    );
  }
  const url = new URL(store.uri);
  url.port = String(Number(url.port || '7687') + worker - 1);
  return { ...store, uri: `${url.protocol}//${url.host}` };
}

/** The backend the API suites run on: Kùzu, or Neo4j in vitest's `neo4j` project (DUTYGRAPH_TEST_BACKEND). */
export function apiBackend(): BackendName {
  return process.env.DUTYGRAPH_TEST_BACKEND === 'neo4j' ? 'neo4j' : 'kuzu';
}

/** The backends every parameterised suite runs on: Kùzu always, Neo4j when NEO4J_URI is set. */
export function backendNames(): BackendName[] {
  return neo4jUnderTest() ? ['kuzu', 'neo4j'] : ['kuzu'];
}

/**
 * Opens an empty store on the named backend: Kùzu in a new folder on disk, or this worker's
 * Neo4j, CLEARED first and after (point NEO4J_URI at a throwaway server).
 */
export async function openEmptyStore(name: BackendName): Promise<{ store: GraphStore; cleanup: () => Promise<void> }> {
  if (name === 'kuzu') {
    const { dir, cleanup } = tempDataDir('store');
    const store = await openStore({ backend: 'kuzu', dataDir: dir });
    return { store, cleanup: async () => { await store.close(); cleanup(); } };
  }
  const config = neo4jUnderTest();
  if (!config) throw new Error('NEO4J_URI is not set: no Neo4j to test');
  const store = await openStore(config);
  await store.clear();
  return { store, cleanup: async () => { await store.clear(); await store.close(); } };
}

/**
 * Every backend the conformance suite runs against: Kùzu always; Neo4j when NEO4J_URI is set
 * (reported skipped otherwise; CI always sets it).
 */
export function backendsUnderTest(): BackendUnderTest[] {
  const neo4j = neo4jUnderTest() !== null;
  return [
    { name: 'kuzu', open: () => openEmptyStore('kuzu') },
    { name: 'neo4j', open: neo4j ? () => openEmptyStore('neo4j') : null },
  ];
}
