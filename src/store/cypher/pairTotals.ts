import type { TxRunner } from '../CypherRunner.js';
import { CREATE_PAIR_TOTALS, DELETE_PAIR_TOTALS, PAIR_TOTALS_OUTSIDE_DOCUMENT } from './writeStatements.js';

/** Pairs per statement. */
const BATCH = 2_000;

/** A unit pair's total over all documents (a < b). */
export interface PairTotal {
  a: string;
  b: string;
  shared: number;
  years: Set<number>;
}

/**
 * The totals of these unit pairs over documents other than `documentId`, read before that
 * document's facts change in the transaction (see yearsOutsideDocument: Kùzu 0.11.3 does not
 * always see edges the transaction has just created). Keyed `a|b`; every asked pair is there.
 */
export async function pairTotalsOutsideDocument(
  tx: TxRunner, pairs: ReadonlyArray<{ a: string; b: string }>, documentId: string,
): Promise<Map<string, PairTotal>> {
  const totals = new Map<string, PairTotal>();
  for (const p of pairs) if (!totals.has(`${p.a}|${p.b}`)) totals.set(`${p.a}|${p.b}`, { a: p.a, b: p.b, shared: 0, years: new Set() });
  const unique = [...totals.values()].map(({ a, b }) => ({ a, b }));
  for (let i = 0; i < unique.length; i += BATCH) {
    for (const r of await tx.run(PAIR_TOTALS_OUTSIDE_DOCUMENT, { pairs: unique.slice(i, i + BATCH), documentId })) {
      const t = totals.get(`${String(r.a)}|${String(r.b)}`);
      if (!t) continue;
      t.shared += Number(r.shared);
      for (const y of (r.years as unknown[] | null) ?? []) t.years.add(Number(y));
    }
  }
  return totals;
}

/** Replaces the CO_TOTAL edges of these pairs with the given totals (a pair left with none keeps no edge). */
export async function writePairTotals(tx: TxRunner, totals: ReadonlyMap<string, PairTotal>): Promise<void> {
  const all = [...totals.values()];
  for (let i = 0; i < all.length; i += BATCH) {
    const batch = all.slice(i, i + BATCH);
    await tx.run(DELETE_PAIR_TOTALS, { pairs: batch.map(({ a, b }) => ({ a, b })) });
    const rows = batch.filter((t) => t.shared > 0).map((t) => ({ a: t.a, b: t.b, shared: t.shared, years: [...t.years].sort((x, y) => x - y) }));
    if (rows.length > 0) await tx.run(CREATE_PAIR_TOTALS, { rows });
  }
}
