/**
 * Builds the binary documents of the held-out realistic set (test/fixtures/realistic/) from
 * their small source descriptions (`sources/*.json`): a list of headings, paragraphs and
 * tables whose cells may span rows and columns, written as Word (vMerge/gridSpan), Excel
 * (merged ranges) or PDF (ruled cells) the way an office program saves them. The text and
 * the spans are the document's; nothing here comes from the generator (src/gen).
 */
import fs from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { cjkFont, pdfOutput } from '../../src/gen/render/renderPdf.js';
import { DutyGraphError, ErrorCode } from '../../src/errors.js';

/** A cell as described: its text (`\n` = a line break inside the cell), and its spans. */
export type SpecCell = string | { t: string; rs?: number; cs?: number };

/** One block of a source description. Covered grid positions of a span have no entry (as in HTML). */
export type SpecBlock = { h: string; level: number } | { p: string } | { table: SpecCell[][]; sheet?: string };

export interface SourceSpec {
  sheet?: string;
  blocks: SpecBlock[];
}

interface Cell { text: string; rowSpan: number; colSpan: number }

const cellOf = (c: SpecCell): Cell => (typeof c === 'string' ? { text: c, rowSpan: 1, colSpan: 1 } : { text: c.t, rowSpan: c.rs ?? 1, colSpan: c.cs ?? 1 });

/** Reads a source description, failing in one line naming the file. */
export function readSpec(file: string): SourceSpec {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DutyGraphError(ErrorCode.BadInput, `${file}: ${error instanceof SyntaxError ? 'not valid JSON' : String(error)}`);
  }
  if (typeof json !== 'object' || json === null || !Array.isArray((json as SourceSpec).blocks)) throw new DutyGraphError(ErrorCode.BadInput, `${file}: needs a "blocks" list`);
  return json as SourceSpec;
}

/** The bytes of the document in `format` (docx, xlsx, pdf). */
export async function buildDocument(spec: SourceSpec, format: string): Promise<Buffer> {
  if (format === 'docx') return buildDocx(spec);
  if (format === 'xlsx') return buildXlsx(spec);
  if (format === 'pdf') return buildPdf(spec);
  throw new DutyGraphError(ErrorCode.BadInput, `cannot build a .${format} document (docx, xlsx, pdf)`);
}

async function buildDocx(spec: SourceSpec): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [];
  for (const b of spec.blocks) {
    if ('h' in b) children.push(new Paragraph({ text: b.h, heading: b.level <= 1 ? HeadingLevel.TITLE : HeadingLevel.HEADING_1, alignment: b.level <= 1 ? AlignmentType.CENTER : AlignmentType.LEFT }));
    else if ('p' in b) children.push(new Paragraph({ text: b.p, indent: { firstLine: 640 } }));
    else {
      const rows = b.table.map((r) => new TableRow({
        children: r.map(cellOf).map((c) => new TableCell({
          rowSpan: c.rowSpan, columnSpan: c.colSpan, verticalAlign: VerticalAlign.CENTER,
          // A line break inside a cell is a new paragraph, as Word stores Enter in a cell.
          children: c.text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, size: 21 })] })),
        })),
      }));
      children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }));
    }
  }
  const doc = new Document({ styles: { default: { document: { run: { font: { eastAsia: '仿宋_GB2312', ascii: 'SimSun', hAnsi: 'SimSun' }, size: 28 } } } }, sections: [{ children }] });
  return Packer.toBuffer(doc);
}

async function buildXlsx(spec: SourceSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  let ws: ExcelJS.Worksheet | null = null;
  let row = 1;
  for (const b of spec.blocks) {
    // A table naming its sheet starts that sheet (a workbook of several sheets).
    if ('table' in b && b.sheet !== undefined) {
      ws = wb.addWorksheet(b.sheet);
      row = 1;
    }
    ws ??= wb.addWorksheet(spec.sheet ?? 'Sheet1');
    if ('h' in b || 'p' in b) {
      ws.getCell(row, 1).value = 'h' in b ? b.h : b.p;
      row++;
      continue;
    }
    // Grid positions already covered by a span from a row above.
    const covered = new Set<string>();
    for (const r of b.table) {
      let col = 1;
      for (const c of r.map(cellOf)) {
        while (covered.has(`${row}:${col}`)) col++;
        const cell = ws.getCell(row, col);
        cell.value = c.text;
        cell.alignment = { wrapText: true, vertical: 'middle' };
        if (c.rowSpan > 1 || c.colSpan > 1) {
          ws.mergeCells(row, col, row + c.rowSpan - 1, col + c.colSpan - 1);
          for (let y = row; y < row + c.rowSpan; y++) for (let x = col; x < col + c.colSpan; x++) covered.add(`${y}:${x}`);
        }
        col += c.colSpan;
      }
      row++;
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function buildPdf(spec: SourceSpec): Promise<Buffer> {
  const font = cjkFont();
  const margin = 64;
  const pdf = new PDFDocument({ size: 'A4', margin, info: { Title: '', Creator: 'Microsoft Word' } });
  const output = pdfOutput(pdf);
  pdf.font(font.bytes, font.name);
  const width = pdf.page.width - 2 * margin;
  for (const b of spec.blocks) {
    if ('h' in b) pdf.fontSize(b.level <= 1 ? 18 : 14).text(b.h, margin, pdf.y, { width, align: b.level <= 1 ? 'center' : 'left' }).moveDown(0.5);
    else if ('p' in b) pdf.fontSize(11.5).text(b.p, margin, pdf.y, { width, indent: 23, lineGap: 3 }).moveDown(0.3);
    else drawGrid(pdf, b.table.map((r) => r.map(cellOf)), width, margin);
  }
  pdf.end();
  return output;
}

// Private: a ruled table of single cells (spans are not drawn in PDF sources), the task column wide.
function drawGrid(pdf: PDFKit.PDFDocument, rows: Cell[][], width: number, margin: number): void {
  if (rows.some((r) => r.some((c) => c.rowSpan > 1 || c.colSpan > 1))) throw new DutyGraphError(ErrorCode.BadInput, 'a PDF source table cannot span cells');
  const n = Math.max(...rows.map((r) => r.length));
  const weights = Array.from({ length: n }, (_, k) => (k === 0 ? 1 : k === 1 ? 5 : 2.2));
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => (w * width) / sum);
  const pad = 4;
  pdf.fontSize(10);
  let y = pdf.y + 6;
  for (const r of rows) {
    const h = Math.max(...r.map((c, k) => pdf.heightOfString(c.text || ' ', { width: widths[k]! - 2 * pad }))) + 2 * pad;
    let x = margin;
    r.forEach((c, k) => {
      pdf.rect(x, y, widths[k]!, h).lineWidth(0.6).stroke();
      pdf.text(c.text, x + pad, y + pad, { width: widths[k]! - 2 * pad });
      x += widths[k]!;
    });
    y += h;
  }
  pdf.x = margin;
  pdf.y = y + 12;
}

/** One manifest entry of the realistic set. */
export interface RealisticEntry {
  file: string;
  layout: string;
  format: string;
  province: string;
  /** 1: scored before the fixes it led to; 2: written after them, scored before any fix of its own. */
  batch: number;
  source?: string;
}

/**
 * The realistic set laid out in `outDir` as `eval --corpus` reads it: docs/ (text and HTML
 * files copied, binary ones built from their sources, the manifest) and gold/.
 */
export async function buildRealisticCorpus(fixtureDir: string, outDir: string): Promise<RealisticEntry[]> {
  const manifest = JSON.parse(fs.readFileSync(path.join(fixtureDir, 'manifest.json'), 'utf8')) as { documents: RealisticEntry[] };
  const docs = path.join(outDir, 'docs');
  fs.mkdirSync(docs, { recursive: true });
  fs.cpSync(path.join(fixtureDir, 'gold'), path.join(outDir, 'gold'), { recursive: true });
  fs.copyFileSync(path.join(fixtureDir, 'manifest.json'), path.join(docs, 'manifest.json'));
  for (const d of manifest.documents) {
    const target = path.join(docs, d.file);
    if (d.source) fs.writeFileSync(target, await buildDocument(readSpec(path.join(fixtureDir, d.source)), d.format));
    else fs.copyFileSync(path.join(fixtureDir, 'docs', d.file), target);
  }
  return manifest.documents;
}
