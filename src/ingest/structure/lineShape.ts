import type { Line } from './lines.js';
import { MARKER_RULES } from './markerRules.js';
import type { MarkerRule } from './markerRules.js';
import { LABEL_PATTERN } from '../rules/responsibilityRules.js';
import { INNER_TERMINAL, MID_CLAUSE, STRUCTURE_THRESHOLDS } from './structureRules.js';

/** A line that reads as an unnumbered heading (short, no sentence punctuation). */
export function headingLike(s: string): boolean {
  return printedLength(s) <= STRUCTURE_THRESHOLDS.headingMax && !INNER_TERMINAL.test(s) && !MID_CLAUSE.test(s);
}

/** A line's length without the spaces a PDF conversion puts around numbers and Latin
// (`关于 2023 年滨海新区…的报告` is a 28-character title, not a 32-character sentence). */
export function printedLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 32 && s[i] !== '\u3000') n++;
  return n;
}

/**
 * The page width (in characters) a PDF conversion wrapped lines at, or 0 when lines are
 * paragraphs: the most common length of long lines, when enough lines share it.
 */
export function wrapWidth(lengths: number[]): number {
  const count = new Map<number, number>();
  let long = 0;
  for (const n of lengths) {
    if (n < STRUCTURE_THRESHOLDS.wrapLineMin) continue;
    long++;
    count.set(n, (count.get(n) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [n, c] of count) if (c > bestCount || (c === bestCount && n > best)) [best, bestCount] = [n, c];
  return bestCount >= STRUCTURE_THRESHOLDS.wrapCountMin && bestCount >= long * STRUCTURE_THRESHOLDS.wrapShareMin ? best : 0;
}

/**
 * A line as long as the page is wide was wrapped, whatever its last character (digits and
 * Latin letters are narrower, so a full line can hold a few more characters).
 */
export function fillsWidth(length: number, width: number): boolean {
  return width > 0 && length >= width - 1;
}

/** A line's text without its end-of-line whitespace. */
export function lineText(text: string, l: Line): string {
  return text.slice(l.contentStart, l.contentEnd);
}

/** The numbering marker a line starts with (`(3)`, `二、`), with its rule, number and length. */
export function matchMarker(s: string): { rule: MarkerRule; num: string; len: number } | null {
  for (const rule of MARKER_RULES) {
    const m = rule.pattern.exec(s);
    if (m) return { rule, num: m[1]!, len: m[0].length };
  }
  return null;
}

/** A numbered heading line (`二、扎实办好民生实事`): a table's last cell never runs into one. */
export function isBreak(s: string): boolean {
  const m = matchMarker(s);
  return m !== null && m.rule.level <= 2 && !INNER_TERMINAL.test(s);
}

/** The line starts with a responsibility label (`牵头单位:`), bracketed or not. */
export function startsWithLabel(s: string): boolean {
  LABEL_PATTERN.lastIndex = 0;
  const m = LABEL_PATTERN.exec(s.replace(/^[(（\[【]/, ''));
  return m !== null && m.index === 0;
}

