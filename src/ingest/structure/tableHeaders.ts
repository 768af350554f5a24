import { LABEL_RULES, labelRule } from '../rules/responsibilityRules.js';
import { MAX_HEADER, columnMeaning } from './columnMeaning.js';
import type { ColumnMeaning } from './columnMeaning.js';

/** What a table column holds (see columnMeaning.ts); OTHER for a column nothing reads. */
export type ColumnRole = ColumnMeaning | 'OTHER';

/**
 * Header cells of task tables (`序号 / 工作任务 / 牵头单位 / 配合单位 / 责任人`), as data.
 * Unit and person columns come from the responsibility label rules.
 */
export const HEADER_TERMS: Record<string, ColumnRole> = {
  // 序号	工作任务	牵头单位	配合单位	责任人
  序号: 'NUMBER',
  编号: 'NUMBER',
  工作任务: 'TASK',
  重点任务: 'TASK',
  主要任务: 'TASK',
  具体任务: 'TASK',
  任务: 'TASK',
  工作内容: 'TASK',
  任务内容: 'TASK',
  工作目标: 'TASK',
  目标任务: 'TASK',
  项目名称: 'TASK',
  重点工作: 'TASK',
  完成时限: 'DEADLINE',
  时间节点: 'DEADLINE',
  完成时间: 'DEADLINE',
  备注: 'PROGRESS',
  类别: 'CATEGORY',
};

// Private: no header term or label is longer than this (columnRole runs on every line).
const MAX_TERM = Math.max(...Object.keys(HEADER_TERMS).map((k) => k.length), ...LABEL_RULES.map((r) => r.label.length), MAX_HEADER);
const STRIPPED = /[\s:：]/;

/** Role of a header cell, or null when the cell is not a known header term. */
export function columnRole(cell: string): ColumnRole | null {
  // A cell with more letters than the longest term is no header (most lines are sentences).
  // A header may carry a bracketed note (`责任部门(加*号为牵头部门,其余为参与部门)`), read by
  // columnMeaning, so letters inside brackets are not counted.
  if (lettersOutsideBrackets(cell, MAX_TERM) > MAX_TERM) return null;
  const c = cell.replace(/[\s:：]/g, '');
  const t = HEADER_TERMS[c];
  if (t) return t;
  const l = labelRule(c);
  if (l) return l.role;
  return columnMeaning(cell)?.meaning ?? null;
}

// Private: letters of the cell outside (…)/（…）, counted up to just past `limit` (the scan stops there).
function lettersOutsideBrackets(cell: string, limit: number): number {
  let letters = 0;
  let depth = 0;
  for (let i = 0; i < cell.length && letters <= limit; i++) {
    const ch = cell[i]!;
    if (ch === '(' || ch === '（') depth++;
    else if (ch === ')' || ch === '）') depth = Math.max(0, depth - 1);
    else if (depth === 0 && !STRIPPED.test(ch)) letters++;
  }
  return letters;
}

/** A header row must name a task column and at least one unit column to be a task table. */
export function isTaskTableHeader(cells: string[]): boolean {
  const roles = cells.map(columnRole);
  if (roles.some((r) => r === null)) return false;
  // A 任务要求 column is the task where no task column stands beside it.
  return (roles.includes('TASK') || roles.includes('REQUIREMENT')) && roles.some((r) => r === 'LEAD' || r === 'SUPPORT' || r === 'RESPONSIBLE' || r === 'TOWNS');
}
