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
 * a table as one line per row with its cells separated by a tab (a spanned column or a
 * position covered from the row above is an empty cell, so columns stay aligned). That
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
    const grid = layOut(rows.slice(first));
    // A row of empty cells is dropped unless a span from above covers part of it (the span counts it).
    const filled = grid.filter((r) => r.some((c) => c === null || c.text !== ''));
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
        if (!cell) continue;
        const start = this.length;
        this.write(cell.text);
        cells.push({ text: cell.text, start, end: this.length, row: r, col: c, rowSpan: cell.rowSpan, colSpan: cell.colSpan });
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

// Private: cells placed on a grid by their spans; a position covered by a span holds null.
// Cell text is folded to one line (a tab or newline inside a cell would split the row).
function layOut(rows: readonly RawCell[][]): Array<Array<RawCell | null>> {
  const grid: Array<Array<RawCell | null>> = [];
  const covered: boolean[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    covered[r] ??= [];
    let c = 0;
    for (const raw of row) {
      while (covered[r]![c]) c++;
      const rowSpan = Math.max(1, Math.min(raw.rowSpan, rows.length - r));
      const colSpan = Math.max(1, Math.min(raw.colSpan, 1000));
      grid[r]![c] = { text: foldSpaces(raw.text), rowSpan, colSpan };
      for (let dr = 0; dr < rowSpan; dr++) {
        covered[r + dr] ??= [];
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colSpan; dc++) {
          covered[r + dr]![c + dc] = true;
          if (dr > 0 || dc > 0) grid[r + dr]![c + dc] = null;
        }
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
}

/** Span helper for tests and readers. */
export function spanText(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}
