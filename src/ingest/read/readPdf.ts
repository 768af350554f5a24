import { createRequire } from 'node:module';
import path from 'node:path';
import { messageOf } from '../../errors.js';
import { layOutPdf } from './pdfLayout.js';
import type { PdfLine, PdfPage, PdfSegment } from './PdfPage.js';
import { horizontalRules } from './pdfRules.js';
import type { ReadResult } from './SourceDocument.js';

// Private: pdfjs-dist's own files (CJK character maps, standard fonts), found beside its package.
const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

interface PdfItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/**
 * .pdf → source with pdfjs-dist (Mozilla's PDF engine; maintained, pure JS, reads CID fonts
 * through its character maps): glyph runs with their positions become lines, and
 * `layOutPdf` rebuilds paragraphs and tables from those positions. A PDF without a text
 * layer (a scan) is refused.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadResult> {
  const pages = await readPdfPages(bytes);
  if (!Array.isArray(pages)) return pages;
  const glyphs = pages.reduce((n, p) => n + p.lines.reduce((m, l) => m + l.segments.reduce((k, s) => k + s.text.trim().length, 0), 0), 0);
  if (glyphs === 0) return { ok: false, reason: 'scanned PDF without a text layer: run OCR first (or export it from the original with text)' };
  return { ok: true, source: layOutPdf(pages) };
}

/** A PDF's pages as positioned lines and horizontal rules (what `layOutPdf` reads), or the reason it cannot be read. */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[] | { ok: false; reason: string }> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pages: PdfPage[];
  try {
    const task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: path.join(PDFJS_DIR, 'cmaps') + path.sep,
      cMapPacked: true,
      standardFontDataUrl: path.join(PDFJS_DIR, 'standard_fonts') + path.sep,
      useSystemFonts: false,
      disableFontFace: true,
      isEvalSupported: false,
      verbosity: pdfjs.VerbosityLevel.ERRORS,
    });
    const doc = await task.promise;
    pages = [];
    try {
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        const view = page.view;
        const content = await page.getTextContent();
        const ops = await page.getOperatorList();
        pages.push({
          height: view[3]! - view[1]!,
          width: view[2]! - view[0]!,
          lines: linesOf(content.items.filter((i) => 'str' in i) as PdfItem[]),
          rules: horizontalRules(ops.fnArray, ops.argsArray, pdfjs.OPS),
        });
        page.cleanup();
      }
    } finally {
      await doc.destroy();
    }
  } catch (error) {
    const m = messageOf(error);
    if (/password/i.test(m)) return { ok: false, reason: 'encrypted PDF: save it without a password' };
    return { ok: false, reason: `not a readable PDF (${m.split('\n')[0]!.slice(0, 160)})` };
  }
  return pages;
}

// Private: glyph runs grouped into lines by baseline, then into segments where the gap is a column gap.
function linesOf(items: PdfItem[]): PdfLine[] {
  const runs = items
    .filter((i) => i.str.length > 0)
    .map((i) => ({ text: i.str, x: i.transform[4]!, y: i.transform[5]!, w: i.width, size: Math.abs(i.transform[3]!) || i.height || 10 }));
  runs.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Array<typeof runs> = [];
  for (const r of runs) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last[0]!.y - r.y) < 0.5 * Math.max(r.size, last[0]!.size)) last.push(r);
    else lines.push([r]);
  }
  return lines.map((line) => {
    line.sort((a, b) => a.x - b.x);
    const size = Math.max(...line.map((r) => r.size));
    const segments: PdfSegment[] = [];
    for (const r of line) {
      if (!r.text.trim()) continue;
      const seg = segments[segments.length - 1];
      const gap = seg ? r.x - seg.x1 : Infinity;
      // Wider than half a character: a column gap (the padding between two table cells); glyphs
      // of one run touch, and a word space is a quarter of the font size.
      if (seg && gap < 0.5 * size) {
        seg.text += gap > 0.2 * size && /[\w.,:;%)]$/.test(seg.text) && /^[\w(]/.test(r.text) ? ` ${r.text}` : r.text;
        seg.x1 = Math.max(seg.x1, r.x + r.w);
      } else segments.push({ text: r.text, x0: r.x, x1: r.x + r.w });
    }
    for (const s of segments) s.text = s.text.trim();
    return { y: line[0]!.y, size, segments };
  }).filter((l) => l.segments.length > 0);
}
