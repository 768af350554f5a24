import { LABEL_RULES, labelRule } from '../extract/responsibilityRules.js';
import type { LabelRole } from '../extract/responsibilityRules.js';

/** What a table column holds. */
export type ColumnRole = 'NUMBER' | 'TASK' | LabelRole | 'OTHER';

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
  完成时限: 'OTHER',
  时间节点: 'OTHER',
  完成时间: 'OTHER',
  备注: 'OTHER',
  类别: 'OTHER',
};

// Private: no header term or label is longer than this (columnRole runs on every line).
const MAX_TERM = Math.max(...Object.keys(HEADER_TERMS).map((k) => k.length), ...LABEL_RULES.map((r) => r.label.length));
const STRIPPED = /[\s:：]/;

/** Role of a header cell, or null when the cell is not a known header term. */
export function columnRole(cell: string): ColumnRole | null {
  // A cell with more letters than the longest term is no header (most lines are sentences).
  let letters = 0;
  for (let i = 0; i < cell.length && letters <= MAX_TERM; i++) if (!STRIPPED.test(cell[i]!)) letters++;
  if (letters > MAX_TERM) return null;
  const c = cell.replace(/[\s:：]/g, '');
  const t = HEADER_TERMS[c];
  if (t) return t;
  const l = labelRule(c);
  return l ? l.role : null;
}

/** A header row must name a task column and at least one unit column to be a task table. */
export function isTaskTableHeader(cells: string[]): boolean {
  const roles = cells.map(columnRole);
  if (roles.some((r) => r === null)) return false;
  return roles.includes('TASK') && roles.some((r) => r === 'LEAD' || r === 'SUPPORT' || r === 'RESPONSIBLE');
}
