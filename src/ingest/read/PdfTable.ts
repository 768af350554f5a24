import type { RawCell } from './CanonicalText.js';
import type { PdfLine, PdfSegment } from './PdfPage.js';
import type { PdfRule } from './pdfRules.js';

/**
 * Distances in font sizes (the line's own size) that decide how lines of a PDF table are read;
 * data, so each threshold is named and explained once.
 */
export const PDF_TABLE_RULES = {
  // A segment belongs to the column whose start lies at most this far right of the segment's start.
  columnSlack: 0.5,
  // Without drawn borders, a line this close below the previous one (baseline to baseline) can continue its row.
  continuationGap: 1.6,
  // A border counts between two lines when it lies this far above the lower line's baseline
  // (a glyph's ascent sits between) and below the upper line's baseline (its descent).
  ruleAboveBaseline: 0.4,
  ruleBelowBaseline: 0.05,
} as const;

// Private: a sequence column's header (序号, 编号, 序): its cells start rows where there are no borders.
const SEQUENCE_HEADER = /^(?:序号?|编号|顺序号|No\.?)$/i;

/**
 * One table being rebuilt from a PDF's lines: its columns are the header row's segment starts.
 * A line starts a new row when a drawn border crosses one of its cells' columns (ruled tables,
 * as Word and every PDF writer print them); on a page without borders, when it has text in the
 * sequence column (序号), or else when its first column is not empty or it lies farther below
 * the previous line than a wrapped line would. Other lines are the wrapped rest of the row
 * above — the header too, whose cells wrap like any other. The table runs on across a page
 * break; a header repeated at the top of the new page (all its wrapped lines) is skipped.
 */
export class PdfTable {
  readonly rows: RawCell[][];
  private readonly columns: number[];
  private readonly sequenceColumn: number;
  // The header's first line as printed: how a header repeated on the next page is recognised.
  private readonly headerKey: string;
  private right: number;
  private lastY: number;
  private page: number;
  private skippingHeader = false;

  /** The font size of the table's first line. */
  readonly firstSize: number;
  private readonly first: PdfLine;

  constructor(line: PdfLine, page: number) {
    this.first = line;
    this.firstSize = line.size;
    this.columns = line.segments.map((s) => s.x0);
    this.headerKey = keyOf(line);
    this.rows = [line.segments.map((s) => ({ text: s.text, rowSpan: 1, colSpan: 1 }))];
    this.sequenceColumn = line.segments.findIndex((s) => SEQUENCE_HEADER.test(s.text.replace(/\s+/g, '')));
    this.right = Math.max(...line.segments.map((s) => s.x1));
    this.lastY = line.y;
    this.page = page;
  }

  /**
   * Whether drawn borders surround the table's first line (a ruled table, even of one row): a
   * border above it, not only one below (the top border of the ruled table printed right under
   * an issuer and date line spaced by an ideographic space is no border of that line).
   */
  isRuled(rules: readonly PdfRule[]): boolean {
    const l = this.first;
    const above = (r: PdfRule): boolean => r.y > l.y + PDF_TABLE_RULES.ruleAboveBaseline * l.size && r.y < l.y + 4 * l.size;
    return rules.some((r) => above(r) && r.x0 < this.right && r.x1 > this.columns[0]!);
  }

  /** The first line as one segment (its pieces joined by a space), for a table that turned out to be a line. */
  asSegment(): PdfSegment {
    const segs = this.first.segments;
    return { text: keyOf(this.first), x0: segs[0]!.x0, x1: segs[segs.length - 1]!.x1 };
  }

  /** Take a line into the table (a new row, or the rest of one); false when the line is not part of it. */
  take(line: PdfLine, page: number, rules: readonly PdfRule[]): boolean {
    const newPage = page !== this.page;
    if (newPage && keyOf(line) === this.headerKey) {
      this.skippingHeader = true;
      this.moveTo(line, page);
      return true;
    }
    const cols = this.fit(line.segments, line.size);
    if (!cols) return false;
    const starts = this.startsRow(cols, line, newPage, rules);
    if (this.skippingHeader && !starts) {
      this.moveTo(line, page);
      return true;
    }
    this.skippingHeader = false;
    if (starts) this.rows.push(this.columns.map((_, c) => ({ text: cols[c] ?? '', rowSpan: 1, colSpan: 1 })));
    else {
      const last = this.rows[this.rows.length - 1]!;
      cols.forEach((s, c) => {
        if (s !== undefined) last[c]!.text += joinWrapped(last[c]!.text, s);
      });
    }
    this.right = Math.max(this.right, ...line.segments.map((s) => s.x1));
    this.moveTo(line, page);
    return true;
  }

  private moveTo(line: PdfLine, page: number): void {
    this.lastY = line.y;
    this.page = page;
  }

  // Private: whether a line of cells starts a row rather than continuing the one above.
  private startsRow(cols: ReadonlyArray<string | undefined>, line: PdfLine, newPage: boolean, rules: readonly PdfRule[]): boolean {
    const filled = cols.flatMap((s, c) => (s === undefined ? [] : [c]));
    if (!newPage && rules.length > 0) {
      const lo = line.y + PDF_TABLE_RULES.ruleAboveBaseline * line.size;
      const hi = this.lastY - PDF_TABLE_RULES.ruleBelowBaseline * line.size;
      const between = rules.filter((r) => r.y > lo && r.y < hi);
      // A border above one of the line's cells: that cell is a new one. A border only above
      // other columns (the rows beside a category cell merged down the table) leaves the line
      // in the cell it continues.
      if (between.length > 0) return filled.some((c) => between.some((r) => this.crosses(r, c)));
      if (this.hasRulesBeside(rules, line)) return false;
    }
    if (this.sequenceColumn >= 0) return cols[this.sequenceColumn] !== undefined;
    const gap = newPage ? 0 : this.lastY - line.y;
    return cols[0] !== undefined || gap >= PDF_TABLE_RULES.continuationGap * line.size;
  }

  // Private: a page whose table is ruled (borders within the table's width near this line): the borders alone decide.
  private hasRulesBeside(rules: readonly PdfRule[], line: PdfLine): boolean {
    return rules.some((r) => r.x0 < this.right && r.x1 > this.columns[0]! && Math.abs(r.y - line.y) < 4 * line.size);
  }

  // Private: whether a border runs across column c (overlapping most of its width).
  private crosses(r: PdfRule, c: number): boolean {
    const x0 = this.columns[c]!;
    const x1 = this.columns[c + 1] ?? this.right;
    return Math.min(r.x1, x1) - Math.max(r.x0, x0) > 0.5 * (x1 - x0);
  }

  // Private: the text of each column for a line, or null when a segment crosses a column boundary or starts left of the table.
  private fit(segs: readonly PdfSegment[], size: number): Array<string | undefined> | null {
    const out: Array<string | undefined> = [];
    const slack = PDF_TABLE_RULES.columnSlack * size;
    for (const s of segs) {
      let c = -1;
      for (let i = 0; i < this.columns.length; i++) if (this.columns[i]! <= s.x0 + slack) c = i;
      if (c < 0) return null;
      const next = this.columns[c + 1];
      if (next !== undefined && s.x1 > next + slack) return null;
      out[c] = out[c] === undefined ? s.text : out[c] + joinWrapped(out[c]!, s.text);
    }
    return out;
  }
}

/** A line's text as one key (segments joined by a space). */
export const keyOf = (l: PdfLine): string => l.segments.map((s) => s.text).join(' ');

// Private: what goes between a wrapped cell's text and its next line: nothing for CJK and digits (a number wrapped mid-way), a space between Latin words.
function joinWrapped(before: string, after: string): string {
  return /[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(after) ? ` ${after}` : after;
}
