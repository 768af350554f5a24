import type { SourceBlock, SourceCell, SourceDocument, SourceFormat, Span, TableBlock, TextBlock } from './SourceDocument.js';

/** A table cell as a reader found it, before it is placed in the canonical text. */
export interface RawCell {
  text: string;
  rowSpan: number;
  colSpan: number;
}

// Private: whitespace inside a block folds to one space (HTML's rule; PDF and sheet cells likewise).
const SPACES = /[\s\u00a0\u200b\ufeff]+/g;

/** One block's text as it is written: inner whitespace folded, ends trimmed. */
export function foldSpaces(s: string): string {
  return s.replace(SPACES, ' ').trim();
}

/**
 * Builds the canonical text of a structured format block by block: one block per line,
 * a table as one line per row with its cells separated by a tab (a position covered from the
 * left by a span is an empty cell, so columns stay aligned; one covered from above repeats the
 * merged cell's text; a two-row header is one row). That
 * rendering is what the text-based structure stage already reads (tab tables), and every
 * block and cell keeps its exact span.
 */
export class CanonicalText {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly blocks: SourceBlock[] = [];

  private write(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  private newLine(): void {
    if (this.length > 0) this.write('\n');
  }

  /** A heading, paragraph or list item; empty text adds nothing. */
  add(kind: TextBlock['kind'], text: string, level = 0): void {
    const s = foldSpaces(text);
    if (!s) return;
    this.newLine();
    const start = this.length;
    this.write(s);
    this.blocks.push({ kind, level, start, end: this.length });
  }

  /** A table given as rows of cells with spans; empty rows are dropped, a table without text adds nothing. */
  table(rows: readonly RawCell[][], name: string | null = null): void {
    // Title rows above the header (`2023年…任务分解表` merged across the sheet) are paragraphs:
    // a row holding one cell's text, when a later row holds more than one.
    let first = 0;
    const texts = (r: readonly RawCell[]) => r.filter((c) => foldSpaces(c.text)).length;
    while (first < rows.length && texts(rows[first]!) <= 1 && rows.slice(first + 1).some((r) => texts(r) > 1) && rows[first]!.every((c) => c.rowSpan === 1)) {
      for (const c of rows[first]!) this.add('paragraph', c.text);
      first++;
    }
    const laid = layOut(rows.slice(first));
    // A header printed on two rows (责任单位 over 牵头单位 | 配合单位) is read as one row of its lowest cells.
    const headerRows = twoRowHeader(laid);
    const grid = headerRows ? [headerRows, ...laid.slice(2)] : laid;
    // A row of empty cells is dropped unless a span from above covers part of it (the span counts it).
    const filled = grid.filter((r) => r.some((c) => (c !== null && !c.own) || (c !== null && c.text !== '')));
    if (filled.length === 0) return;
    const columns = Math.max(...grid.map((r) => r.length));
    this.newLine();
    const block: TableBlock = { kind: 'table', name, columns, start: this.length, end: 0, rows: [] };
    filled.forEach((row, r) => {
      if (r > 0) this.write('\n');
      const rowStart = this.length;
      const cells: SourceCell[] = [];
      for (let c = 0; c < columns; c++) {
        if (c > 0) this.write('\t');
        const cell = row[c];
        // A position covered from the left (colspan) stays empty; one covered from above repeats
        // the merged cell's text, as "unmerge and fill" does: a 牵头单位 cell merged over three
        // task rows is the lead of each of them, so every row must read whole.
        if (!cell || (!cell.own && !cell.fromAbove)) continue;
        const start = this.length;
        this.write(cell.text);
        const out: SourceCell = { text: cell.text, start, end: this.length, row: r, col: c, rowSpan: cell.own ? cell.rowSpan : 1, colSpan: cell.own ? cell.colSpan : 1 };
        if (!cell.own) out.repeated = true;
        cells.push(out);
      }
      block.rows.push({ start: rowStart, end: this.length, cells });
    });
    block.end = this.length;
    this.blocks.push(block);
  }

  finish(format: SourceFormat, encoding: string | null): SourceDocument {
    return { format, encoding, text: this.parts.join(''), blocks: this.blocks };
  }
}

// Private: a grid position: the cell that starts there (`own`), or a copy of the cell whose span
// covers it, `fromAbove` when that cell starts in a row above in the same column.
interface Placed extends RawCell {
  own: boolean;
  fromAbove: boolean;
}

// Private: cells placed on a grid by their spans; a position no cell reaches holds null.
// Cell text is folded to one line (a tab or newline inside a cell would split the row).
function layOut(rows: readonly RawCell[][]): Array<Array<Placed | null>> {
  const grid: Array<Array<Placed | null>> = [];
  const covered: boolean[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    covered[r] ??= [];
    let c = 0;
    for (const raw of row) {
      while (covered[r]![c]) c++;
      const rowSpan = Math.max(1, Math.min(raw.rowSpan, rows.length - r));
      const colSpan = Math.max(1, Math.min(raw.colSpan, 1000));
      const text = foldSpaces(raw.text);
      for (let dr = 0; dr < rowSpan; dr++) {
        covered[r + dr] ??= [];
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colSpan; dc++) {
          covered[r + dr]![c + dc] = true;
          grid[r + dr]![c + dc] = { text, rowSpan, colSpan, own: dr === 0 && dc === 0, fromAbove: dr > 0 && dc === 0 };
        }
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
}

/**
 * A header on two rows, merged into one (null when the table has none): the first row holds a
 * cell spanning several columns (责任单位) and cells spanning both rows (序号, 重点任务, 完成时限);
 * the second holds only the sub-headers under the spanning cell (牵头单位 | 配合单位). The
 * merged row keeps each column's lowest header; the spanning cell's own text, which names
 * nothing the sub-headers do not, is not written.
 */
function twoRowHeader(grid: ReadonlyArray<ReadonlyArray<Placed | null>>): Array<Placed | null> | null {
  const [top, sub] = grid;
  if (!top || !sub || grid.length < 3) return null;
  const spans = top.filter((c) => c?.own && c.colSpan > 1 && c.rowSpan === 1 && c.text !== '');
  if (spans.length === 0) return null;
  let subCells = 0;
  for (let c = 0; c < top.length; c++) {
    const t = top[c];
    const u = sub[c];
    if (!t) return null;
    const underSpan = t.colSpan > 1 && t.rowSpan === 1;
    if (underSpan) {
      if (!u?.own || u.rowSpan !== 1 || u.colSpan !== 1 || u.text === '') return null;
      subCells++;
    } else if (!(u && !u.own && u.fromAbove)) return null;
  }
  if (subCells < 2) return null;
  return top.map((t, c) => {
    const u = sub[c]!;
    return t && t.colSpan > 1 && t.rowSpan === 1 ? { ...u, own: true, fromAbove: false } : t && { ...t, rowSpan: 1 };
  });
}

/** Span helper for tests and readers. */
export function spanText(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}
