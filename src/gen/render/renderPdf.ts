import fs from 'node:fs';
import PDFDocument from 'pdfkit';
import type { DocBlock, TableBlock } from './DocBlock.js';
import type { Rendered, RenderInput } from './RenderInput.js';
import { documentDate } from './renderChoices.js';

/** Debian's fonts-noto-cjk (installed by .ci/run), then fonts-wqy-microhei: a CJK font with the glyphs of every generated text. */
export const CJK_FONTS: ReadonlyArray<{ file: string; name: string }> = [
  { file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', name: 'NotoSansCJKsc-Regular' },
  { file: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', name: 'WenQuanYi Micro Hei' },
];

let loaded: { file: string; name: string; bytes: Buffer } | null = null;

/** The first CJK font installed (read once per process), or a one-line error saying which package to install. */
export function cjkFont(): { file: string; name: string; bytes: Buffer } {
  if (loaded) return loaded;
  const font = CJK_FONTS.find((f) => fs.existsSync(f.file));
  if (!font) throw new Error(`PDF rendering needs a CJK font: install Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk); looked for ${CJK_FONTS.map((f) => f.file).join(', ')}`);
  loaded = { ...font, bytes: fs.readFileSync(font.file) };
  return loaded;
}

const MARGIN = { top: 72, bottom: 72, left: 64, right: 64 };
const SIZE = { title: 18, heading: 14, subheading: 12.5, body: 11.5, cell: 10, chrome: 9 };

/**
 * A PDF as a government office exports it from Word: A4, a CJK font embedded (so the text
 * layer holds the characters), the issuer as a running header and `— n —` page numbers on
 * every page, paragraphs wrapped across lines and pages by the layout engine, and a task
 * table drawn as ruled cells whose header row repeats on each page it continues onto, the
 * category cell of a row group repeated at the top of a new page.
 */
export async function renderPdf(doc: RenderInput): Promise<Rendered> {
  const font = cjkFont();
  const date = documentDate(doc.meta.year);
  const pdf = new PDFDocument({
    size: 'A4', margins: MARGIN, bufferPages: true, autoFirstPage: true,
    info: { Title: doc.meta.title, Author: doc.meta.issuer, Creator: 'dutygraph gen', Producer: 'dutygraph gen', CreationDate: date, ModDate: date },
  });
  const output = pdfOutput(pdf);
  pdf.font(font.bytes, font.name);
  for (const b of doc.blocks) drawBlock(pdf, b);
  const pages = pdf.bufferedPageRange().count;
  for (let i = 0; i < pages; i++) drawChrome(pdf, i, doc.meta.issuer);
  pdf.end();
  return { bytes: await output, pages };
}

/**
 * The bytes a PDFKit document writes, resolved once `end()` is called on it. Call it before
 * drawing: the document streams its output as it goes.
 */
export function pdfOutput(pdf: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  return new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

// Private: the space left on the current page below y.
const bottomOf = (pdf: PDFKit.PDFDocument): number => pdf.page.height - MARGIN.bottom;

function drawBlock(pdf: PDFKit.PDFDocument, b: DocBlock): void {
  const width = pdf.page.width - MARGIN.left - MARGIN.right;
  if (b.kind === 'table') {
    drawTable(pdf, b, width);
    return;
  }
  switch (b.role) {
    case 'category':
    case 'artefact':
      return;
    case 'title':
      pdf.fontSize(SIZE.title).text(b.text, MARGIN.left, pdf.y, { width, align: 'center' }).moveDown(0.6);
      return;
    case 'heading':
    case 'subheading': {
      const size = b.role === 'heading' ? SIZE.heading : SIZE.subheading;
      // A heading never ends a page: it moves to the next with its first line of text.
      if (pdf.y + pdf.fontSize(size).heightOfString(b.text, { width }) + 2 * SIZE.body > bottomOf(pdf)) pdf.addPage();
      pdf.text(b.text, MARGIN.left, pdf.y, { width }).moveDown(0.3);
      return;
    }
    default:
      pdf.fontSize(SIZE.body).text(b.text, MARGIN.left, pdf.y, { width, indent: 2 * SIZE.body, lineGap: 3 }).moveDown(0.3);
  }
}

// Private: column widths: 序号 narrow, the task column wide, the rest shared.
function columnWidths(t: TableBlock, width: number): number[] {
  const weights = [2.2, ...t.header.map((h) => (h === '序号' ? 1.1 : /任务/.test(h) ? 5 : 1.8))];
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w * width) / sum);
}

const PAD = 4;

// Private: a ruled table continuing across pages.
function drawTable(pdf: PDFKit.PDFDocument, t: TableBlock, width: number): void {
  const widths = columnWidths(t, width);
  pdf.fontSize(SIZE.cell);
  const heightOf = (cells: string[]): number => Math.max(...cells.map((c, k) => pdf.heightOfString(c || ' ', { width: widths[k]! - 2 * PAD }))) + 2 * PAD;
  const drawRow = (cells: Array<string | null>, y: number, h: number): void => {
    let x = MARGIN.left;
    cells.forEach((c, k) => {
      const w = widths[k]!;
      if (c !== null) {
        pdf.rect(x, y, w, h).lineWidth(0.6).stroke();
        pdf.text(c, x + PAD, y + PAD, { width: w - 2 * PAD, lineBreak: true });
      }
      x += w;
    });
  };
  const headerCells = [t.categoryHeader, ...t.header];
  let y = pdf.y;
  const startHeader = (): void => {
    // A table continued without its header prints none, on this page or the next.
    if (t.headerless) return;
    const h = heightOf(headerCells);
    drawRow(headerCells, y, h);
    y += h;
  };
  if (t.headerless || y + 3 * heightOf(headerCells) > bottomOf(pdf)) {
    pdf.addPage();
    y = MARGIN.top;
  }
  startHeader();
  // The category cell of the rows drawn so far on this page: where it started, its text.
  let span: { y: number; text: string } | null = null;
  const closeSpan = (): void => {
    if (!span) return;
    pdf.rect(MARGIN.left, span.y, widths[0]!, y - span.y).lineWidth(0.6).stroke();
    pdf.text(span.text, MARGIN.left + PAD, span.y + PAD, { width: widths[0]! - 2 * PAD });
    span = null;
  };
  t.rows.forEach((r, i) => {
    const cellsHeight = heightOf(['', ...r.cells]);
    // The first row of a category on a page is at least as tall as the category's text.
    const opening = (open: boolean): number => (open ? Math.max(cellsHeight, heightOf([r.category])) : cellsHeight);
    let opens = span === null || t.rows[i - 1]?.category !== r.category;
    let h = opening(opens);
    if (y + h > bottomOf(pdf)) {
      closeSpan();
      pdf.addPage();
      y = MARGIN.top;
      startHeader();
      opens = true;
      h = opening(true);
    }
    if (opens) {
      closeSpan();
      span = { y, text: r.category };
    }
    drawRow([null, ...r.cells], y, h);
    y += h;
  });
  closeSpan();
  pdf.x = MARGIN.left;
  pdf.y = y + SIZE.body;
}

// Private: the running header (issuer, ruled) and the page number, drawn in the margins.
function drawChrome(pdf: PDFKit.PDFDocument, index: number, issuer: string): void {
  pdf.switchToPage(index);
  const width = pdf.page.width - MARGIN.left - MARGIN.right;
  // Writing inside the bottom margin would make pdfkit start a new page.
  const bottom = pdf.page.margins.bottom;
  pdf.page.margins.bottom = 0;
  pdf.fontSize(SIZE.chrome).text(issuer, MARGIN.left, MARGIN.top - 30, { width, align: 'right', lineBreak: false });
  pdf.moveTo(MARGIN.left, MARGIN.top - 16).lineTo(MARGIN.left + width, MARGIN.top - 16).lineWidth(0.5).stroke();
  pdf.text(`— ${index + 1} —`, MARGIN.left, pdf.page.height - MARGIN.bottom + 24, { width, align: 'center', lineBreak: false });
  pdf.page.margins.bottom = bottom;
}
