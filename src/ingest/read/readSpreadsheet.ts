import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { messageOf } from '../../errors.js';
import { CanonicalText } from './CanonicalText.js';
import type { RawCell } from './CanonicalText.js';
import { statedTitle } from './statedTitle.js';
import { checkText, decodeText } from './decodeText.js';
import type { ReadResult } from './SourceDocument.js';

/**
 * .xlsx → source with exceljs (maintained, reads merges and every cell's displayed text):
 * every sheet with text is one table named after the sheet, merged ranges are spans.
 */
export async function readXlsx(bytes: Uint8Array): Promise<ReadResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (error) {
    return { ok: false, reason: `not a readable .xlsx (${messageOf(error).split('\n')[0]!.slice(0, 160)})` };
  }
  const out = new CanonicalText();
  wb.eachSheet((ws) => {
    const spans = new Map<string, { rowSpan: number; colSpan: number }>();
    const covered = new Set<string>();
    for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
      const [a, b] = range.split(':');
      const from = ws.getCell(a!);
      const to = ws.getCell(b ?? a!);
      const top = Number(from.row), left = Number(from.col), bottom = Number(to.row), right = Number(to.col);
      spans.set(`${top}:${left}`, { rowSpan: bottom - top + 1, colSpan: right - left + 1 });
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) if (r !== top || c !== left) covered.add(`${r}:${c}`);
    }
    const rows: RawCell[][] = [];
    const width = ws.columnCount;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: RawCell[] = [];
      for (let c = 1; c <= width; c++) {
        if (covered.has(`${r}:${c}`)) continue;
        const span = spans.get(`${r}:${c}`) ?? { rowSpan: 1, colSpan: 1 };
        cells.push({ text: cellText(row.getCell(c)), ...span });
      }
      rows.push(cells);
    }
    out.table(trimColumns(rows), ws.name);
  });
  const source = out.finish('xlsx', null);
  source.title = statedTitle(source, null);
  const checked = checkText(source.text, 'UTF-8');
  return checked.ok ? { ok: true, source } : { ok: false, reason: source.text ? checked.reason : 'empty workbook (no sheet has text)' };
}

function cellText(cell: ExcelJS.Cell): string {
  try {
    return cell.text ?? '';
  } catch {
    return String(cell.value ?? '');
  }
}

// Private: trailing empty cells of each row dropped (a sheet's used range is often wider than its table).
function trimColumns(rows: RawCell[][]): RawCell[][] {
  return rows.map((r) => {
    let n = r.length;
    while (n > 0 && !r[n - 1]!.text.trim() && r[n - 1]!.rowSpan === 1 && r[n - 1]!.colSpan === 1) n--;
    return r.slice(0, n);
  });
}

/** .csv → source: decoded like a text file (Excel saves GBK on Chinese systems), parsed by csv-parse, one table. */
export function readCsv(bytes: Uint8Array): ReadResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  let records: string[][];
  try {
    records = parse(decoded.text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: true, bom: true }) as string[][];
  } catch (error) {
    return { ok: false, reason: `not valid CSV (${messageOf(error).split('\n')[0]!.slice(0, 160)})` };
  }
  const out = new CanonicalText();
  out.table(records.map((r) => r.map((text) => ({ text, rowSpan: 1, colSpan: 1 }))), null);
  const source = out.finish('csv', decoded.encoding);
  const checked = checkText(source.text, decoded.encoding);
  return checked.ok ? { ok: true, source } : checked;
}
