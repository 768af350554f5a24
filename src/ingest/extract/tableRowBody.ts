import type { Block, Cell } from '../structure/blocks.js';
import { cleanText } from '../text/cleanText.js';
import { splitNames } from './findResponsibilities.js';
import type { PrintedName, PrintedSpan } from './findResponsibilities.js';
import type { TaskBody } from './taskBody.js';

// Private: separators between people in one cell (张明、李华 / 张明,李华 / 张明 李华).
const PERSON_SEP = /[、,，;；\/／\s]+/g;

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
      const role = c.role === 'LEAD' || c.role === 'SUPPORT' ? c.role : hasLead ? 'SUPPORT' : 'RESPONSIBLE';
      names.push(...splitNames(text, c.start, c.end, role, rule, people));
    } else if (c.role === 'PERSON' && filled(c)) {
      people.push(...splitPeople(text, c, rule));
    } else if (c.role === 'DEADLINE' && filled(c) && !deadline) {
      deadline = { text: text.slice(c.start, c.end).trim(), start: c.start, end: c.end, rule };
    }
  }
  if (taskCell) {
    let body = cleanText(text.slice(taskCell.start, taskCell.end)).replace(/^★/, '');
    for (const r of requirements) body += (body && !/[。；;]$/.test(body) ? '。' : '') + cleanText(text.slice(r.start, r.end));
    return { body, names, bodySpan: { start: taskCell.start, end: taskCell.end }, deadline, people };
  }
  const body = cells.filter(filled).map((c) => cleanText(text.slice(c.start, c.end))).join(' ');
  return { body, names, bodySpan: { start: b.bodyStart, end: b.bodyEnd }, deadline, people };
}

// Private: the names in a people cell, each with its own span.
function splitPeople(text: string, c: Cell, rule: string): PrintedSpan[] {
  const out: PrintedSpan[] = [];
  const seg = text.slice(c.start, c.end);
  let last = 0;
  const emit = (a: number, z: number): void => {
    const s = seg.slice(a, z);
    if (s) out.push({ text: s, start: c.start + a, end: c.start + z, rule });
  };
  PERSON_SEP.lastIndex = 0;
  for (let m = PERSON_SEP.exec(seg); m; m = PERSON_SEP.exec(seg)) {
    emit(last, m.index);
    last = m.index + m[0].length;
  }
  emit(last, seg.length);
  return out;
}
