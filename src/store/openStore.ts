import type { StoreConfig } from '../config.js';
import { CypherGraphStore } from './CypherGraphStore.js';
import type { GraphStore } from './GraphStore.js';

/**
 * Opens the configured backend: Kùzu under DATA_DIR by default, Neo4j when
 * NEO4J_URI is set. Backends are imported lazily so a Kùzu user never loads the
 * Neo4j driver and the reverse.
 */
export async function openStore(config: StoreConfig): Promise<GraphStore> {
  switch (config.backend) {
    case 'kuzu': {
      const { KuzuRunner } = await import('./kuzu/KuzuRunner.js');
      return new CypherGraphStore(
        await KuzuRunner.open(config.dataDir, { queryTimeoutMs: config.queryTimeoutMs, bufferPoolMB: config.bufferPoolMB }),
      );
    }
    case 'neo4j': {
      const { Neo4jRunner } = await import('./neo4j/Neo4jRunner.js');
      return new CypherGraphStore(await Neo4jRunner.open(config));
    }
  }
}
