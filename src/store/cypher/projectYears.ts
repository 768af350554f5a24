import type { TxRunner } from '../CypherRunner.js';
import { SET_PROJECT_YEARS } from './writeStatements.js';

/** Rows per statement. */
const BATCH = 5_000;

/**
 * A project's years as stored: distinct, ascending, as text (`2019,2021,2024`), with their
 * count. Text, not a list: Kùzu 0.11.3 returned other nodes' values for an INT64[] node
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

/** Stores the years of these projects (project id → years), batched. */
export async function writeProjectYears(tx: TxRunner, years: ReadonlyMap<string, Iterable<number>>): Promise<void> {
  const rows = [...years].map(([id, ys]) => ({ id, ...encodeYears(ys) }));
  for (let i = 0; i < rows.length; i += BATCH) await tx.run(SET_PROJECT_YEARS, { rows: rows.slice(i, i + BATCH) });
}
