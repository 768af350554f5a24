import type { Block } from './blocks.js';
import { splitLines } from './lines.js';
import { emitNumbered } from './emitNumbered.js';
import { fillsWidth, headingLike, isBreak, lineText, matchMarker, printedLength, startsWithLabel, wrapWidth } from './lineShape.js';
import { parseFlatTable } from './parseFlatTable.js';
import { parsePipeCells } from './parsePipeCells.js';
import { parsePipeRows } from './parsePipeRows.js';
import { parseTabTable } from './parseTabTable.js';
import type { TableColumns } from './headerlessColumns.js';
import type { TableParse } from './tableRow.js';
import { CLAUSE_END, INNER_TERMINAL, MID_CLAUSE, NOTES, STRUCTURE_THRESHOLDS, TERMINAL } from './structureRules.js';
import { columnRole } from './tableHeaders.js';
import { splitSentences } from './splitSentences.js';

export { wrapWidth } from './lineShape.js';

/** Options that depend on the genre: list genres keep only numbered items and table rows. */
export interface StructureOptions {
  /** task_list / target_list: narrative paragraphs (cover letters, notes) are not tasks. */
  listGenre: boolean;
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
  // The columns of the last task table: a table continuing without its header reads by them.
  let lastTable: TableColumns | null = null;
  const hasNumberedHeadings = lines.some((l) => {
    const s = lineText(text, l);
    const m = matchMarker(s);
    return m !== null && m.rule.level <= 2 && s.length - m.len <= STRUCTURE_THRESHOLDS.numberedHeadingMax && !INNER_TERMINAL.test(s) && !MID_CLAUSE.test(s) && !s.includes('\t');
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
      if (CLAUSE_END.test(s) || (!TERMINAL.test(s) && (fillsWidth(s.length, width) || s.length > STRUCTURE_THRESHOLDS.itemMin))) return !headingLike(ns);
    }
    if (TERMINAL.test(s)) return false;
    return item ? INNER_TERMINAL.test(s) : INNER_TERMINAL.test(s) || printedLength(s) > STRUCTURE_THRESHOLDS.headingMax;
  };

  let i = 0;
  while (i < lines.length) {
    const l = lines[i]!;
    const s = lineText(text, l);

    // Task tables flattened into lines, with their header or without it (read by the previous
    // table's columns or by their cells): one cell per line with `|` lines between cells, one
    // row per line with `|` between cells, one cell per line after the header cells.
    let parsed: TableParse | null = null;
    if (i + 1 < lines.length && /^[|｜]$/.test(lineText(text, lines[i + 1]!))) {
      const t = parsePipeCells(text, lines, i, blocks, currentParent(), lastTable);
      if (t.next > i) parsed = t;
    }
    if (!parsed && /[|｜]/.test(s) && !s.includes('\t')) {
      const t = parsePipeRows(text, lines, i, blocks, currentParent(), lastTable);
      if (t.next > i) parsed = t;
    }
    if (!parsed && !s.includes('\t') && (columnRole(s) !== null || /^\d{1,3}$/.test(s))) {
      const t = parseFlatTable(text, lines, i, blocks, currentParent(), lastTable);
      if (t.next > i) parsed = t;
    }
    if (parsed) {
      i = parsed.next;
      lastTable = parsed.columns ?? lastTable;
      continue;
    }
    // Tab-separated table rows.
    if (s.includes('\t')) {
      const table = parseTabTable(text, lines, i, blocks, currentParent(), lastTable);
      i = table.next;
      lastTable = table.columns ?? lastTable;
      continue;
    }
    if (NOTES.test(s)) {
      inNotes = true;
      i++;
      continue;
    }
    const mk = matchMarker(s);
    // Notes run over numbered footnotes and short lines (注:1.… 2.… / page furniture), no further.
    if (inNotes && ((mk && mk.rule.level >= 3) || (!mk && s.length < STRUCTURE_THRESHOLDS.notesLineMax))) {
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
    if (!INNER_TERMINAL.test(seg) && printedLength(seg) <= STRUCTURE_THRESHOLDS.headingMax) {
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
