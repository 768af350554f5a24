import type { Block, Cell } from './blocks.js';
import type { Line } from './lines.js';
import { columnRole, isTaskTableHeader } from './tableHeaders.js';
import type { ColumnRole } from './tableHeaders.js';

/** A span of the original text. */
interface Span {
  start: number;
  end: number;
}

// Private: a line holding only a cell border, as converters print one cell per line.
const BORDER_LINE = /^[|｜]$/;
// Private: a page number a conversion leaves between rows (`- 3 -`, `—3—`, `第3页`): rows go on after it.
const PAGE_NUMBER = /^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4})$/;
// Private: cell separator of a row printed on one line.
const PIPE = /[|｜]/;

/** Line `l` is a page number (read on the raw line: `- 3 -` would lose its `- ` as list decoration). */
export function isPageNumber(text: string, l: Line): boolean {
  return PAGE_NUMBER.test(text.slice(l.start, l.contentEnd).trim());
}

function lineText(text: string, l: Line): string {
  return text.slice(l.contentStart, l.contentEnd);
}

function trimmed(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

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

// Private: one table row block from its cells (roles and headers by column).
function rowBlock(text: string, spans: Span[], roles: ColumnRole[], headers: string[], rule: string, parent: number): Block | null {
  const cells: Cell[] = spans.map((c, n) => ({ ...c, role: roles[n] ?? 'OTHER', header: headers[n] ?? '' }));
  const nonEmpty = cells.filter((c) => c.end > c.start);
  if (!nonEmpty.length) return null;
  const numCell = cells.find((c) => c.role === 'NUMBER');
  const start = nonEmpty[0]!.start;
  const end = nonEmpty[nonEmpty.length - 1]!.end;
  return {
    kind: 'tableRow', start, end, bodyStart: start, bodyEnd: end,
    number: numCell && numCell.end > numCell.start ? text.slice(numCell.start, numCell.end) : null,
    level: 0, starred: text.slice(start, end).includes('★'), rule, cells, parent,
  };
}

// Private: the row repeats the header (a header printed again on each page).
function repeatsHeader(text: string, spans: Span[], headers: string[]): boolean {
  return spans.length === headers.length && spans.every((c, n) => text.slice(c.start, c.end).replace(/\s/g, '') === headers[n]);
}

/**
 * A task table printed one row per line with `|` between cells (`序号|工作任务|牵头单位|…`),
 * from its header line at `i`; rows run over page numbers and repeated headers. Returns the
 * index of the first line after the table, or `i` when line `i` is no task-table header.
 */
export function parsePipeRows(text: string, lines: Line[], i: number, blocks: Block[], parent: number): number {
  const head = pipeCells(text, lines[i]!);
  const headers = head.map((c) => text.slice(c.start, c.end).replace(/\s/g, ''));
  if (headers.length < 3 || !isTaskTableHeader(headers)) return i;
  const roles = headers.map((h) => columnRole(h) ?? 'OTHER');
  let k = i + 1;
  while (k < lines.length) {
    const s = lineText(text, lines[k]!);
    if (isPageNumber(text, lines[k]!)) {
      k++;
      continue;
    }
    if (!PIPE.test(s)) break;
    const spans = pipeCells(text, lines[k]!);
    if (!repeatsHeader(text, spans, headers)) {
      const b = rowBlock(text, spans, roles, headers, 'table.pipe-row', parent);
      if (b) blocks.push(b);
    }
    k++;
  }
  return k;
}

/**
 * A task table printed one cell per line with a line holding only `|` between cells (a cell
 * may span several lines), from its first header cell at line `i`: header cells, then rows of
 * as many cells. A row's last cell runs until the line that opens the next row (the line
 * before a `|` line), a page number, a heading or a header cell. Returns the index of the
 * first line after the table, or `i` when none starts there.
 */
export function parsePipeCells(text: string, lines: Line[], i: number, blocks: Block[], parent: number, isBreak: (s: string) => boolean): number {
  const isBorder = (k: number): boolean => k < lines.length && BORDER_LINE.test(lineText(text, lines[k]!));
  // Header: cell, |, cell, |, …, cell.
  const headers: string[] = [];
  let k = i;
  for (;;) {
    const s = lineText(text, lines[k]!);
    if (columnRole(s) === null) return i;
    headers.push(s.replace(/\s/g, ''));
    if (!isBorder(k + 1)) break;
    k += 2;
    if (k >= lines.length) return i;
  }
  if (headers.length < 3 || !isTaskTableHeader(headers)) return i;
  const roles = headers.map((h) => columnRole(h) ?? 'OTHER');
  k++;
  const stopsRow = (m: number): boolean => {
    const s = lineText(text, lines[m]!);
    return isPageNumber(text, lines[m]!) || isBorder(m + 1) || isBreak(s) || columnRole(s) !== null;
  };
  while (k < lines.length) {
    if (isPageNumber(text, lines[k]!)) {
      k++;
      continue;
    }
    if (!isBorder(k + 1)) break;
    const spans: Span[] = [];
    let m = k;
    for (let col = 0; col < headers.length && m < lines.length; col++) {
      const first = m;
      const last = col === headers.length - 1;
      // A middle cell runs to the next border line; the last to the line that opens the next row.
      while (m + 1 < lines.length && (last ? !stopsRow(m + 1) : !isBorder(m + 1))) m++;
      spans.push(trimmed(text, lines[first]!.contentStart, lines[m]!.contentEnd));
      m++;
      if (!last) {
        if (!isBorder(m)) break;
        m++;
      }
    }
    if (spans.length < 2) break;
    if (!repeatsHeader(text, spans, headers)) {
      const b = rowBlock(text, spans, roles, headers, 'table.pipe-cell', parent);
      if (b) blocks.push(b);
    }
    k = m;
  }
  return k;
}
