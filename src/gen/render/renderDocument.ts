import type { OutputFormat } from './formats.js';
import type { Rendered, RenderInput } from './RenderInput.js';
import { renderDocx } from './renderDocx.js';
import { renderEncodedText } from './renderEncodedText.js';
import { renderHtml } from './renderHtml.js';
import { renderPdf } from './renderPdf.js';
import { renderXlsx } from './renderXlsx.js';

/** A generated document rendered in one format (the same content; `txt` is the reference). */
export async function renderDocument(doc: RenderInput, format: OutputFormat): Promise<Rendered> {
  switch (format) {
    case 'txt':
      return { bytes: Buffer.from(doc.text, 'utf8') };
    case 'txt-gb18030':
      return { bytes: renderEncodedText(doc.text, 'gb18030') };
    case 'txt-utf16':
      return { bytes: renderEncodedText(doc.text, 'utf16le') };
    case 'html':
      return { bytes: Buffer.from(renderHtml(doc), 'utf8') };
    case 'docx':
      return { bytes: await renderDocx(doc) };
    case 'xlsx':
      return { bytes: await renderXlsx(doc) };
    case 'pdf':
      return renderPdf(doc);
  }
}
