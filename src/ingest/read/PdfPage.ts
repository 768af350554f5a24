import type { PdfRule } from './pdfRules.js';

/* A PDF page as pdfjs gives it, before layout (pdfLayout.ts) and table rebuilding (PdfTable.ts) read it. */

/** A run of glyphs on one line with no column gap inside it; x in PDF units. */
export interface PdfSegment {
  text: string;
  x0: number;
  x1: number;
}

/** A line of a page: baseline y (from the bottom), font size, segments left to right. */
export interface PdfLine {
  y: number;
  size: number;
  segments: PdfSegment[];
}

/** One page: its size, its text lines and its drawn rules. */
export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
  /** Horizontal rules (cell borders) on the page; empty for a page without drawn lines. */
  rules: PdfRule[];
}
