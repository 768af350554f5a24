import type { TxRunner } from '../CypherRunner.js';
import { MENTION_YEARS_OUTSIDE_DOCUMENT } from './writeStatements.js';

/** Ids per statement. */
const BATCH = 5_000;

/**
 * The years each of these projects is mentioned in by documents other than `documentId`, read
 * before that document's facts change in the transaction: Kùzu 0.11.3 does not always see the
 * CONCERNS edges a transaction has just created (under load, a project summarised after
 * loading a 2020 document now and then lacked 2020), so summaries are never read back.
 */
export async function yearsOutsideDocument(tx: TxRunner, ids: readonly string[], documentId: string): Promise<Map<string, Set<number>>> {
  const unique = [...new Set(ids)];
  const years = new Map<string, Set<number>>(unique.map((id) => [id, new Set<number>()]));
  for (let i = 0; i < unique.length; i += BATCH) {
    for (const r of await tx.run(MENTION_YEARS_OUTSIDE_DOCUMENT, { ids: unique.slice(i, i + BATCH), documentId })) {
      for (const y of (r.years as unknown[] | null) ?? []) years.get(String(r.id))?.add(Number(y));
    }
  }
  return years;
}
