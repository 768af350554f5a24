import type { Block, Cell } from './blocks.js';
import type { Line } from './lines.js';
import type { TableColumns } from './headerlessColumns.js';
import type { ColumnRole } from './tableHeaders.js';

/** A cell's span in the original text; `parts` when it was printed over several lines (see Cell.parts). */
export interface Span {
  start: number;
  end: number;
  parts?: Array<{ start: number; end: number }>;
}

// Private: a page number or footer a conversion leaves between rows (`- 3 -`, `—3—`, `第3页`, `第3页 共10页`, `3/10`): rows go on after it.
const PAGE_NUMBER = /^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;

/** Line `l` is a page number (read on the raw line: `- 3 -` would lose its `- ` as list decoration). */
export function isPageNumber(text: string, l: Line): boolean {
  return PAGE_NUMBER.test(text.slice(l.start, l.contentEnd).trim());
}

/** `[start, end)` without the whitespace at either end. */
export function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** One cell from two pieces a line break split (the end of one line, the start of the next). */
export function joinSpans(a: Span, b: Span): Span {
  const parts = [...(a.parts ?? [a]), ...(b.parts ?? [b])].filter((p) => p.end > p.start).map((p) => ({ start: p.start, end: p.end }));
  if (parts.length === 0) return { start: a.start, end: a.start };
  if (parts.length === 1) return parts[0]!;
  return { start: parts[0]!.start, end: parts[parts.length - 1]!.end, parts };
}

/** A cell's text, its pieces joined (a line break inside a cell splits words: no separator). */
export function spanText(text: string, c: Span): string {
  return c.parts ? c.parts.map((p) => text.slice(p.start, p.end)).join('') : text.slice(c.start, c.end);
}

// Private: columns whose marks (区民政局★) are lead marks, not the task's star.
const UNIT_COLUMNS: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['LEAD', 'SUPPORT', 'RESPONSIBLE', 'TOWNS']);

/** One table row block from its cells (roles and headers by column), or null when every cell is empty. */
export function rowBlock(text: string, spans: Span[], roles: readonly ColumnRole[], headers: readonly string[], rule: string, parent: number): Block | null {
  const cells: Cell[] = spans.map((c, n) => ({ ...c, role: roles[n] ?? 'OTHER', header: headers[n] ?? '' }));
  const nonEmpty = cells.filter((c) => c.end > c.start);
  if (!nonEmpty.length) return null;
  const numCell = cells.find((c) => c.role === 'NUMBER');
  const start = nonEmpty[0]!.start;
  const end = nonEmpty[nonEmpty.length - 1]!.end;
  return {
    kind: 'tableRow', start, end, bodyStart: start, bodyEnd: end,
    number: numCell && numCell.end > numCell.start ? spanText(text, numCell) : null,
    level: 0, starred: cells.some((c) => !UNIT_COLUMNS.has(c.role) && spanText(text, c).includes('★')), rule, cells, parent,
  };
}

/** The row repeats the header (a header printed again on each page). */
export function repeatsHeader(text: string, spans: Span[], headers: readonly string[]): boolean {
  return spans.length === headers.length && spans.every((c, n) => spanText(text, c).replace(/\s/g, '') === headers[n]);
}

/** What a table parser hands back: the line after the table, and its columns when it is a task table (for a table continuing after it). */
export interface TableParse {
  next: number;
  columns: TableColumns | null;
}
