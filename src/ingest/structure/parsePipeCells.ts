import type { Block } from './blocks.js';
import { headerlessColumns } from './headerlessColumns.js';
import type { TableColumns } from './headerlessColumns.js';
import { INFER_THRESHOLDS } from './inferColumns.js';
import { isBreak, lineText } from './lineShape.js';
import type { Line } from './lines.js';
import { columnRole, isTaskTableHeader } from './tableHeaders.js';
import { isPageNumber, joinSpans, repeatsHeader, rowBlock, spanText, trimmed } from './tableRow.js';
import type { Span, TableParse } from './tableRow.js';

// Private: a line holding only a cell border, as converters print one cell per line.
const BORDER_LINE = /^[|｜]$/;
// Private: a row number cell: a header-less table's first row ends where the next number opens a row.
const ROW_NUMBER = /^\d{1,3}$/;
// Private: no task table is wider: a header-less first row that has not ended by then is no row (bounds the work per line).
const MAX_COLUMNS = 30;

/** Reads rows of one table printed one cell per line with border lines between cells. */
class CellRows {
  constructor(private readonly text: string, private readonly lines: Line[]) {}

  isBorder(k: number): boolean {
    return k < this.lines.length && BORDER_LINE.test(lineText(this.text, this.lines[k]!));
  }

  // A line no cell runs into: a page number or footer, a numbered heading.
  private stops(k: number): boolean {
    return isPageNumber(this.text, this.lines[k]!) || isBreak(lineText(this.text, this.lines[k]!));
  }

  // A line the last cell of a row ends before: it opens the next row (a border line follows it), or is a header cell or stops.
  private endsRow(k: number): boolean {
    return this.stops(k) || this.isBorder(k + 1) || columnRole(lineText(this.text, this.lines[k]!)) !== null;
  }

  // Lines first..last as one cell (its lines joined where it spans several).
  private cell(first: number, last: number): Span {
    let span = trimmed(this.text, this.lines[first]!.contentStart, this.lines[first]!.contentEnd);
    for (let k = first + 1; k <= last; k++) span = joinSpans(span, trimmed(this.text, this.lines[k]!.contentStart, this.lines[k]!.contentEnd));
    return span;
  }

  /**
   * The row whose first cell is line `k`: cells up to the next border line each (a border line
   * where a cell would start is an empty cell); with `width`, the last cell runs to the line
   * that opens the next row or stops. Without it (a header-less table's first row) the row ends
   * where a line holding `expect`, the next row number, and followed by a border line opens the
   * next row. Returns the cells and the line after the row.
   */
  row(k: number, width: number | null, expect: string | null = null): { spans: Span[]; next: number } {
    const spans: Span[] = [];
    let m = k;
    while (m < this.lines.length && spans.length < (width ?? MAX_COLUMNS + 1)) {
      if (width !== null && spans.length === width - 1) {
        // The last cell: empty when its first line already opens the next row.
        if (this.stops(m) || this.isBorder(m + 1)) return { spans: [...spans, { start: this.lines[m]!.contentStart, end: this.lines[m]!.contentStart }], next: m };
        let last = m;
        while (last + 1 < this.lines.length && !this.endsRow(last + 1)) last++;
        return { spans: [...spans, this.cell(m, last)], next: last + 1 };
      }
      if (this.isBorder(m)) {
        spans.push({ start: this.lines[m]!.contentStart, end: this.lines[m]!.contentStart });
        m++;
        continue;
      }
      if (this.stops(m)) break;
      // Without a width: the next row's number opens a row here, after an empty last cell.
      if (width === null && expect !== null && spans.length >= 2 && this.isBorder(m + 1) && lineText(this.text, this.lines[m]!) === expect) {
        return { spans: [...spans, { start: this.lines[m]!.contentStart, end: this.lines[m]!.contentStart }], next: m };
      }
      let last = m;
      while (last + 1 < this.lines.length && !this.isBorder(last + 1) && !this.stops(last + 1)) last++;
      // Without a width: the cell's last line is the next row's number cell (a border follows it).
      if (width === null && expect !== null && last > m && this.isBorder(last + 1) && lineText(this.text, this.lines[last]!) === expect) {
        spans.push(this.cell(m, last - 1));
        return { spans, next: last };
      }
      spans.push(this.cell(m, last));
      m = last + 1;
      if (!this.isBorder(m)) return { spans, next: m };
      m++;
    }
    return { spans, next: m };
  }
}

/**
 * A task table printed one cell per line with a line holding only `|` between cells (a cell
 * may span several lines, an empty cell leaves two border lines together), from line `i`: its
 * header cells then rows of as many cells, or rows without a header (the text starts
 * mid-table, or a page break or running page header cut it off), read by the previous table's
 * columns or its cells' (`headerlessColumns`; a header-less table's first row must start with
 * its number to show where the row ends). Rows run over page numbers and repeated headers.
 * Returns the line after the table (`i` when none starts there) and its columns.
 */
export function parsePipeCells(text: string, lines: Line[], i: number, blocks: Block[], parent: number, previous: TableColumns | null = null): TableParse {
  const none: TableParse = { next: i, columns: null };
  const reader = new CellRows(text, lines);
  let columns: TableColumns | null = null;
  let rule = 'table.pipe-cell';
  let k = i;
  if (columnRole(lineText(text, lines[i]!)) !== null) {
    // Header: cell, |, cell, |, …, cell (each a header term).
    const headers: string[] = [];
    for (;;) {
      const s = lineText(text, lines[k]!);
      if (columnRole(s) === null) return none;
      headers.push(s.replace(/\s/g, ''));
      if (!reader.isBorder(k + 1)) break;
      k += 2;
      if (k >= lines.length) return none;
    }
    if (headers.length < 3 || !isTaskTableHeader(headers)) return none;
    columns = { headers, roles: headers.map((h) => columnRole(h) ?? 'OTHER') };
    k++;
  } else {
    const first = lineText(text, lines[i]!);
    const width = ROW_NUMBER.test(first) ? reader.row(i, null, String(Number(first) + 1)).spans.length : previous?.roles.length ?? 0;
    if (width < 3 || width > MAX_COLUMNS) return none;
    const sample = readRows(text, lines, reader, i, width, INFER_THRESHOLDS.rows, null).rows;
    const found = headerlessColumns(sample.map((r) => r.map((c) => spanText(text, c))), width, previous, 'pipe-cell');
    if (!found) return none;
    ({ columns, rule } = found);
  }
  const read = readRows(text, lines, reader, k, columns.headers.length, Infinity, columns.headers);
  for (const spans of read.rows) {
    if (repeatsHeader(text, spans, columns.headers)) continue;
    const b = rowBlock(text, spans, columns.roles, columns.headers, rule, parent);
    if (b) blocks.push(b);
  }
  return { next: read.next, columns };
}

// Private: up to `max` rows of `width` cells from line k, over page numbers between rows (up to a header other than `headers`), and the line after them.
function readRows(text: string, lines: Line[], reader: CellRows, k: number, width: number, max: number, headers: readonly string[] | null): { rows: Span[][]; next: number } {
  const rows: Span[][] = [];
  while (k < lines.length && rows.length < max) {
    if (isPageNumber(text, lines[k]!)) {
      k++;
      continue;
    }
    // A row opens with a cell a border line follows.
    if (!reader.isBorder(k + 1)) break;
    const row = reader.row(k, width);
    if (row.spans.length < 2) break;
    // Another header (the header printed after rows that had none): a table of its own starts there.
    const cells = row.spans.map((c) => spanText(text, c).replace(/\s/g, ''));
    if (isTaskTableHeader(cells) && (headers === null || cells.join('\t') !== headers.join('\t'))) break;
    rows.push(row.spans);
    k = row.next;
  }
  return { rows, next: k };
}
