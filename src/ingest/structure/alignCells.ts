import { fitsColumn } from './inferColumns.js';
import type { Line } from './lines.js';
import type { ColumnRole } from './tableHeaders.js';
import { joinSpans, trimmed } from './tableRow.js';
import type { Span } from './tableRow.js';

// Private: what an empty cell scores: less than a cell that fits its column, more than one that does not.
const EMPTY_SCORE = 0.5;

/**
 * The cells of a row printed one cell per paragraph whose paragraphs are not one a column: with
 * more paragraphs than columns a cell was printed over several (`区民政局、区卫生健康` / `委等`),
 * with fewer a cell was empty and printed nothing. Each column takes consecutive paragraphs
 * (more: at least one each; fewer: none or one), choosing the split whose cells best have their
 * columns' shapes (inferColumns' cell rules: a unit list in a unit column, a name in a people
 * column, a deadline in a deadline column, a clause in the task column). `fitsAll`: every
 * cell has its column's shape. Linear in the row's paragraphs times its columns (times the
 * paragraphs, bounded by the caller).
 */
export function alignCells(text: string, lines: readonly Line[], roles: readonly ColumnRole[]): { cells: Span[]; fitsAll: boolean } {
  const k = lines.length;
  const c = roles.length;
  const piece = (l: Line): Span => trimmed(text, l.contentStart, l.contentEnd);
  const joined = (from: number, to: number): Span => {
    let s = piece(lines[from]!);
    for (let n = from + 1; n < to; n++) s = joinSpans(s, piece(lines[n]!));
    return s;
  };
  const textOf = (s: Span): string => (s.parts ? s.parts.map((p) => text.slice(p.start, p.end)).join('') : text.slice(s.start, s.end));
  const score = (col: number, from: number, to: number): number => (to === from ? EMPTY_SCORE : fitsColumn(roles[col]!, textOf(joined(from, to))) ? 1 : 0);
  // best[j][i]: the best score of the first i paragraphs in the first j columns; from[j][i]: where column j-1 starts.
  const best: number[][] = Array.from({ length: c + 1 }, () => new Array<number>(k + 1).fill(-Infinity));
  const from: number[][] = Array.from({ length: c + 1 }, () => new Array<number>(k + 1).fill(0));
  best[0]![0] = 0;
  const more = k > c;
  for (let j = 1; j <= c; j++) {
    for (let i = 0; i <= k; i++) {
      // More paragraphs: a column takes one or more; fewer: none or one.
      const lo = more ? 0 : Math.max(0, i - 1);
      const hi = more ? i - 1 : i;
      for (let t = lo; t <= hi; t++) {
        if (best[j - 1]![t] === -Infinity) continue;
        const v = best[j - 1]![t]! + score(j - 1, t, i);
        if (v > best[j]![i]!) {
          best[j]![i] = v;
          from[j]![i] = t;
        }
      }
    }
  }
  const out: Span[] = new Array<Span>(c);
  let i = k;
  for (let j = c; j >= 1; j--) {
    const t = from[j]![i]!;
    // An empty cell sits where its paragraph would have been.
    const at = t < k ? lines[t]!.contentStart : lines[k - 1]!.contentEnd;
    out[j - 1] = t === i ? { start: at, end: at } : joined(t, i);
    i = t;
  }
  return { cells: out, fitsAll: best[c]![k] === c };
}
