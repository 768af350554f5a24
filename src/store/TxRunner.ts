import type { Statement } from './cypher/Statement.js';

/*
 * The transaction side of a runner, in its own file so the summary helpers (cypher/pairTotals.ts,
 * cypher/projectYears.ts) can take one without importing CypherRunner, which names their types.
 */

/** A result row: column name → plain JS value (numbers, strings, booleans, lists, null). */
export type Row = Record<string, unknown>;

/** Runs statements inside one open write transaction. */
export interface TxRunner {
  run(statement: Statement, params?: Record<string, unknown>): Promise<Row[]>;
}
