import { INFER_THRESHOLDS, inferColumns } from './inferColumns.js';
import type { ColumnRole } from './tableHeaders.js';

/** The columns of the last task table a document printed: a table continuing without its header reads by them. */
export interface TableColumns {
  headers: string[];
  roles: ColumnRole[];
}

/** How a table was flattened into text: names the rule its header-less rows are read by (`table.pipe-row-inferred`). */
export type Flattening = 'tab' | 'pipe-row' | 'pipe-cell' | 'flat';

/** Columns for a table printed without its header row, and the rule that chose them. */
export interface HeaderlessColumns {
  columns: TableColumns;
  /** `table.<flattening>-continued` (the previous table's columns) or `table.<flattening>-inferred` (its cells'). */
  rule: string;
}

/**
 * The columns of a header-less table of `width` columns from its first rows' cell texts, the
 * same for every flattening: the previous task table's columns when it has as many and its
 * task column holds task-shaped cells here (a table continued past a page break or a running
 * page header), else the columns the cells show (`inferColumns`), else null (no task table).
 * `carryOnly`: only a continuation counts, and only when the cells read as a task table too
 * (one cell per paragraph, where nothing but the cells says a table goes on).
 */
export function headerlessColumns(rows: readonly string[][], width: number, previous: TableColumns | null, flattening: Flattening, carryOnly = false): HeaderlessColumns | null {
  const inferred = inferColumns(rows.slice(0, INFER_THRESHOLDS.rows));
  const fits = previous !== null && previous.roles.length === width && (inferred ? agrees(previous.roles, inferred) : !carryOnly);
  if (fits) return { columns: previous, rule: `table.${flattening}-continued` };
  if (!inferred || carryOnly) return null;
  return { columns: { headers: inferred.map((r) => `(${r.toLowerCase()})`), roles: inferred }, rule: `table.${flattening}-inferred` };
}

// Private: the previous table's columns fit these cells: its task column holds task-shaped cells.
function agrees(previous: readonly ColumnRole[], inferred: readonly ColumnRole[]): boolean {
  const task = previous.indexOf('TASK');
  return task < 0 || inferred[task] === 'TASK' || inferred[task] === 'REQUIREMENT';
}
