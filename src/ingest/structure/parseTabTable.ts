import type { Block, Cell } from './blocks.js';
import type { Line } from './lines.js';
import { lineText } from './lineShape.js';
import { isPageNumber } from './tableRow.js';
import { columnRole, isTaskTableHeader } from './tableHeaders.js';
import type { ColumnRole } from './tableHeaders.js';
import { INFER_THRESHOLDS } from './inferColumns.js';
import { headerlessColumns } from './headerlessColumns.js';
import type { TableColumns } from './headerlessColumns.js';

// Private: cells of a tab-separated line with original offsets.
function tabCells(text: string, l: Line): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // Leading and trailing tabs are empty cells (a category spanning rows leaves its column
  // empty below its first row), so they count when the line's edges hold only tabs.
  const lineEnd = /^[\t]*$/.test(text.slice(l.contentEnd, l.end)) ? l.end : l.contentEnd;
  let p = /^\t+$/.test(text.slice(l.start, l.contentStart)) ? l.start : l.contentStart;
  for (;;) {
    let t = text.indexOf('\t', p);
    if (t < 0 || t > lineEnd) t = lineEnd;
    let s = p;
    let e = t;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    out.push({ start: s, end: e });
    if (t >= lineEnd) break;
    p = t + 1;
  }
  return out;
}

/**
 * A tab table runs while the next non-empty line has a tab. Its first line is its header when
 * it reads as one; a table without a header (the text starts mid-table, or a page break cut the
 * header off) takes the columns of the document's previous task table when it has as many, or
 * else the columns its cells show (`inferColumns`). Returns the next line index and the
 * columns, when it is a task table, for the tables after it.
 */
export function parseTabTable(text: string, lines: Line[], i: number, blocks: Block[], parent: number, previous: TableColumns | null = null): { next: number; columns: TableColumns | null } {
  const header = tabCells(text, lines[i]!);
  let headerText = header.map((c) => text.slice(c.start, c.end));
  let hasHeader = !/\d/.test(headerText.join('')) || headerText.every((h) => columnRole(h) !== null);
  let roles: ColumnRole[] = headerText.map((h) => (hasHeader ? columnRole(h) ?? 'OTHER' : 'OTHER'));
  let taskTable = hasHeader && isTaskTableHeader(headerText);
  let rule = taskTable ? 'table.tab-task' : 'table.tab';
  // Header-less: no header cell of the first line is a header term of the genre.
  if (!taskTable && headerText.every((h) => h === '' || columnRole(h) === null)) {
    const found = headerlessColumns(headerlessRows(text, lines, i), header.length, previous, 'tab');
    if (found) {
      ({ headers: headerText, roles } = found.columns);
      hasHeader = false;
      taskTable = true;
      rule = found.rule;
    }
  }
  let k = hasHeader ? i + 1 : i;
  const headerKey = headerText.join('\t');
  for (; k < lines.length; k++) {
    const s = lineText(text, lines[k]!);
    // A page number between rows: the table continues on the next page (its header repeated or not).
    if (isPageNumber(text, lines[k]!) && k + 1 < lines.length && lineText(text, lines[k + 1]!).includes('\t')) continue;
    if (!s.includes('\t')) break;
    const cells = tabCells(text, lines[k]!);
    const cellTexts = cells.map((c) => text.slice(c.start, c.end));
    if (hasHeader && cellTexts.join('\t') === headerKey) continue;
    // Another header (the header printed after rows that had none): a table of its own starts there.
    if (taskTable && k > i && isTaskTableHeader(cellTexts)) break;
    const cs: Cell[] = cells.map((c, n) => ({ ...c, role: roles[n] ?? 'OTHER', header: headerText[n] ?? '' }));
    const nonEmpty = cs.filter((c) => c.end > c.start);
    // A row whose number cell is empty continues the numbered row above it (a PDF table wraps
    // long cells onto the next physical row): its pieces join that row's cells.
    const prev = blocks[blocks.length - 1];
    const numAt = roles.indexOf('NUMBER');
    if (taskTable && numAt >= 0 && nonEmpty.length && cs[numAt] && cs[numAt]!.end === cs[numAt]!.start && prev?.kind === 'tableRow' && prev.cells && prev.number && prev.end < cs[0]!.start && prev.cells.length === cs.length) {
      cs.forEach((c, n) => {
        if (c.end === c.start) return;
        const to = prev.cells![n]!;
        const parts = to.parts ?? (to.end > to.start ? [{ start: to.start, end: to.end }] : []);
        parts.push({ start: c.start, end: c.end });
        to.parts = parts;
        to.start = parts[0]!.start;
        to.end = c.end;
      });
      prev.end = prev.bodyEnd = Math.max(prev.end, nonEmpty[nonEmpty.length - 1]!.end);
      continue;
    }
    if (nonEmpty.length) {
      const numCell = cs.find((c) => c.role === 'NUMBER');
      const first = nonEmpty[0]!;
      blocks.push({
        kind: 'tableRow',
        start: first.start,
        end: nonEmpty[nonEmpty.length - 1]!.end,
        bodyStart: first.start,
        bodyEnd: nonEmpty[nonEmpty.length - 1]!.end,
        number: numCell ? text.slice(numCell.start, numCell.end) : null,
        level: 0,
        starred: text.slice(first.start, nonEmpty[nonEmpty.length - 1]!.end).includes('★'),
        rule,
        cells: cs,
        parent,
      });
    }
  }
  return { next: Math.max(k, i + 1), columns: taskTable ? { headers: headerText, roles } : null };
}


// Private: the first rows' cell texts of a header-less tab table from line i (page numbers skipped).
function headerlessRows(text: string, lines: Line[], i: number): string[][] {
  const rows: string[][] = [];
  for (let k = i; k < lines.length && rows.length < INFER_THRESHOLDS.rows; k++) {
    if (isPageNumber(text, lines[k]!)) continue;
    if (!lineText(text, lines[k]!).includes('\t')) break;
    rows.push(tabCells(text, lines[k]!).map((c) => text.slice(c.start, c.end)));
  }
  return rows;
}
