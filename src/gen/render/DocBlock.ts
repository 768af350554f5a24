/**
 * The structure of a generated document, recorded beside its `.txt` lines so that every other
 * format prints the same content as what it is (a heading, an item, a table) rather than as
 * flattened lines. The `.txt` rendering stays the lines themselves.
 */

/**
 * What a printed line is:
 * - `title`, `heading` (`一、…`), `subheading` (`(一)…`), `paragraph`, `item` (a numbered task
 *   with its unit clause), `duty` (a `牵头单位:…` line under an item);
 * - `category`: a table section's heading, printed as a line in `.txt` and carried by the
 *   table's category column elsewhere;
 * - `artefact`: PDF-conversion noise in `.txt` (page numbers between items), never printed elsewhere.
 */
export type LineRole = 'title' | 'heading' | 'subheading' | 'paragraph' | 'item' | 'duty' | 'category' | 'artefact';

/** An item's number and how it is printed (`(%1)`, `%1.`: `%1` is the number). */
export interface ItemNumber {
  n: number;
  format: string;
}

/** A run of text: its role and its clean text (no PDF line wrap, no markdown markers). */
export interface TextBlock {
  kind: 'text';
  role: LineRole;
  text: string;
  /** Set when `text` starts with the printed item number. */
  number?: ItemNumber;
}

/** One table row: the category (section) it sits under, and its cells in header order. */
export interface TableRow {
  category: string;
  cells: string[];
}

/**
 * A task table: one header, rows grouped by category. `.txt` prints it one cell per line with
 * the header repeated per section; other formats print one table whose first column holds
 * the category, merged down its rows.
 */
export interface TableBlock {
  kind: 'table';
  /** Header of the category column (not printed in `.txt`, where categories are lines). */
  categoryHeader: string;
  header: string[];
  rows: TableRow[];
  /**
   * The rest of the table above, continued on a new page without its header (other formats
   * print no header row; PDF starts it on a new page and never repeats the header).
   */
  headerless?: boolean;
}

export type DocBlock = TextBlock | TableBlock;
