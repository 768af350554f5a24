import { loadConfig } from '../../src/config.js';
import { openStore } from '../../src/store/openStore.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { tempDir } from '../../scripts/lib/tempDir.js';

/** A fresh temporary folder for a Kùzu database, removed by the returned cleanup. */
export function tempDataDir(label = 'dutygraph'): { dir: string; cleanup: () => void } {
  const { path: dir, remove } = tempDir(`${label}-`);
  return { dir, cleanup: remove };
}

export interface BackendUnderTest {
  name: 'kuzu' | 'neo4j';
  /** Null when the backend is not configured on this machine (the suite reports itself skipped). */
  open: (() => Promise<{ store: GraphStore; cleanup: () => Promise<void> }>) | null;
}

/**
 * Every backend the conformance suite runs against: Kùzu always (a new database
 * on disk per call); Neo4j when NEO4J_URI is set. The Neo4j database named by the
 * environment is CLEARED by the suite: point it at a throwaway database.
 */
export function backendsUnderTest(): BackendUnderTest[] {
  const config = loadConfig();
  return [
    {
      name: 'kuzu',
      open: async () => {
        const { dir, cleanup } = tempDataDir('conformance');
        const store = await openStore({ backend: 'kuzu', dataDir: dir });
        return { store, cleanup: async () => { await store.close(); cleanup(); } };
      },
    },
    {
      name: 'neo4j',
      open: config.store.backend === 'neo4j'
        ? async () => {
            const store = await openStore(config.store);
            await store.clear();
            return { store, cleanup: async () => { await store.clear(); await store.close(); } };
          }
        : null,
    },
  ];
}
