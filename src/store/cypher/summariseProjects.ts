import type { TxRunner } from '../CypherRunner.js';
import { writeProjectYears } from './projectYears.js';
import { MENTION_YEARS_OF_PROJECTS } from './writeStatements.js';

/** Ids per statement. */
const BATCH = 5_000;

/** Recomputes the year summaries of these projects from their mentions (those pruned meanwhile are simply not found). */
export async function summariseProjects(tx: TxRunner, ids: readonly string[]): Promise<void> {
  const unique = [...new Set(ids)];
  const years = new Map<string, number[]>();
  for (let i = 0; i < unique.length; i += BATCH) {
    for (const r of await tx.run(MENTION_YEARS_OF_PROJECTS, { ids: unique.slice(i, i + BATCH) })) {
      years.set(String(r.id), ((r.years as unknown[] | null) ?? []).map(Number));
    }
  }
  await writeProjectYears(tx, years);
}
