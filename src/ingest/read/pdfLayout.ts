import { CanonicalText, foldSpaces } from './CanonicalText.js';
import { keyOf, PdfTable } from './PdfTable.js';
import type { PdfLine, PdfPage, PdfSegment } from './PdfPage.js';
import type { SourceDocument } from './SourceDocument.js';


// Private: a line that is only a page number: `3`, `- 3 -`, `第3页`, `3/12`, `第 3 页 共 12 页`.
const PAGE_NUMBER = /^[-—–\s]*(?:第\s*)?\d+\s*(?:页)?\s*(?:[/／]\s*\d+|共\s*\d+\s*页)?[-—–\s]*$/;
// Private: share of the page height at the top and bottom where running headers and footers sit.
const MARGIN_BAND = 0.12;

/**
 * Distances in font sizes that decide how a PDF's lines join into paragraphs; data, so each
 * threshold is named once.
 */
export const PDF_PARAGRAPH_RULES = {
  // A line starting this far right of the body's left edge is indented (a paragraph's first line).
  indent: 0.8,
  // A line ending within this many characters of the right edge is full: the paragraph goes on
  // (CJK line breaking leaves up to two characters' room when a closing mark may not start a line).
  filled: 2.5,
  // The body's left edge: the leftmost start shared by at least this share of one-segment lines.
  leftShare: 0.04,
  // A document indents its paragraphs when at least this share of its lines start indented;
  // there a line reaching past `nearlyFilled` of the body width goes on into an unindented next
  // line even when a word too long for the line (`4.9%`) left more room than `filled`.
  indentedShare: 0.15,
  nearlyFilled: 0.75,
  // The first page's largest line is the title when it is set at least this much larger than the body.
  titleScale: 1.3,
  // A line of this many column-separated segments is a table row (never a running header).
  tableRowSegments: 3,
} as const;

/**
 * Pages of positioned lines → canonical text and blocks.
 * - Running headers/footers (a line in the top or bottom band whose text, digits aside,
 *   recurs on at least half the pages) and page numbers are dropped.
 * - A line that fills the body width continues on the next line unless that one is indented
 *   (a paragraph's first line is) or set in another font size (a heading) — across a page
 *   break too; CJK lines join without a space.
 * - Lines of two or more column-separated segments start a table (`PdfTable`: rows told apart
 *   by drawn borders, else by the sequence column); it runs on across page breaks.
 */
export function layOutPdf(pages: readonly PdfPage[]): SourceDocument {
  const recurring = runningKeys(pages);
  const body = pages.map((p, i) => dropRunning(p, i, recurring, pages.length));
  const all = body.flat();
  const single = all.filter((l) => l.line.segments.length === 1).map((l) => l.line.segments[0]!);
  const left = bodyLeft(single.map((s) => Math.round(s.x0)));
  const right = Math.max(...single.map((s) => s.x1), 0);
  const isIndented = (s: PdfSegment, size: number): boolean => s.x0 > left + PDF_PARAGRAPH_RULES.indent * size;
  const indents = single.length > 0 && all.filter((l) => l.line.segments.length === 1 && isIndented(l.line.segments[0]!, l.line.size)).length >= PDF_PARAGRAPH_RULES.indentedShare * single.length;
  const out = new CanonicalText();
  let para = '';
  let paraSize = 0;
  let table: PdfTable | null = null;
  let tablePage = 0;
  // The title: the first-page paragraph set in the largest size, when that is clearly larger than the body's.
  const firstPage = all.filter((l) => l.page === 0).map((l) => l.line.size);
  const titleSize = Math.max(0, ...firstPage);
  const bodySize = median(all.map((l) => l.line.size));
  let title: string | null = null;
  const endPara = () => {
    if (title === null && para && paraSize === titleSize && titleSize >= PDF_PARAGRAPH_RULES.titleScale * bodySize && firstPage.length > 0) title = foldSpaces(para);
    out.add('paragraph', para);
    para = '';
  };
  let prevFilled = false;
  const centre = (left + right) / 2;
  let prevCentred = false;
  const paragraphLine = (seg: PdfSegment, size: number): void => {
    const indented = isIndented(seg, size);
    const sameSize = Math.abs(size - paraSize) < 0.5;
    // A centred line set larger than the body (a title wrapped over two lines) goes on into the next centred line of its size.
    const centred = size >= PDF_PARAGRAPH_RULES.titleScale * bodySize && Math.abs((seg.x0 + seg.x1) / 2 - centre) < size;
    if (para && !(sameSize && ((prevFilled && !indented) || (prevCentred && centred)))) endPara();
    prevCentred = centred;
    para += para && /[\w,.;:]$/.test(para) && /^\w/.test(seg.text) ? ` ${seg.text}` : seg.text;
    paraSize = size;
    prevFilled = seg.x1 >= right - PDF_PARAGRAPH_RULES.filled * size || (indents && seg.x1 - left >= PDF_PARAGRAPH_RULES.nearlyFilled * (right - left));
  };
  // A "table" that never got a second row is a line with a wide gap in it (`牵头单位:区经委　配合单位:…`
  // spaced by an ideographic space): a paragraph line, which the next line may continue — unless
  // borders are drawn around it (a ruled table of one row, as a table continued onto a last page is).
  const endTable = (t: PdfTable, page: number): void => {
    if (t.rows.length > 1 || t.isRuled(pages[page]!.rules)) out.table(t.rows);
    else paragraphLine(t.asSegment(), t.firstSize);
  };
  for (const { line, page } of all) {
    const segs = line.segments;
    if (table) {
      if (table.take(line, page, pages[page]!.rules)) continue;
      endTable(table, tablePage);
      table = null;
    }
    if (segs.length >= 2) {
      endPara();
      table = new PdfTable(line, page);
      tablePage = page;
      prevFilled = false;
      continue;
    }
    paragraphLine(segs[0]!, line.size);
  }
  if (table) endTable(table as PdfTable, tablePage);
  endPara();
  const source = out.finish('pdf', null);
  const block = title === null ? undefined : source.blocks.find((b) => b.kind === 'paragraph' && source.text.slice(b.start, b.end) === title);
  if (block) source.title = { text: title!, start: block.start, end: block.end, rule: 'title.pdf-largest-line' };
  return source;
}

// Private: the body's left edge: the leftmost line start that many lines share (a paragraph's
// first line is indented, so the most common start is often the indent, not the edge).
function bodyLeft(starts: readonly number[]): number {
  const count = new Map<number, number>();
  for (const x of starts) count.set(x, (count.get(x) ?? 0) + 1);
  const enough = Math.max(2, PDF_PARAGRAPH_RULES.leftShare * starts.length);
  const shared = [...count].filter(([, n]) => n >= enough).map(([x]) => x);
  return shared.length > 0 ? Math.min(...shared) : starts.length > 0 ? Math.min(...starts) : 0;
}

const inBand = (l: PdfLine, p: PdfPage) => l.y > p.height * (1 - MARGIN_BAND) || l.y < p.height * MARGIN_BAND;
const runningKey = (l: PdfLine) => keyOf(l).replace(/\d+/g, '#');

// Private: how many pages print each header/footer-band line (digits aside: `第 3 页` ≡ `第 4 页`).
function runningKeys(pages: readonly PdfPage[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const p of pages) for (const k of new Set(p.lines.filter((l) => inBand(l, p)).map(runningKey))) count.set(k, (count.get(k) ?? 0) + 1);
  return count;
}

// Private: a page's lines without its running header/footer and page number, tagged with the page.
function dropRunning(page: PdfPage, index: number, recurring: Map<string, number>, pageCount: number): Array<{ line: PdfLine; page: number }> {
  return page.lines
    .filter((l) => {
      if (!inBand(l, page)) return true;
      if (PAGE_NUMBER.test(l.segments.map((s) => s.text).join(' '))) return false;
      // A line of table cells near the top is a table's header repeated on each page, not a running
      // header: the table reader skips the repeats (all their wrapped lines with them).
      if (l.segments.length >= PDF_PARAGRAPH_RULES.tableRowSegments) return true;
      return pageCount < 2 || (recurring.get(runningKey(l)) ?? 0) < Math.max(2, pageCount / 2);
    })
    .map((line) => ({ line, page: index }));
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
