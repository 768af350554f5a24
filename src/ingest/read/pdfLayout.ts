import { CanonicalText } from './CanonicalText.js';
import type { RawCell } from './CanonicalText.js';
import type { SourceDocument } from './SourceDocument.js';

/** A run of glyphs on one line with no column gap inside it; x in PDF units. */
export interface PdfSegment {
  text: string;
  x0: number;
  x1: number;
}

/** A line of a page: baseline y (from the bottom), font size, segments left to right. */
export interface PdfLine {
  y: number;
  size: number;
  segments: PdfSegment[];
}

export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

// Private: a line that is only a page number: `3`, `- 3 -`, `第3页`, `3/12`, `第 3 页 共 12 页`.
const PAGE_NUMBER = /^[-—–\s]*(?:第\s*)?\d+\s*(?:页)?\s*(?:[/／]\s*\d+|共\s*\d+\s*页)?[-—–\s]*$/;
// Private: share of the page height at the top and bottom where running headers and footers sit.
const MARGIN_BAND = 0.12;

/**
 * Pages of positioned lines → canonical text and blocks.
 * - Running headers/footers (a line in the top or bottom band whose text, digits aside,
 *   recurs on at least half the pages) and page numbers are dropped.
 * - A line that fills the body width continues on the next line unless that one is indented
 *   (a paragraph's first line is) — across a page break too; CJK lines join without a space.
 * - Lines of two or more column-separated segments start a table; its columns are the header
 *   row's segment starts. A following line whose segments each fit one column is a row, or,
 *   when its first column is empty and it follows closely, the wrapped rest of the row above.
 *   The table runs on across a page break, and a header repeated on the new page is skipped.
 */
export function layOutPdf(pages: readonly PdfPage[]): SourceDocument {
  const recurring = runningKeys(pages);
  const body = pages.map((p, i) => dropRunning(p, i, recurring, pages.length));
  const all = body.flat();
  const left = mode(all.filter((l) => l.line.segments.length === 1).map((l) => Math.round(l.line.segments[0]!.x0)));
  const right = Math.max(...all.filter((l) => l.line.segments.length === 1).map((l) => l.line.segments[0]!.x1), 0);
  const out = new CanonicalText();
  let para = '';
  let table: { columns: number[]; header: string; rows: RawCell[][]; lastY: number; page: number } | null = null;
  const endTable = () => {
    if (table) out.table(table.rows);
    table = null;
  };
  const endPara = () => {
    out.add('paragraph', para);
    para = '';
  };
  let prevFilled = false;
  for (const { line, page } of all) {
    const segs = line.segments;
    const text = segs.map((s) => s.text).join(' ');
    if (table) {
      const t: { columns: number[]; header: string; rows: RawCell[][]; lastY: number; page: number } = table;
      if (page !== t.page && text === t.header) {
        t.page = page;
        t.lastY = line.y;
        continue;
      }
      const cols = fitColumns(segs, t.columns, line.size);
      if (cols) {
        const gap = page === t.page ? t.lastY - line.y : 0;
        const last = t.rows[t.rows.length - 1]!;
        if (cols[0] === undefined && (page !== t.page || gap < 1.6 * line.size)) {
          cols.forEach((s, c) => {
            if (s !== undefined) last[c]!.text += s;
          });
        } else t.rows.push(t.columns.map((_, c) => ({ text: cols[c] ?? '', rowSpan: 1, colSpan: 1 })));
        t.page = page;
        t.lastY = line.y;
        continue;
      }
      endTable();
    }
    if (segs.length >= 2) {
      endPara();
      table = { columns: segs.map((s) => s.x0), header: text, rows: [segs.map((s) => ({ text: s.text, rowSpan: 1, colSpan: 1 }))], lastY: line.y, page };
      prevFilled = false;
      continue;
    }
    const seg = segs[0]!;
    const indented = seg.x0 > left + 0.8 * line.size;
    if (para && !(prevFilled && !indented)) endPara();
    para += para && /[\w,.;:]$/.test(para) && /^\w/.test(seg.text) ? ` ${seg.text}` : seg.text;
    prevFilled = seg.x1 >= right - 1.5 * line.size;
  }
  endTable();
  endPara();
  return out.finish('pdf', null);
}

// Private: the text of each column for a line, or null when a segment crosses a column boundary or starts left of the table.
function fitColumns(segs: readonly PdfSegment[], columns: readonly number[], size: number): Array<string | undefined> | null {
  const out: Array<string | undefined> = [];
  for (const s of segs) {
    let c = -1;
    for (let i = 0; i < columns.length; i++) if (columns[i]! <= s.x0 + 0.5 * size) c = i;
    if (c < 0) return null;
    const next = columns[c + 1];
    if (next !== undefined && s.x1 > next + 0.5 * size) return null;
    out[c] = (out[c] ?? '') + s.text;
  }
  return out;
}

const inBand = (l: PdfLine, p: PdfPage) => l.y > p.height * (1 - MARGIN_BAND) || l.y < p.height * MARGIN_BAND;
const keyOf = (l: PdfLine) => l.segments.map((s) => s.text).join(' ').replace(/\d+/g, '#');

// Private: how many pages print each header/footer-band line (digits aside: `第 3 页` ≡ `第 4 页`).
function runningKeys(pages: readonly PdfPage[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const p of pages) for (const k of new Set(p.lines.filter((l) => inBand(l, p)).map(keyOf))) count.set(k, (count.get(k) ?? 0) + 1);
  return count;
}

// Private: a page's lines without its running header/footer and page number, tagged with the page.
function dropRunning(page: PdfPage, index: number, recurring: Map<string, number>, pageCount: number): Array<{ line: PdfLine; page: number }> {
  return page.lines
    .filter((l) => {
      if (!inBand(l, page)) return true;
      if (PAGE_NUMBER.test(l.segments.map((s) => s.text).join(' '))) return false;
      return pageCount < 2 || (recurring.get(keyOf(l)) ?? 0) < Math.max(2, pageCount / 2);
    })
    .map((line) => ({ line, page: index }));
}

function mode(values: number[]): number {
  const count = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const v of values) {
    const c = (count.get(v) ?? 0) + 1;
    count.set(v, c);
    if (c > bestCount || (c === bestCount && v < best)) [best, bestCount] = [v, c];
  }
  return best;
}
