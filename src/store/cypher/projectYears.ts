import type { TxRunner } from '../TxRunner.js';
import { MENTION_YEARS_OUTSIDE_DOCUMENT, SET_PROJECT_YEARS } from './writeStatements.js';

/** Rows per statement. */
const BATCH = 5_000;

/** Project id → the years it is mentioned in, as both load paths build them before writing. */
export type ProjectYears = Map<string, Set<number>>;

/**
 * A project's years as stored: distinct, ascending, as text (`2019,2021,2024`), with their
 * count. Text, not a list property updated in place, on every engine (why: quirk
 * KUZU-STALE-LIST-PROPERTY in store/kuzu/quirks.ts), so both store the same graph.
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
 * before that document's facts change in the transaction: summaries are computed from what
 * was stored before plus what is being written, never read back from edges the same
 * transaction created (why: quirk KUZU-EXISTS-SAME-TX in store/kuzu/quirks.ts).
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
