import type { TxRunner } from '../CypherRunner.js';
import { MENTION_YEARS_OUTSIDE_DOCUMENT, SET_PROJECT_YEARS } from './writeStatements.js';

/** Rows per statement. */
const BATCH = 5_000;

/** Project id → the years it is mentioned in, as both load paths build them before writing. */
export type ProjectYears = Map<string, Set<number>>;

/**
 * A project's years as stored: distinct, ascending, as text (`2019,2021,2024`), with their
 * count. Text, not a list (quirk KUZU-STALE-LIST-PROPERTY): Kùzu 0.11.3 returned other nodes' values for an INT64[] node
 * property updated in a later transaction (a bulk load in several transactions, or documents
 * added one by one after a bulk load), while text properties updated alike stayed right.
 */
export function encodeYears(years: Iterable<number>): { years: string; yearCount: number } {
  const sorted = [...new Set(years)].sort((x, y) => x - y);
  return { years: sorted.join(','), yearCount: sorted.length };
}

/** The years a stored `years` value holds (empty for none; a list, as graphs before the text form stored them, is read as is). */
export function decodeYears(value: unknown): number[] {
  if (Array.isArray(value)) return value.map(Number);
  if (typeof value !== 'string' || value === '') return [];
  return value.split(',').map(Number);
}

/** Adds `years` to each of these projects, adding the projects not there yet. */
export function addYears(out: ProjectYears, ids: Iterable<string>, years: Iterable<number>): void {
  const list = [...years];
  for (const id of ids) {
    let own = out.get(id);
    if (!own) out.set(id, (own = new Set()));
    for (const y of list) own.add(y);
  }
}

/**
 * The years each of these projects is mentioned in by documents other than `documentId`, read
 * before that document's facts change in the transaction (quirk KUZU-EXISTS-SAME-TX): Kùzu 0.11.3 does not always see the
 * CONCERNS edges a transaction has just created (under load, a project summarised after
 * loading a 2020 document now and then lacked 2020), so summaries are never read back.
 * Every asked project is there.
 */
export async function yearsOutsideDocument(tx: TxRunner, ids: readonly string[], documentId: string): Promise<ProjectYears> {
  const years: ProjectYears = new Map();
  addYears(years, ids, []);
  const unique = [...years.keys()];
  for (let i = 0; i < unique.length; i += BATCH) {
    for (const r of await tx.run(MENTION_YEARS_OUTSIDE_DOCUMENT, { ids: unique.slice(i, i + BATCH), documentId })) {
      addYears(years, [String(r.id)], ((r.years as unknown[] | null) ?? []).map(Number));
    }
  }
  return years;
}

/** Stores the years of these projects (project id → years), batched. */
export async function writeProjectYears(tx: TxRunner, years: ReadonlyMap<string, Iterable<number>>): Promise<void> {
  const rows = [...years].map(([id, ys]) => ({ id, ...encodeYears(ys) }));
  for (let i = 0; i < rows.length; i += BATCH) await tx.run(SET_PROJECT_YEARS, { rows: rows.slice(i, i + BATCH) });
}
