import type { Block } from './blocks.js';
import { headerlessColumns } from './headerlessColumns.js';
import type { TableColumns } from './headerlessColumns.js';
import { INFER_THRESHOLDS, fitsColumn } from './inferColumns.js';
import { isBreak, lineText } from './lineShape.js';
import type { Line } from './lines.js';
import { columnRole, isTaskTableHeader } from './tableHeaders.js';
import type { ColumnRole } from './tableHeaders.js';
import { isPageNumber, joinSpans, repeatsHeader, rowBlock, spanText, trimmed } from './tableRow.js';
import type { Span, TableParse } from './tableRow.js';

// Private: cell separator of a row printed on one line.
const PIPE = /[|｜]/;
// Private: a line saying the table goes on (续表): never the rest of a cell.
const CONTINUATION_MARK = /^(?:续表|续上表|接上表)/;

// Private: the cells of a `a|b|c` line with their spans; a border `|` at either end opens no cell.
function pipeCells(text: string, l: Line): Span[] {
  const out: Span[] = [];
  let p = l.contentStart;
  for (let k = l.contentStart; k <= l.contentEnd; k++) {
    if (k === l.contentEnd || PIPE.test(text[k]!)) {
      out.push(trimmed(text, p, k));
      p = k + 1;
    }
  }
  if (out.length > 1 && PIPE.test(text[l.contentStart]!)) out.shift();
  if (out.length > 1 && PIPE.test(text[l.contentEnd - 1]!)) out.pop();
  return out;
}

/**
 * The row starting at line `k`, of `width` cells: a row with fewer cells goes on into the
 * lines after it (a cell broken over two lines: the last cell of one line and the first of the
 * next are one cell) while that does not give more than `width` cells; with the columns'
 * `roles`, a line without `|` before the next row ends the last cell when the joined cell has
 * that column's shape. Returns its cells and the line after it.
 */
function pipeRow(text: string, lines: Line[], k: number, width: number, roles: readonly ColumnRole[] | null = null): { spans: Span[]; next: number } {
  const spans = pipeCells(text, lines[k]!);
  let m = k + 1;
  const goesOn = (n: number): boolean => n < lines.length && !isPageNumber(text, lines[n]!) && !isBreak(lineText(text, lines[n]!)) && !CONTINUATION_MARK.test(lineText(text, lines[n]!));
  while (spans.length < width && goesOn(m)) {
    const more = pipeCells(text, lines[m]!);
    if (spans.length + more.length - 1 > width) break;
    const joined = joinSpans(spans.pop()!, more.shift()!);
    spans.push(joined, ...more);
    m++;
  }
  // The last cell broken: a line without `|` before the next row, when the joined cell has its column's shape.
  if (roles && spans.length === width && goesOn(m) && !PIPE.test(lineText(text, lines[m]!)) && m + 1 < lines.length && PIPE.test(lineText(text, lines[m + 1]!))) {
    const joined = joinSpans(spans[width - 1]!, trimmed(text, lines[m]!.contentStart, lines[m]!.contentEnd));
    if (fitsColumn(roles[width - 1]!, spanText(text, joined))) {
      spans[width - 1] = joined;
      m++;
    }
  }
  return { spans, next: m };
}

// Private: the columns of a header-less `|` table at line i (see headerlessColumns): its width is
// the most cells a line of its first rows holds (a line a cell broke holds fewer).
function headerless(text: string, lines: Line[], i: number, previous: TableColumns | null): ({ width: number } & NonNullable<ReturnType<typeof headerlessColumns>>) | null {
  let width = 0;
  for (let k = i, n = 0; k < lines.length && n < INFER_THRESHOLDS.rows; k++) {
    if (isPageNumber(text, lines[k]!)) continue;
    if (!PIPE.test(lineText(text, lines[k]!))) break;
    width = Math.max(width, pipeCells(text, lines[k]!).length);
    n++;
  }
  if (width < 3) return null;
  const rows: string[][] = [];
  for (let k = i; k < lines.length && rows.length < INFER_THRESHOLDS.rows; ) {
    if (isPageNumber(text, lines[k]!)) {
      k++;
      continue;
    }
    if (!PIPE.test(lineText(text, lines[k]!))) break;
    const row = pipeRow(text, lines, k, width);
    rows.push(row.spans.map((c) => spanText(text, c)));
    k = row.next;
  }
  const found = headerlessColumns(rows, width, previous, 'pipe-row');
  return found ? { ...found, width } : null;
}

/**
 * A task table printed one row per line with `|` between cells (`序号|工作任务|牵头单位|…`),
 * from its header line at `i`, or a table without its header (the text starts mid-table, or a
 * page break or a running page header cut it off: `1|推进…|区发改委*、区财政局|…`), read by the
 * previous table's columns or its cells' (`headerlessColumns`). Rows run over page numbers and
 * repeated headers; a cell broken over two lines is one cell. Returns the line after the table
 * (`i` when none starts there) and its columns.
 */
export function parsePipeRows(text: string, lines: Line[], i: number, blocks: Block[], parent: number, previous: TableColumns | null = null): TableParse {
  const none: TableParse = { next: i, columns: null };
  const head = pipeCells(text, lines[i]!).map((c) => text.slice(c.start, c.end).replace(/\s/g, ''));
  let columns: TableColumns;
  let rule = 'table.pipe-row';
  let k = i;
  if (head.length >= 3 && isTaskTableHeader(head)) {
    columns = { headers: head, roles: head.map((h) => columnRole(h) ?? 'OTHER') };
    k = i + 1;
  } else {
    // A header row that names other columns (序号|姓名|电话) is no task table, with or without rows.
    if (head.some((h) => h !== '' && columnRole(h) !== null)) return none;
    const found = headerless(text, lines, i, previous);
    if (!found) return none;
    ({ columns, rule } = found);
  }
  const width = columns.headers.length;
  while (k < lines.length) {
    if (isPageNumber(text, lines[k]!)) {
      k++;
      continue;
    }
    if (!PIPE.test(lineText(text, lines[k]!))) break;
    const row = pipeRow(text, lines, k, width, columns.roles);
    if (!repeatsHeader(text, row.spans, columns.headers)) {
      // Another header (the header printed after rows that had none): a table of its own starts there.
      if (isTaskTableHeader(row.spans.map((c) => spanText(text, c).replace(/\s/g, '')))) break;
      const b = rowBlock(text, row.spans, columns.roles, columns.headers, rule, parent);
      if (b) blocks.push(b);
    }
    k = row.next;
  }
  return { next: k, columns };
}
