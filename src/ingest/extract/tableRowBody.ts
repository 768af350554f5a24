import type { Block, Cell } from '../structure/blocks.js';
import { cleanText } from '../text/cleanText.js';
import { findResponsibilities, splitNames } from './findResponsibilities.js';
import { findVerbClauses } from './findVerbClauses.js';
import { LABEL_PATTERN } from '../rules/responsibilityRules.js';
import type { PrintedName, PrintedSpan } from './findResponsibilities.js';
import type { TaskBody } from './taskBody.js';

// Private: a cell that starts with a responsibility label and its colon (牵头:… / 配合单位:…).
const LABEL_START = new RegExp(`^\\s*(?:${LABEL_PATTERN.source})`);

// Private: the names of a cell that labels them, each with its label's role and the column's rule before the label's.
function labelledNames(text: string, start: number, end: number, rule: string, people: PrintedSpan[]): PrintedName[] {
  const found = findResponsibilities(text, start, end);
  people.push(...found.people);
  return found.names.map((n) => ({ ...n, rule: `${rule}+${n.rule}` }));
}

// Private: separators between people in one cell (张明、李华 / 张明,李华 / 张明 李华).
const PERSON_SEP = /[、,，;；\/／\s]/;

/**
 * A table row read by what each column means (structure/columnMeaning.ts): the task cell is
 * the task (a requirements column's text is part of it; without a task column the
 * requirements are the task), lead / support / responsible / towns cells are units with their
 * own evidence (a responsible or towns column beside a lead column supports it), people
 * columns are people on the task, never units, and a deadline column is the deadline.
 */
export function tableRowBody(text: string, cells: Cell[], b: Block): TaskBody {
  const names: PrintedName[] = [];
  const people: PrintedSpan[] = [];
  let deadline: PrintedSpan | null = null;
  const filled = (c: Cell): boolean => c.end > c.start;
  const hasLead = cells.some((c) => c.role === 'LEAD' && filled(c));
  // A 责任单位 column beside a 配合单位 column and no lead column holds the main units: they lead
  // (in every row: the header draws the distinction, even where a row's 配合单位 cell is empty).
  const responsibleLeads = cells.some((c) => c.role === 'SUPPORT') && !cells.some((c) => c.role === 'LEAD');
  const hasTaskColumn = cells.some((c) => c.role === 'TASK');
  let taskCell: Cell | null = null;
  const requirements: Cell[] = [];
  for (const c of cells) {
    const rule = `table.column:${c.header}`;
    // A second task-like column (重点任务 beside 工作目标) adds to the task's text.
    if (c.role === 'TASK') {
      if (!taskCell) taskCell = c;
      else if (filled(c)) requirements.push(c);
    }
    else if (c.role === 'REQUIREMENT') {
      if (!hasTaskColumn && !taskCell) taskCell = c;
      else if (filled(c)) requirements.push(c);
    } else if (c.role === 'LEAD' || c.role === 'SUPPORT' || c.role === 'RESPONSIBLE' || c.role === 'TOWNS') {
      const role = c.role === 'LEAD' || c.role === 'SUPPORT' ? c.role : hasLead ? 'SUPPORT' : responsibleLeads && c.role === 'RESPONSIBLE' ? 'LEAD' : 'RESPONSIBLE';
      // A cell that labels its own names (牵头:市商务局;配合:市场发展委) is read by its labels.
      if (LABEL_START.test(cellText(text, c))) names.push(...inPieces(text, c, (t, a, z) => labelledNames(t, a, z, rule, people)));
      else {
        // Or by verbs (区交通运输局牵头，各乡镇配合), as a whole cell.
        const verbs = inPieces(text, c, (t, a, z) => findVerbClauses(t, a, z).names.map((n) => ({ ...n, rule: `${rule}+${n.rule}` })));
        names.push(...(verbs.length ? verbs : inPieces(text, c, (t, a, z) => splitNames(t, a, z, role, rule, people))));
      }
    } else if (c.role === 'PERSON' && filled(c)) {
      people.push(...inPieces(text, c, (t, a, z) => splitPeople(t, { ...c, start: a, end: z, parts: undefined }, rule)));
    } else if (c.role === 'DEADLINE' && filled(c) && !deadline) {
      deadline = { text: cellText(text, c).trim(), start: c.start, end: c.end, rule };
    }
  }
  if (taskCell) {
    let body = cleanText(cellText(text, taskCell)).replace(/^★/, '');
    for (const r of requirements) body += (body && !/[。；;]$/.test(body) ? '。' : '') + cleanText(cellText(text, r));
    return { body, names, bodySpan: { start: taskCell.start, end: taskCell.end }, deadline, people };
  }
  const body = cells.filter(filled).map((c) => cleanText(cellText(text, c))).join(' ');
  return { body, names, bodySpan: { start: b.bodyStart, end: b.bodyEnd }, deadline, people };
}

// Private: a cell's text, its pieces joined where a PDF wrapped it (a wrap splits words, so no separator).
function cellText(text: string, c: Cell): string {
  return c.parts ? c.parts.map((p) => text.slice(p.start, p.end)).join('') : text.slice(c.start, c.end);
}

/**
 * Reads a cell with `read` (names or people with spans); a wrapped cell is read on its joined
 * text and every span mapped back to the original: a name printed across the wrap spans
 * from its first character to its last (its quote holds the break between them).
 */
function inPieces<T extends { start: number; end: number }>(text: string, c: Cell, read: (t: string, start: number, end: number) => T[]): T[] {
  if (!c.parts) return read(text, c.start, c.end);
  const at: number[] = [];
  let joined = '';
  for (const p of c.parts) {
    for (let k = p.start; k < p.end; k++) at.push(k);
    joined += text.slice(p.start, p.end);
  }
  return read(joined, 0, joined.length).map((x) => ({ ...x, start: at[x.start]!, end: at[x.end - 1]! + 1 }));
}

// Private: the names in a people cell, each with its own span; a separator inside brackets is
// part of the title printed after a name (李强（区委常委、副区长）), not between two people.
function splitPeople(text: string, c: Cell, rule: string): PrintedSpan[] {
  const out: PrintedSpan[] = [];
  const seg = text.slice(c.start, c.end);
  let last = 0;
  let depth = 0;
  const emit = (a: number, z: number): void => {
    const s = seg.slice(a, z);
    if (s) out.push({ text: s, start: c.start + a, end: c.start + z, rule });
  };
  for (let p = 0; p < seg.length; p++) {
    const ch = seg[p]!;
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
    else if (depth === 0 && PERSON_SEP.test(ch)) {
      emit(last, p);
      last = p + 1;
    }
  }
  emit(last, seg.length);
  return out;
}
