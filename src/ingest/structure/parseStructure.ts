import type { Block, Cell } from './blocks.js';
import { splitLines } from './lines.js';
import type { Line } from './lines.js';
import { MARKER_RULES, markerValue } from './markerRules.js';
import type { MarkerRule } from './markerRules.js';
import { columnRole, isTaskTableHeader } from './tableHeaders.js';
import { isPageNumber, parsePipeCells, parsePipeRows } from './parsePipeTable.js';
import type { ColumnRole } from './tableHeaders.js';
import { LABEL_PATTERN } from '../rules/responsibilityRules.js';
import { splitSentences } from './splitSentences.js';

/** Options that depend on the genre: list genres keep only numbered items and table rows. */
export interface StructureOptions {
  /** task_list / target_list: narrative paragraphs (cover letters, notes) are not tasks. */
  listGenre: boolean;
}

// Private: characters that end a sentence or clause; a line ending otherwise may continue.
const TERMINAL = /[。！!？?；;：:）)】\]”"》]$/;
const INNER_TERMINAL = /[。；;！!？?]/;
// Private: a line that stops mid-clause: `(12)进一步落实科技企业孵化,⏎启动…`. A heading never ends so.
const MID_CLAUSE = /[,，、]$/;
// Private: a line that ends a clause but not the item: `(3)完善养老服务体系;⏎推进…。`.
const CLAUSE_END = /[;；]$/;
// Private: the start of a notes block after the list (注:1.标★号项目同时被列为…).
const NOTES = /^(?:注|备注|说明)[:：]/;

// Private: a line that reads as an unnumbered heading (short, no sentence punctuation).
function headingLike(s: string): boolean {
  return printedLength(s) <= 30 && !INNER_TERMINAL.test(s) && !MID_CLAUSE.test(s);
}

// Private: a line's length without the spaces a PDF conversion puts around numbers and Latin
// (`关于 2023 年滨海新区…的报告` is a 28-character title, not a 32-character sentence).
function printedLength(s: string): number {
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
    if (n < 20) continue;
    long++;
    count.set(n, (count.get(n) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [n, c] of count) if (c > bestCount || (c === bestCount && n > best)) [best, bestCount] = [n, c];
  return bestCount >= 4 && bestCount >= long * 0.2 ? best : 0;
}

// Private: a line as long as the page is wide was wrapped, whatever its last character
// (digits and Latin letters are narrower, so a full line can hold a few more characters).
function fillsWidth(length: number, width: number): boolean {
  return width > 0 && length >= width - 1;
}

function lineText(text: string, l: Line): string {
  return text.slice(l.contentStart, l.contentEnd);
}

function matchMarker(s: string): { rule: MarkerRule; num: string; len: number } | null {
  for (const rule of MARKER_RULES) {
    const m = rule.pattern.exec(s);
    if (m) return { rule, num: m[1]!, len: m[0].length };
  }
  return null;
}

// Private: a numbered heading line (`二、扎实办好民生实事`): a table's last cell never runs into one.
function isBreak(s: string): boolean {
  const m = matchMarker(s);
  return m !== null && m.rule.level <= 2 && !INNER_TERMINAL.test(s);
}

function startsWithLabel(s: string): boolean {
  LABEL_PATTERN.lastIndex = 0;
  const m = LABEL_PATTERN.exec(s.replace(/^[(（\[【]/, ''));
  return m !== null && m.index === 0;
}

/**
 * Text → blocks: headings at every level, numbered items (several run together on one line
 * are split at the next sequential marker), ★, tab-separated and one-cell-per-line tables,
 * and narrative sentences (lines a page break split are joined). Linear in the text length.
 */
export function parseStructure(text: string, opts: StructureOptions): Block[] {
  const lines = splitLines(text).filter((l) => l.contentEnd > l.contentStart);
  const blocks: Block[] = [];
  const stack: number[] = []; // heading block index per level (sparse)
  let inNotes = false;
  const hasNumberedHeadings = lines.some((l) => {
    const s = lineText(text, l);
    const m = matchMarker(s);
    return m !== null && m.rule.level <= 2 && s.length - m.len <= 40 && !INNER_TERMINAL.test(s) && !MID_CLAUSE.test(s) && !s.includes('\t');
  });
  const width = wrapWidth(lines.map((l) => l.contentEnd - l.contentStart));

  const parentFor = (level: number): number => {
    for (let k = level - 1; k >= 1; k--) if (stack[k] !== undefined) return stack[k]!;
    return -1;
  };
  const pushHeading = (b: Block): void => {
    b.parent = parentFor(b.level);
    blocks.push(b);
    stack[b.level] = blocks.length - 1;
    stack.length = b.level + 1;
  };
  const currentParent = (): number => {
    for (let k = stack.length - 1; k >= 1; k--) if (stack[k] !== undefined) return stack[k]!;
    return -1;
  };

  // Private: may line i continue onto the next line (a page or PDF line break mid-sentence)?
  // `item`: line i is a numbered item's first line or a line already joined to one.
  const continues = (i: number, item: boolean): boolean => {
    const l = lines[i]!;
    const s = lineText(text, l);
    if (s.includes('\t')) return false;
    const next = lines[i + 1];
    if (!next) return false;
    const ns = lineText(text, next);
    if (matchMarker(ns) || startsWithLabel(ns) || ns.includes('\t') || NOTES.test(ns) || columnRole(ns) !== null) return false;
    if (item) {
      // An item wrapped mid-clause (PDF conversion): after a comma the next line is always the
      // rest; after `;` or a line that fills the page width, only when the next line is no heading.
      if (MID_CLAUSE.test(s)) return true;
      if (CLAUSE_END.test(s) || (!TERMINAL.test(s) && (fillsWidth(s.length, width) || s.length > 60))) return !headingLike(ns);
    }
    if (TERMINAL.test(s)) return false;
    return item ? INNER_TERMINAL.test(s) : INNER_TERMINAL.test(s) || printedLength(s) > 30;
  };

  let i = 0;
  while (i < lines.length) {
    const l = lines[i]!;
    const s = lineText(text, l);

    // Task table one cell per line with `|` lines between cells, or one row per line with `|` between cells.
    if (columnRole(s) !== null && i + 1 < lines.length && /^[|｜]$/.test(lineText(text, lines[i + 1]!))) {
      const consumed = parsePipeCells(text, lines, i, blocks, currentParent(), isBreak);
      if (consumed > i) {
        i = consumed;
        continue;
      }
    }
    if (/[|｜]/.test(s) && !s.includes('\t')) {
      const consumed = parsePipeRows(text, lines, i, blocks, currentParent());
      if (consumed > i) {
        i = consumed;
        continue;
      }
    }
    // Task table flattened one cell per line: 序号 / 工作任务 / 牵头单位 / 配合单位 / 责任人.
    if (columnRole(s) !== null && !s.includes('\t')) {
      const consumed = parseFlatTable(text, lines, i, blocks, currentParent());
      if (consumed > i) {
        i = consumed;
        continue;
      }
    }
    // Tab-separated table rows.
    if (s.includes('\t')) {
      i = parseTabTable(text, lines, i, blocks, currentParent());
      continue;
    }
    if (NOTES.test(s)) {
      inNotes = true;
      i++;
      continue;
    }
    const mk = matchMarker(s);
    // Notes run over numbered footnotes and short lines (注:1.… 2.… / page furniture), no further.
    if (inNotes && ((mk && mk.rule.level >= 3) || (!mk && s.length < 30))) {
      i++;
      continue;
    }
    inNotes = false;

    // Logical line: join continuation lines, then responsibility lines printed below an item.
    let j = i;
    while (continues(j, mk !== null)) j++;
    while (j + 1 < lines.length && mk && startsWithLabel(lineText(text, lines[j + 1]!))) j++;
    const segStart = l.contentStart;
    const segEnd = lines[j]!.contentEnd;
    i = j + 1;

    if (mk) {
      emitNumbered(text, segStart, segEnd, mk, blocks, pushHeading, currentParent);
      continue;
    }
    const seg = text.slice(segStart, segEnd);
    if (!INNER_TERMINAL.test(seg) && printedLength(seg) <= 30) {
      // An unnumbered heading line (003: 经济高质量发展彰显新成效), used as a section only
      // where the document has no numbered headings.
      if (!hasNumberedHeadings && blocks.some((b) => b.kind !== 'heading')) {
        pushHeading({ kind: 'heading', start: segStart, end: segEnd, bodyStart: segStart, bodyEnd: segEnd, number: '', level: 1, starred: false, rule: 'heading.unnumbered', parent: -1 });
      }
      continue;
    }
    if (opts.listGenre) continue;
    for (const sp of splitSentences(text, segStart, segEnd)) {
      blocks.push({ kind: 'sentence', start: sp.start, end: sp.end, bodyStart: sp.start, bodyEnd: sp.end, number: null, level: 0, starred: text.slice(sp.start, sp.end).includes('★'), rule: 'sentence.narrative', parent: currentParent() });
    }
  }
  return blocks;
}

// Private: a literal as a regular expression source.
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Private: split a numbered logical line into items run together (…。(二)…) and emit each.
function emitNumbered(
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
      const next = new RegExp(mk.rule.make(v + 1).map(escapeRegExp).join('|'), 'g');
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
    const isItem = runOn || INNER_TERMINAL.test(body) || LABEL_PATTERN.test(body) || body.length > 60;
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

// Private: cells of a tab-separated line with original offsets.
function tabCells(text: string, l: Line): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // Leading and trailing tabs are empty cells (a category spanning rows leaves its column
  // empty below its first row), so they count when the line's edges hold only tabs.
  const lineEnd = /^[\t]*$/.test(text.slice(l.contentEnd, l.end)) ? l.end : l.contentEnd;
  let p = /^\t+$/.test(text.slice(l.start, l.contentStart)) ? l.start : l.contentStart;
  for (;;) {
    let t = text.indexOf('\t', p);
    if (t < 0 || t > lineEnd) t = lineEnd;
    let s = p;
    let e = t;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    out.push({ start: s, end: e });
    if (t >= lineEnd) break;
    p = t + 1;
  }
  return out;
}

// Private: a tab table runs while the next non-empty line has a tab; returns the next line index.
function parseTabTable(text: string, lines: Line[], i: number, blocks: Block[], parent: number): number {
  const header = tabCells(text, lines[i]!);
  const headerText = header.map((c) => text.slice(c.start, c.end));
  const hasHeader = !/\d/.test(headerText.join('')) || headerText.every((h) => columnRole(h) !== null);
  const roles: ColumnRole[] = headerText.map((h) => (hasHeader ? columnRole(h) ?? 'OTHER' : 'OTHER'));
  const taskTable = hasHeader && isTaskTableHeader(headerText);
  let k = hasHeader ? i + 1 : i;
  const headerKey = headerText.join('\t');
  for (; k < lines.length; k++) {
    const s = lineText(text, lines[k]!);
    // A page number between rows: the table continues on the next page (its header repeated or not).
    if (isPageNumber(text, lines[k]!) && k + 1 < lines.length && lineText(text, lines[k + 1]!).includes('\t')) continue;
    if (!s.includes('\t')) break;
    const cells = tabCells(text, lines[k]!);
    if (hasHeader && cells.map((c) => text.slice(c.start, c.end)).join('\t') === headerKey) continue;
    const cs: Cell[] = cells.map((c, n) => ({ ...c, role: roles[n] ?? 'OTHER', header: headerText[n] ?? '' }));
    const nonEmpty = cs.filter((c) => c.end > c.start);
    // A row whose number cell is empty continues the numbered row above it (a PDF table wraps
    // long cells onto the next physical row): its pieces join that row's cells.
    const prev = blocks[blocks.length - 1];
    const numAt = roles.indexOf('NUMBER');
    if (taskTable && numAt >= 0 && nonEmpty.length && cs[numAt] && cs[numAt]!.end === cs[numAt]!.start && prev?.kind === 'tableRow' && prev.cells && prev.number && prev.end < cs[0]!.start && prev.cells.length === cs.length) {
      cs.forEach((c, n) => {
        if (c.end === c.start) return;
        const to = prev.cells![n]!;
        const parts = to.parts ?? (to.end > to.start ? [{ start: to.start, end: to.end }] : []);
        parts.push({ start: c.start, end: c.end });
        to.parts = parts;
        to.start = parts[0]!.start;
        to.end = c.end;
      });
      prev.end = prev.bodyEnd = Math.max(prev.end, nonEmpty[nonEmpty.length - 1]!.end);
      continue;
    }
    if (nonEmpty.length) {
      const numCell = cs.find((c) => c.role === 'NUMBER');
      const first = nonEmpty[0]!;
      blocks.push({
        kind: 'tableRow',
        start: first.start,
        end: nonEmpty[nonEmpty.length - 1]!.end,
        bodyStart: first.start,
        bodyEnd: nonEmpty[nonEmpty.length - 1]!.end,
        number: numCell ? text.slice(numCell.start, numCell.end) : null,
        level: 0,
        starred: text.slice(first.start, nonEmpty[nonEmpty.length - 1]!.end).includes('★'),
        rule: taskTable ? 'table.tab-task' : 'table.tab',
        cells: cs,
        parent,
      });
    }
  }
  return Math.max(k, i + 1);
}

// Private: 序号 / 工作任务 / 牵头单位 / 配合单位 / 责任人 one per line, then rows of cells.
function parseFlatTable(text: string, lines: Line[], i: number, blocks: Block[], parent: number): number {
  const headers: string[] = [];
  let k = i;
  while (k < lines.length) {
    const s = lineText(text, lines[k]!);
    if (columnRole(s) === null || s.includes('\t')) break;
    headers.push(s.replace(/[\s:：]/g, ''));
    k++;
  }
  if (headers.length < 3 || !isTaskTableHeader(headers)) return i;
  const roles = headers.map((h) => columnRole(h)!);
  const numbered = roles[0] === 'NUMBER';
  let expect = 1;
  while (k < lines.length) {
    const s = lineText(text, lines[k]!);
    if (numbered ? s !== String(expect) : false) break;
    // Collect cells up to the next row number (or a fixed width without a number column).
    const cellLines: Line[] = [];
    let m = numbered ? k + 1 : k;
    while (m < lines.length && cellLines.length < headers.length - (numbered ? 1 : 0)) {
      const cs = lineText(text, lines[m]!);
      if (numbered && cs === String(expect + 1)) break;
      if (matchMarker(cs) && matchMarker(cs)!.rule.level <= 2 && !INNER_TERMINAL.test(cs)) break;
      cellLines.push(lines[m]!);
      m++;
    }
    if (!cellLines.length) break;
    const cellRoles = numbered ? roles.slice(1) : roles;
    const cellHeaders = numbered ? headers.slice(1) : headers;
    const cells: Cell[] = cellLines.map((cl, n) => ({ start: cl.contentStart, end: cl.contentEnd, role: cellRoles[n] ?? 'OTHER', header: cellHeaders[n] ?? '' }));
    const numLine = numbered ? lines[k]! : null;
    const start = numLine ? numLine.contentStart : cells[0]!.start;
    const end = cells[cells.length - 1]!.end;
    blocks.push({ kind: 'tableRow', start, end, bodyStart: start, bodyEnd: end, number: numbered ? String(expect) : null, level: 0, starred: text.slice(start, end).includes('★'), rule: 'table.flat-task', cells, parent });
    expect++;
    k = m;
  }
  return k;
}
