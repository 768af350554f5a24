import ExcelJS from 'exceljs';
import type { TableBlock, TextBlock } from './DocBlock.js';
import { fixZipDates } from './fixZipDates.js';
import type { RenderInput } from './RenderInput.js';
import { documentDate } from './renderChoices.js';

/**
 * An Excel workbook as attached to a task notice: one sheet per table of the document, its
 * first row the title merged across the columns, then the header row, then the rows with each
 * category cell merged down its rows. A document without a table (a list, a report) becomes
 * one sheet `正文` with a line per row, as such files are pasted into Excel.
 */
export async function renderXlsx(doc: RenderInput): Promise<Buffer> {
  const date = documentDate(doc.meta.year);
  const wb = new ExcelJS.Workbook();
  wb.creator = doc.meta.issuer;
  wb.created = date;
  wb.modified = date;
  const title = doc.blocks.find((b): b is TextBlock => b.kind === 'text' && b.role === 'title')?.text;
  const tables = doc.blocks.filter((b): b is TableBlock => b.kind === 'table');
  const others = doc.blocks.filter((b): b is TextBlock => b.kind === 'text' && b.role !== 'title' && b.role !== 'category' && b.role !== 'artefact');
  tables.forEach((t, k) => tableSheet(wb.addWorksheet(tables.length === 1 ? '任务分解表' : `任务分解表${k + 1}`), t, t.headerless ? undefined : title));
  if (others.length > 0 || tables.length === 0) {
    const ws = wb.addWorksheet('正文');
    ws.getColumn(1).width = 100;
    for (const b of [...(title && tables.length === 0 ? [{ kind: 'text', role: 'title', text: title } as TextBlock] : []), ...others]) {
      const row = ws.addRow([b.text]);
      row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
      if (b.role === 'title' || b.role === 'heading' || b.role === 'subheading') row.getCell(1).font = { bold: true };
    }
  }
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return fixZipDates(bytes, date);
}

// Private: a table's sheet: title row, header row, rows; category cells merged down their rows.
function tableSheet(ws: ExcelJS.Worksheet, t: TableBlock, title: string | undefined): void {
  const columns = 1 + t.header.length;
  const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
  if (title !== undefined) {
    const row = ws.addRow([title]);
    ws.mergeCells(row.number, 1, row.number, columns);
    row.getCell(1).font = { bold: true, size: 16 };
    row.getCell(1).alignment = { horizontal: 'center' };
  }
  if (!t.headerless) ws.addRow([t.categoryHeader, ...t.header]).font = { bold: true };
  const widths = [18, ...t.header.map((h) => (h === '序号' ? 6 : /任务/.test(h) ? 60 : 22))];
  widths.forEach((w, k) => (ws.getColumn(k + 1).width = w));
  let spanStart = 0;
  t.rows.forEach((r, i) => {
    const first = i === 0 || t.rows[i - 1]!.category !== r.category;
    const row = ws.addRow([first ? r.category : null, ...r.cells]);
    if (first) spanStart = row.number;
    row.eachCell({ includeEmpty: true }, (c) => {
      c.alignment = { wrapText: true, vertical: 'middle' };
      c.border = border;
    });
    const last = t.rows[i + 1]?.category !== r.category;
    if (last && row.number > spanStart) ws.mergeCells(spanStart, 1, row.number, 1);
  });
}
