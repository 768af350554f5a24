import type { Block, Cell } from './blocks.js';
import { headerlessColumns } from './headerlessColumns.js';
import type { TableColumns } from './headerlessColumns.js';
import { INFER_THRESHOLDS } from './inferColumns.js';
import { alignCells } from './alignCells.js';
import type { Line } from './lines.js';
import { lineText, matchMarker } from './lineShape.js';
import { INNER_TERMINAL } from './structureRules.js';
import { columnRole, isTaskTableHeader } from './tableHeaders.js';
import { isPageNumber, spanText, trimmed } from './tableRow.js';
import type { Span, TableParse } from './tableRow.js';

// Private: a row number on its own line.
const ROW_NUMBER = /^\d{1,3}$/;

/**
 * A task table one cell per line: 序号 / 工作任务 / 牵头单位 / 配合单位 / 责任人, then rows of as
 * many cells, over page numbers and a header repeated on the next page. Rows on a later page
 * whose header was cut off (by a running page header, a `续表` line) start at a bare row number:
 * they read by the previous table's columns when it is numbered, as wide, and its cells agree
 * (`headerlessColumns`, `table.flat-continued`). Returns the line after the table (`i` when none
 * starts there) and its columns.
 */
export function parseFlatTable(text: string, lines: Line[], i: number, blocks: Block[], parent: number, previous: TableColumns | null = null): TableParse {
  const none: TableParse = { next: i, columns: null };
  const headers: string[] = [];
  let k = i;
  while (k < lines.length) {
    const s = lineText(text, lines[k]!);
    if (columnRole(s) === null || s.includes('\t')) break;
    headers.push(s.replace(/[\s:：]/g, ''));
    k++;
  }
  if (headers.length >= 3 && isTaskTableHeader(headers)) {
    const columns = { headers, roles: headers.map((h) => columnRole(h)!) };
    const rows = flatRows(text, lines, k, columns, Infinity);
    emit(text, rows.rows, columns, 'table.flat-task', blocks, parent);
    return { next: rows.next, columns };
  }
  // Header-less rows continuing a numbered table.
  const first = lineText(text, lines[i]!);
  if (headers.length > 0 || !ROW_NUMBER.test(first) || previous?.roles[0] !== 'NUMBER') return none;
  const sample = flatRows(text, lines, i, previous, INFER_THRESHOLDS.rows).rows;
  const found = headerlessColumns(sample.map((r) => [r.numberText ?? '', ...r.cells.map((c) => spanText(text, c))]), previous.roles.length, previous, 'flat', true);
  if (!found) return none;
  const rows = flatRows(text, lines, i, found.columns, Infinity);
  emit(text, rows.rows, found.columns, found.rule, blocks, parent);
  return { next: rows.next, columns: found.columns };
}

/** One row read: its number line (null without a number column) and its cells (after the number). */
interface FlatRow {
  number: Line | null;
  numberText: string | null;
  cells: Span[];
}

// Private: a numbered row's lines are looked for this far (in cells) before its next number.
const MAX_ROW_LINES_PER_CELL = 3;

// Private: rows of `columns` from line k (at most `max`), and the line after them.
function flatRows(text: string, lines: Line[], k: number, columns: TableColumns, max: number): { rows: FlatRow[]; next: number } {
  const numbered = columns.roles[0] === 'NUMBER';
  const width = columns.headers.length - (numbered ? 1 : 0);
  const rows: FlatRow[] = [];
  let expect = numbered && k < lines.length && ROW_NUMBER.test(lineText(text, lines[k]!)) ? Number(lineText(text, lines[k]!)) : 1;
  while (k < lines.length && rows.length < max) {
    const s = lineText(text, lines[k]!);
    // Between rows: a page number, or the header printed again on the next page.
    if (isPageNumber(text, lines[k]!)) {
      k++;
      continue;
    }
    if (repeatsHeaderAt(text, lines, k, columns.headers)) {
      k += columns.headers.length;
      continue;
    }
    if (numbered && s !== String(expect)) break;
    // Collect cells up to the next row number (or a fixed width without a number column). A
    // numbered row whose next number comes after more or fewer lines than it has cells has a cell
    // printed over several paragraphs, or an empty cell that printed nothing: its lines are
    // aligned to the columns by their shapes (alignCells).
    const cellLines: Line[] = [];
    let m = numbered ? k + 1 : k;
    const limit = numbered ? width * MAX_ROW_LINES_PER_CELL : width;
    while (m < lines.length && cellLines.length < limit) {
      const cs = lineText(text, lines[m]!);
      if (numbered && cs === String(expect + 1)) break;
      if (isPageNumber(text, lines[m]!)) break;
      if (matchMarker(cs) && matchMarker(cs)!.rule.level <= 2 && !INNER_TERMINAL.test(cs)) break;
      if (numbered && repeatsHeaderAt(text, lines, m, columns.headers)) break;
      cellLines.push(lines[m]!);
      m++;
    }
    if (!cellLines.length) break;
    // More lines than cells: a cell printed over several, when the row ends at a row boundary
    // (the next number, a page number, a heading, the text's end: not the look-ahead's limit) and
    // the lines split into cells that all have their columns' shapes. Else (the table's last row
    // before other text) the row has as many lines as cells, as printed.
    const roles = numbered ? columns.roles.slice(1) : columns.roles;
    let cells = cellLines.map((l) => trimmed(text, l.contentStart, l.contentEnd));
    if (numbered && cellLines.length !== width) {
      const aligned = alignCells(text, cellLines, roles);
      if (cellLines.length < width || (cellLines.length < limit && aligned.fitsAll)) cells = aligned.cells;
      else {
        cells = cells.slice(0, width);
        m = k + 1 + width;
      }
    }
    rows.push({ number: numbered ? lines[k]! : null, numberText: numbered ? String(expect) : null, cells });
    expect++;
    k = m;
  }
  return { rows, next: k };
}

// Private: lines k… repeat the header cells.
function repeatsHeaderAt(text: string, lines: Line[], k: number, headers: readonly string[]): boolean {
  if (k + headers.length > lines.length) return false;
  return headers.every((h, n) => lineText(text, lines[k + n]!).replace(/[\s:：]/g, '') === h);
}

// Private: the rows as table row blocks.
function emit(text: string, rows: FlatRow[], columns: TableColumns, rule: string, blocks: Block[], parent: number): void {
  const numbered = columns.roles[0] === 'NUMBER';
  const cellRoles = numbered ? columns.roles.slice(1) : columns.roles;
  const cellHeaders = numbered ? columns.headers.slice(1) : columns.headers;
  for (const r of rows) {
    const cells: Cell[] = r.cells.map((c, n) => ({ ...c, role: cellRoles[n] ?? 'OTHER', header: cellHeaders[n] ?? '' }));
    const filled = cells.filter((c) => c.end > c.start);
    const start = r.number ? r.number.contentStart : filled[0]!.start;
    const end = filled[filled.length - 1]!.end;
    blocks.push({ kind: 'tableRow', start, end, bodyStart: start, bodyEnd: end, number: r.numberText, level: 0, starred: text.slice(start, end).includes('★'), rule, cells, parent });
  }
}
