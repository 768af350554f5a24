import mammoth from 'mammoth';
import { messageOf } from '../../errors.js';
import { readHtml } from './readHtml.js';
import type { ReadResult } from './SourceDocument.js';

/**
 * .docx → source. mammoth (maintained, pure JS) turns the document's OOXML into semantic
 * HTML: heading styles become h1–h6, Word numbering becomes ol/ul, tables keep gridSpan as
 * colspan and vMerge as rowspan; that HTML is then read like any page.
 */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (error) {
    return { ok: false, reason: `not a readable .docx (${firstLine(messageOf(error))})` };
  }
  return readHtml(html, 'docx', null);
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.slice(0, 160);
}
