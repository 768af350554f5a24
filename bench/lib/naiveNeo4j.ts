import neo4j from 'neo4j-driver';
import type { StoreConfig } from '../../src/config.js';
import { NAIVE_SHARED_TASKS, type NaiveFigures } from './naiveBaseline.js';

/**
 * The naive baseline on Neo4j: the same pairwise self-join over RESPONSIBLE_FOR (the Cypher
 * is the same on both engines), sent through the driver on a read session, every row read.
 * bench/ is tooling, so it talks to the driver directly instead of adding a store method.
 */
export async function measureNaiveBaselineNeo4j(
  config: Extract<StoreConfig, { backend: 'neo4j' }>, options: { limit: number; maxRuns: number; budgetMs: number; queryTimeoutMs: number },
): Promise<NaiveFigures> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password));
  const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
  const runs: number[] = [];
  let top: NaiveFigures['top'] = [];
  const started = performance.now();
  try {
    while (runs.length < options.maxRuns && (runs.length === 0 || performance.now() - started < options.budgetMs)) {
      const t0 = performance.now();
      const result = await session.run(NAIVE_SHARED_TASKS, { limit: neo4j.int(options.limit) }, { timeout: options.queryTimeoutMs });
      runs.push(performance.now() - t0);
      top = result.records.map((r) => ({ a: String(r.get('ua')), b: String(r.get('ub')), shared: Number(r.get('shared')) }));
    }
  } finally {
    await session.close();
    await driver.close();
  }
  const sorted = [...runs].sort((x, y) => x - y);
  return { ms: sorted[Math.floor((sorted.length - 1) / 2)]!, runs, top };
}
