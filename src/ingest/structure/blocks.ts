import type { ColumnRole } from './tableHeaders.js';

/** A table cell: span in the original text and the role of its column. */
export interface Cell {
  start: number;
  end: number;
  role: ColumnRole;
  header: string;
  /**
   * A cell a PDF conversion wrapped over several physical rows: every piece's span in order
   * (the first is `start..end` widened to the last); the cell's text is the pieces joined.
   */
  parts?: Array<{ start: number; end: number }>;
}

/**
 * What the structure stage hands to extraction: headings, numbered items, narrative
 * sentences and table rows, each with spans into the original text.
 */
export interface Block {
  kind: 'heading' | 'item' | 'sentence' | 'tableRow';
  /** Whole span (marker included). */
  start: number;
  end: number;
  /** Span of the text after the number marker and ★. */
  bodyStart: number;
  bodyEnd: number;
  /** Number as printed without brackets: `13`, `十一`; null for sentences. */
  number: string | null;
  /** Marker level (1 = `一、`); 0 for sentences and rows. */
  level: number;
  starred: boolean;
  /** Id of the rule that recognised the block. */
  rule: string;
  /** For table rows. */
  cells?: Cell[];
  /** Index of the enclosing heading block, or -1. */
  parent: number;
}
