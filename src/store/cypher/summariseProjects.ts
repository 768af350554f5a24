import type { TxRunner } from '../CypherRunner.js';
import { SUMMARISE_PROJECT_YEARS } from './writeStatements.js';

/** Ids per statement. */
const BATCH = 5_000;

/** Recomputes the year summaries of these projects (those pruned meanwhile are simply not found). */
export async function summariseProjects(tx: TxRunner, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += BATCH) await tx.run(SUMMARISE_PROJECT_YEARS, { ids: unique.slice(i, i + BATCH) });
}
