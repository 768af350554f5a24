import path from 'node:path';
import { READ_FORMATS, REFUSED_FORMATS, sniffFormat } from './formats.js';
import { readHtmlBytes } from './readHtml.js';
import { readPlainText } from './readPlainText.js';
import type { ReadResult, SourceFormat } from './SourceDocument.js';

/** The format a file name is read as, or the one-line reason it is refused. */
export function formatOf(fileName: string): { ok: true; format: SourceFormat } | { ok: false; reason: string } {
  const ext = path.extname(fileName).toLowerCase();
  const format = READ_FORMATS[ext];
  if (format) return { ok: true, format };
  const refused = REFUSED_FORMATS[ext];
  if (refused) return { ok: false, reason: refused };
  return { ok: false, reason: `unsupported format ${ext ? `"${ext}"` : '(no file extension)'}: supported are ${Object.keys(READ_FORMATS).join(' ')}` };
}

/**
 * A file's bytes → its source document, by the format its name gives, checked against what
 * its first bytes say (a .doc renamed .docx, a PDF renamed .txt are named for what they are).
 * The Word, spreadsheet and PDF readers are imported on first use: loading exceljs and mammoth
 * took ~0.4 s of every extraction thread (100k-task corpus, profiled), also for a corpus of text files.
 */
export async function readSource(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const f = formatOf(fileName);
  if (!f.ok) return f;
  const sniffed = sniffFormat(bytes);
  const format = f.format;
  if (sniffed === 'ole2') return { ok: false, reason: 'legacy Office/WPS binary file (.doc/.xls/.wps): save it as .docx or .xlsx' };
  if (sniffed === 'image') return { ok: false, reason: 'image file has no text: run OCR first' };
  if (format === 'docx' || format === 'xlsx') {
    if (sniffed !== 'zip') return { ok: false, reason: bytes.length === 0 ? 'empty file' : `not a .${format} file (no Office Open XML zip inside)` };
    return format === 'docx' ? (await import('./readDocx.js')).readDocx(bytes) : (await import('./readSpreadsheet.js')).readXlsx(bytes);
  }
  if (format === 'pdf') return sniffed === 'pdf' ? (await import('./readPdf.js')).readPdf(bytes) : { ok: false, reason: bytes.length === 0 ? 'empty file' : 'not a PDF file (no %PDF header)' };
  if (sniffed === 'pdf') return { ok: false, reason: 'a PDF file with a text extension: rename it to .pdf' };
  if (sniffed === 'zip') return { ok: false, reason: 'a zip file (archive or Office document) with a text extension: rename it to what it is (.docx, .xlsx) or unpack it' };
  if (format === 'html') return readHtmlBytes(bytes);
  if (format === 'csv') return (await import('./readSpreadsheet.js')).readCsv(bytes);
  return readPlainText(bytes, format);
}
