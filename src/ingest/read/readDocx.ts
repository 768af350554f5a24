import mammoth from 'mammoth';
import { messageOf } from '../../errors.js';
import { readHtml } from './readHtml.js';
import type { ReadResult } from './SourceDocument.js';

// Private: Word's title styles, which mammoth's default map leaves as plain paragraphs, read as the page's first <h1> (the document title).
const TITLE_STYLES = ["p[style-name='Title'] => h1:fresh", "p[style-name='标题'] => h1:fresh"];

/**
 * .docx → source. mammoth (maintained, pure JS) turns the document's OOXML into semantic
 * HTML: heading styles become h1–h6, Word numbering becomes ol/ul, tables keep gridSpan as
 * colspan and vMerge as rowspan; that HTML is then read like any page.
 */
export async function readDocx(bytes: Uint8Array): Promise<ReadResult> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { styleMap: TITLE_STYLES })).value;
  } catch (error) {
    return { ok: false, reason: `not a readable .docx (${firstLine(messageOf(error))})` };
  }
  return readHtml(html, 'docx', null);
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.slice(0, 160);
}
