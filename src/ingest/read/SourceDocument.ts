import type { StatedTitle } from '../../model/records.js';

/**
 * What the read stage makes of any file: the canonical text (the one string every
 * evidence offset points into: UTF-16 code units, decoded, BOM dropped, markup removed)
 * and the blocks it was built from, in reading order, each with its span in that text.
 */

/** Formats the read stage understands. */
export type SourceFormat = 'txt' | 'md' | 'html' | 'docx' | 'xlsx' | 'csv' | 'pdf';

/** A span of the canonical text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** One cell of a table, at its top-left grid position; covered positions have no cell of their own. */
export interface SourceCell extends Span {
  /** The cell's text exactly as it stands in the canonical text at `start..end`. */
  text: string;
  /** 0-based grid row and column of the cell's top-left corner. */
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  /** A position covered by a cell merged down from a row above: its text repeated ("unmerge and fill"). */
  repeated?: boolean;
}

export interface TableBlock extends Span {
  kind: 'table';
  /** Sheet name (spreadsheets) or caption (HTML, DOCX), when there is one. */
  name: string | null;
  /** Grid width: the most columns any row spans. */
  columns: number;
  /** Rows of cells in grid order; a row's `cells` skips positions covered by a span from above or the left. */
  rows: Array<Span & { cells: SourceCell[] }>;
}

export interface TextBlock extends Span {
  kind: 'heading' | 'paragraph' | 'listItem';
  /** Heading level (1 = h1) or list depth (1 = top level); 0 for paragraphs. */
  level: number;
}

export type SourceBlock = TextBlock | TableBlock;

export interface SourceDocument {
  format: SourceFormat;
  /** The title the file states (HTML `<title>` or first `<h1>`, a DOCX heading, a PDF's largest first-page line); absent when none. */
  title?: StatedTitle | null;
  /** Character encoding the bytes were decoded from (`UTF-8`, `UTF-16LE`, `GB18030`, …); null for zip/PDF formats. */
  encoding: string | null;
  text: string;
  blocks: SourceBlock[];
}

/** A source, or the one-line reason the file cannot be read (reported, not thrown). */
export type ReadResult = { ok: true; source: SourceDocument } | { ok: false; reason: string };
