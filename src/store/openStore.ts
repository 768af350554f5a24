import type { StoreConfig } from '../config.js';
import { CypherGraphStore } from './CypherGraphStore.js';
import type { CypherRunner } from './CypherRunner.js';
import type { GraphStore } from './GraphStore.js';
import { CachingGraphStore } from './CachingGraphStore.js';

/**
 * Opens the configured backend: Kùzu under DATA_DIR by default, Neo4j when
 * NEO4J_URI is set. Backends are imported lazily so a Kùzu user never loads the
 * Neo4j driver and the reverse.
 */
export async function openStore(config: StoreConfig): Promise<GraphStore> {
  switch (config.backend) {
    case 'kuzu': {
      const { KuzuRunner } = await import('./kuzu/KuzuRunner.js');
      return storeOver(await KuzuRunner.open(config.dataDir, { queryTimeoutMs: config.queryTimeoutMs, bufferPoolMB: config.bufferPoolMB }));
    }
    case 'neo4j': {
      const { Neo4jRunner } = await import('./neo4j/Neo4jRunner.js');
      return storeOver(await Neo4jRunner.open(config));
    }
  }
}

/** The store over a runner: answers are kept between writes only where the runner is the only writer. */
export function storeOver(runner: CypherRunner): GraphStore {
  const store = new CypherGraphStore(runner);
  return runner.soleWriter ? new CachingGraphStore(store) : store;
}
