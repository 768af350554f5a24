import ExcelJS from 'exceljs';
import { DomUtils, parseDocument } from 'htmlparser2';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../src/gen/index.js';
import type { GenDocument, Layout } from '../../src/gen/index.js';
import { OUTPUT_FORMATS, formatFile, parseFormats } from '../../src/gen/render/formats.js';
import { usesListNumbering } from '../../src/gen/render/renderChoices.js';
import { renderDocument } from '../../src/gen/render/renderDocument.js';
import { corpus } from './helpers.js';

// One generated document of every layout (the first of each), the table one long enough to span pages.
const docs = new Map<Layout, GenDocument>();
for (const d of corpus({ tasks: 1500, seed: 3 }).docs) if (!docs.has(d.meta.layout)) docs.set(d.meta.layout, d);
const cases = LAYOUTS.map((layout) => [layout, docs.get(layout)!] as const);

// Private: whitespace removed (wrapping and cells split text anywhere).
const squash = (s: string): string => s.replace(/\s+/g, '');
// Private: the layouts other formats print as a table.
const TABLE_LAYOUTS: ReadonlySet<string> = new Set(['flat-table', 'column-table']);

// Private: every task's text (the answer key's first 20 characters) and every unit it prints are in `text`.
function expectAllTasks(doc: GenDocument, text: string): void {
  const flat = squash(text);
  const missing = doc.truth.tasks.filter((t) => !flat.includes(squash(t.text_start)) || t.units.some((u) => !flat.includes(squash(u))));
  expect(missing.map((t) => t.text_start)).toEqual([]);
  expect(doc.truth.tasks.length).toBeGreaterThan(0);
}

describe('renderers: each file is a valid file of its format and holds every task', () => {
  it('a corpus of 1500 tasks has a document of every layout', () => {
    expect(cases.every(([, d]) => d !== undefined)).toBe(true);
  });

  it.each(cases)('%s: GB18030 and UTF-16 decode (with the platform\'s TextDecoder) to the .txt rendering', async (_layout, doc) => {
    const gb = (await renderDocument(doc, 'txt-gb18030')).bytes;
    const u16 = (await renderDocument(doc, 'txt-utf16')).bytes;
    expect(new TextDecoder('gb18030').decode(gb)).toBe(doc.text);
    expect([...u16.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(new TextDecoder('utf-16le').decode(u16)).toBe(doc.text);
    expect(gb.equals(Buffer.from(doc.text, 'utf8'))).toBe(false);
  });

  it.each(cases)('%s: HTML parses (htmlparser2); the content holds every task, tables with rowspan', async (layout, doc) => {
    const html = (await renderDocument(doc, 'html')).bytes.toString('utf8');
    const dom = parseDocument(html);
    const content = DomUtils.findOne((e) => e.attribs.class === 'content', dom.children)!;
    expect(content).toBeTruthy();
    expect(DomUtils.findAll((e) => e.name === 'ul' && e.attribs.class === 'nav', dom.children)).toHaveLength(1);
    expectAllTasks(doc, DomUtils.textContent(content));
    const rows = DomUtils.findAll((e) => e.name === 'tr', content.children);
    if (TABLE_LAYOUTS.has(layout)) {
      const spans = DomUtils.findAll((e) => e.name === 'td' && e.attribs.rowspan !== undefined, content.children);
      expect(spans.length).toBeGreaterThan(0);
      // Every row is a task (plus a header row for each table printing one: a section after rows
      // that went on without their header starts a table of its own); spans sum to the rows they cover.
      const headed = doc.blocks.filter((b) => b.kind === 'table' && !b.headerless).length;
      expect(headed).toBeGreaterThan(0);
      expect(rows.length).toBe(doc.truth.tasks.length + headed);
      expect(spans.reduce((n, e) => n + Number(e.attribs.rowspan), 0)).toBeLessThanOrEqual(doc.truth.tasks.length);
    } else {
      expect(rows).toHaveLength(0);
      expect(DomUtils.findAll((e) => e.name === 'p', content.children).length).toBeGreaterThan(0);
    }
  });

  it.each(cases)('%s: DOCX opens (mammoth) and holds every task; tables merge category cells; Word numbering where chosen', async (layout, doc) => {
    const bytes = (await renderDocument(doc, 'docx')).bytes;
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expectAllTasks(doc, value);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml.includes('<w:tbl>')).toBe(TABLE_LAYOUTS.has(layout));
    if (TABLE_LAYOUTS.has(layout)) expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    const list = ['duty-paren', 'lead-bracket', 'lead-line'].includes(layout);
    expect(xml.includes('<w:numPr>')).toBe(list && usesListNumbering(doc.file));
    const { value: html } = await mammoth.convertToHtml({ buffer: bytes });
    if (TABLE_LAYOUTS.has(layout)) expect(html).toMatch(/rowspan="\d+"/);
  });

  it.each(cases)('%s: XLSX opens (exceljs) and holds every task; a table sheet has a title row and merged category cells', async (layout, doc) => {
    const bytes = (await renderDocument(doc, 'xlsx')).bytes;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const texts: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => texts.push(String(c.value ?? '')))));
    expectAllTasks(doc, texts.join('\n'));
    if (TABLE_LAYOUTS.has(layout)) {
      // One sheet per table; a table continued without its header has neither title nor header row.
      const tables = doc.blocks.filter((b) => b.kind === 'table');
      const sheets = wb.worksheets.filter((w) => w.name.startsWith('任务分解表'));
      expect(sheets).toHaveLength(tables.length);
      // The first table printing its header (a text starting mid-table prints none above its first rows).
      const ws = sheets[tables.findIndex((t) => t.kind === 'table' && !t.headerless)]!;
      expect(ws.getCell('A1').value).toBe(doc.meta.title);
      expect(ws.getCell('A1').isMerged).toBe(true);
      expect(ws.getRow(2).getCell(1).value).toBe('类别');
      const merges = sheets.flatMap((w) => (w.model as unknown as { merges: string[] }).merges);
      expect(merges.filter((m) => /^A\d+:A\d+$/.test(m)).length).toBeGreaterThan(0);
      const headed = tables.filter((t) => t.kind === 'table' && !t.headerless).length;
      expect(sheets.reduce((n, w) => n + w.rowCount, 0)).toBe(2 * headed + doc.truth.tasks.length);
    } else expect(wb.getWorksheet('正文')).toBeTruthy();
  });

  it.each(cases)('%s: PDF opens (pdfjs-dist) with a text layer holding every task, a running header and page numbers', async (layout, doc) => {
    const { bytes, pages } = await renderDocument(doc, 'pdf');
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
    expect(pdf.numPages).toBe(pages);
    let all = '';
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const items = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : ''));
      // The page's chrome is drawn last: the issuer, then the page number.
      const header = items.lastIndexOf(doc.meta.issuer);
      const number = items.lastIndexOf(`— ${n} —`);
      expect(header).toBeGreaterThanOrEqual(0);
      expect(number).toBeGreaterThan(header);
      // Without it, pages join into the document's text.
      all += items.filter((_, k) => k !== header && k !== number).join('');
    }
    await pdf.destroy();
    expectAllTasks(doc, all);
    if (TABLE_LAYOUTS.has(layout)) {
      expect(pages).toBeGreaterThan(1);
      // The table's header row is repeated on every page it continues onto — unless the table
      // continues without its header (column-table's continued tables), where each headed table prints it.
      const tables = doc.blocks.filter((b) => b.kind === 'table');
      const table = tables[0];
      const taskHeader = table?.kind === 'table' ? table.header[1]! : '工作任务';
      const continued = tables.some((t) => t.kind === 'table' && t.headerless);
      expect(all.split(taskHeader).length - 1).toBeGreaterThanOrEqual(continued ? tables.filter((t) => t.kind === 'table' && !t.headerless).length : pages!);
    }
  }, 60_000);

  it('every format is byte-deterministic for a document (creation dates fixed)', async () => {
    const doc = docs.get('flat-table')!;
    for (const f of OUTPUT_FORMATS) {
      const a = (await renderDocument(doc, f)).bytes;
      const b = (await renderDocument(doc, f)).bytes;
      expect(a.equals(b), f).toBe(true);
    }
  }, 60_000);

  it('file names and --formats parsing', () => {
    expect(formatFile('r007_2021_00.txt', 'docx')).toBe('r007_2021_00.docx');
    expect(formatFile('r007_2021_00.txt', 'txt-gb18030')).toBe('r007_2021_00.gb18030.txt');
    expect(parseFormats('pdf, txt,html')).toEqual(['txt', 'html', 'pdf']);
    expect(() => parseFormats('txt,rtf')).toThrow(/unknown format "rtf"/);
  });
});
