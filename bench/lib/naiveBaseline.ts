/*
 * The naive baseline: the pairwise self-join over RESPONSIBLE_FOR a straightforward
 * `sharedTasks` resolver would send, timed on the same database file. bench/ is tooling,
 * so it imports `kuzu` directly instead of adding a method to src/store/kuzu/ (the only
 * place the application may import it). Kùzu allows one Database per file per process, so
 * this runs only while the GraphStore is closed. Every QueryResult is closed before the
 * connection and database (closing under an open result crashes Kùzu), and one query runs
 * at a time.
 */
import path from 'node:path';
import type kuzu from 'kuzu';
import { loadEmbeddedDriver } from '../../src/store/kuzu/embeddedDriver.js';

/** Which units share the most tasks, globally — by joining RESPONSIBLE_FOR with itself (no precomputation). */
export const NAIVE_SHARED_TASKS =
  'MATCH (a:Unit)-[:RESPONSIBLE_FOR]->(t:Task)<-[:RESPONSIBLE_FOR]-(b:Unit) WHERE a.id < b.id ' +
  'WITH a.id AS ua, b.id AS ub, count(DISTINCT t) AS shared ' +
  'RETURN ua, ub, shared ORDER BY shared DESC, ua, ub LIMIT $limit';

export interface NaiveFigures {
  /** Median wall time of the runs, ms (query, all rows read, result closed). */
  ms: number;
  runs: number[];
  /** The top pairs it found, to check the precomputed answer against. */
  top: Array<{ a: string; b: string; shared: number }>;
}

/**
 * Runs the naive query `maxRuns` times (fewer once `budgetMs` is spent; at least once), each
 * bounded by Kùzu's own query timeout. The database is opened read-only.
 */
export async function measureNaiveBaseline(
  dataDir: string, options: { limit: number; maxRuns: number; budgetMs: number; queryTimeoutMs: number },
): Promise<NaiveFigures> {
  // The engine EMBEDDED_ENGINE names (kuzu or @ladybugdb/core), on the file it keeps in DATA_DIR.
  const driver = await loadEmbeddedDriver();
  const db = new driver.module.Database(path.join(dataDir, driver.file), 0, true, true);
  await db.init();
  const conn = new driver.module.Connection(db);
  conn.setQueryTimeout(options.queryTimeoutMs);
  const runs: number[] = [];
  let top: NaiveFigures['top'] = [];
  const started = performance.now();
  try {
    const prepared = await conn.prepare(NAIVE_SHARED_TASKS);
    if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
    while (runs.length < options.maxRuns && (runs.length === 0 || performance.now() - started < options.budgetMs)) {
      const t0 = performance.now();
      const result = await conn.execute(prepared, { limit: options.limit });
      const results = Array.isArray(result) ? result : [result];
      let rows: Array<Record<string, kuzu.KuzuValue>> = [];
      try {
        for (const r of results) rows = await r.getAll();
      } finally {
        for (const r of results) r.close();
      }
      runs.push(performance.now() - t0);
      top = rows.map((r) => ({ a: String(r.ua), b: String(r.ub), shared: Number(r.shared) }));
    }
  } finally {
    await conn.close();
    await db.close();
  }
  const sorted = [...runs].sort((x, y) => x - y);
  return { ms: sorted[Math.floor((sorted.length - 1) / 2)]!, runs, top };
}
