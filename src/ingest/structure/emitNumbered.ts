import type { Block } from './blocks.js';
import { markerValue } from './markerRules.js';
import type { MarkerRule } from './markerRules.js';
import { LABEL_PATTERN } from '../rules/responsibilityRules.js';
import { INNER_TERMINAL, STRUCTURE_THRESHOLDS } from './structureRules.js';

// Private: a literal as a regular expression source.
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Private: every printed form of marker value `v` of a rule, compiled once (one pattern per
// rule and value, a few hundred at most: a document's items number from 1 up).
const NEXT_MARKER = new Map<string, RegExp>();
const NEXT_MARKER_MAX = 10_000;
function nextMarkerPattern(rule: MarkerRule, v: number): RegExp {
  const key = `${rule.id}\u0000${v}`;
  let re = NEXT_MARKER.get(key);
  if (!re) {
    re = new RegExp(rule.make!(v).map(escapeRegExp).join('|'), 'g');
    if (NEXT_MARKER.size < NEXT_MARKER_MAX) NEXT_MARKER.set(key, re);
  }
  return re;
}

/**
 * Split a numbered logical line into items run together (…。(二)…) and emit each: an item, or a
 * heading when it is short and unpunctuated.
 */
export function emitNumbered(
  text: string,
  segStart: number,
  segEnd: number,
  mk: { rule: MarkerRule; num: string; len: number },
  blocks: Block[],
  pushHeading: (b: Block) => void,
  currentParent: () => number,
): void {
  const cuts: { at: number; num: string; len: number }[] = [{ at: segStart, num: mk.num, len: mk.len }];
  if (mk.rule.make) {
    let v = markerValue(mk.rule, mk.num);
    let from = segStart + mk.len;
    // Searched within the line only, all forms of the next marker at once, always forward:
    // linear in the line (a search through the whole text per line was quadratic, issue 17).
    const seg = text.slice(segStart, segEnd);
    for (;;) {
      const next = nextMarkerPattern(mk.rule, v + 1);
      next.lastIndex = from - segStart;
      let best = -1;
      let bestLit = '';
      for (let m = next.exec(seg); m !== null; m = next.exec(seg)) {
        const p = segStart + m.index;
        let q = p - 1;
        while (q > from && /\s/.test(text[q]!)) q--;
        if (/[。；;！!？?）)]/.test(text[q]!)) {
          best = p;
          bestLit = m[0];
          break;
        }
        next.lastIndex = m.index + 1;
      }
      if (best < 0) break;
      v++;
      cuts.push({ at: best, num: bestLit.replace(/[()（）、]/g, ''), len: bestLit.length });
      from = best + bestLit.length;
    }
  }
  const runOn = cuts.length > 1;
  for (let k = 0; k < cuts.length; k++) {
    const c = cuts[k]!;
    const start = c.at;
    let end = k + 1 < cuts.length ? cuts[k + 1]!.at : segEnd;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    let bodyStart = start + c.len;
    while (bodyStart < end && /[\s★☆]/.test(text[bodyStart]!)) bodyStart++;
    const body = text.slice(bodyStart, end);
    LABEL_PATTERN.lastIndex = 0;
    const isItem = runOn || INNER_TERMINAL.test(body) || LABEL_PATTERN.test(body) || body.length > STRUCTURE_THRESHOLDS.itemMin;
    const b: Block = {
      kind: isItem ? 'item' : 'heading',
      start,
      end,
      bodyStart,
      bodyEnd: end,
      number: c.num,
      level: mk.rule.level,
      starred: text.slice(start, end).includes('★'),
      rule: mk.rule.id,
      parent: -1,
    };
    if (isItem) {
      b.parent = currentParent();
      blocks.push(b);
    } else pushHeading(b);
  }
}

