import type { TxRunner } from '../CypherRunner.js';
import { DELETE_PAIR_TOTALS, SUM_PAIR_TOTALS } from './writeStatements.js';

/** Pairs per statement. */
const BATCH = 2_000;

/** Recomputes the CO_TOTAL edges of these unit pairs (a < b) from their per-document counts. */
export async function refreshPairTotals(tx: TxRunner, pairs: ReadonlyArray<{ a: string; b: string }>): Promise<void> {
  const unique = [...new Map(pairs.map((p) => [`${p.a}|${p.b}`, { a: p.a, b: p.b }])).values()];
  for (let i = 0; i < unique.length; i += BATCH) {
    const batch = unique.slice(i, i + BATCH);
    await tx.run(DELETE_PAIR_TOTALS, { pairs: batch });
    await tx.run(SUM_PAIR_TOTALS, { pairs: batch });
  }
}
