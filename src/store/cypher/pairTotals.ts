import type { TxRunner } from '../TxRunner.js';
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

/** Unit-pair totals keyed `a|b`, as both load paths build them before writing CO_TOTAL. */
export type PairTotals = Map<string, PairTotal>;

// Private: a pair's key in PairTotals.
function pairKey(p: Readonly<Record<string, unknown>>): string {
  return `${String(p.a)}|${String(p.b)}`;
}

// Private: the pair's total, added (empty) when missing.
function totalOf(totals: PairTotals, p: { a: string; b: string }): PairTotal {
  const key = pairKey(p);
  let total = totals.get(key);
  if (!total) totals.set(key, (total = { a: p.a, b: p.b, shared: 0, years: new Set() }));
  return total;
}

/** Adds one document's shared-task counts (coResponsibilityRows) of `year` (null: a document without one adds no year), adding the pairs not there yet. */
export function addPairCounts(totals: PairTotals, rows: ReadonlyArray<{ a: string; b: string; shared: number }>, year: number | null): void {
  for (const r of rows) {
    const total = totalOf(totals, r);
    total.shared += r.shared;
    if (year !== null) total.years.add(year);
  }
}

/** Adds stored counts (rows of `a, b, shared, years`) to the pairs already in `totals`; returns the pairs that had some. */
export function addStoredCounts(totals: PairTotals, rows: ReadonlyArray<Record<string, unknown>>): Array<{ a: string; b: string }> {
  const found: Array<{ a: string; b: string }> = [];
  for (const r of rows) {
    const total = totals.get(pairKey(r));
    if (!total) continue;
    total.shared += Number(r.shared);
    for (const y of (r.years as unknown[] | null) ?? []) total.years.add(Number(y));
    found.push({ a: total.a, b: total.b });
  }
  return found;
}

/**
 * The totals of these unit pairs over documents other than `documentId`, read before that
 * document's facts change in the transaction, never read back (see yearsOutsideDocument; quirk
 * KUZU-EXISTS-SAME-TX). Every asked pair is there.
 */
export async function pairTotalsOutsideDocument(
  tx: TxRunner, pairs: ReadonlyArray<{ a: string; b: string }>, documentId: string,
): Promise<PairTotals> {
  const totals: PairTotals = new Map();
  for (const p of pairs) totalOf(totals, p);
  const unique = [...totals.values()].map(({ a, b }) => ({ a, b }));
  for (let i = 0; i < unique.length; i += BATCH) {
    addStoredCounts(totals, await tx.run(PAIR_TOTALS_OUTSIDE_DOCUMENT, { pairs: unique.slice(i, i + BATCH), documentId }));
  }
  return totals;
}

/** Replaces the CO_TOTAL edges of these pairs with the given totals (a pair left with none keeps no edge). */
export async function writePairTotals(tx: TxRunner, totals: PairTotals): Promise<void> {
  const all = [...totals.values()];
  for (let i = 0; i < all.length; i += BATCH) {
    const batch = all.slice(i, i + BATCH);
    await tx.run(DELETE_PAIR_TOTALS, { pairs: batch.map(({ a, b }) => ({ a, b })) });
    const rows = batch.filter((t) => t.shared > 0).map((t) => ({ a: t.a, b: t.b, shared: t.shared, years: [...t.years].sort((x, y) => x - y) }));
    if (rows.length > 0) await tx.run(CREATE_PAIR_TOTALS, { rows });
  }
}
