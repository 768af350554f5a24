import type { Genre, TaskKind } from '../../model/records.js';

/** Kind rules for report sentences: where the section says what is planned, a sentence is a MEASURE. */
export const PLAN_SECTION = /下半年|下一步|明年|今后|工作(?:计划|安排|打算|思路|措施)|主要(?:措施|任务)|工作建议|重点工作/;

/**
 * The kind of a task: list genres print TASKs (TARGETs when the item is a numeric goal);
 * reports print ACHIEVEMENTs, and MEASUREs under a planning heading (TARGET when numeric).
 */
export function classifyTask(genre: Genre, sectionTitles: string[], hasTarget: boolean, isListItem: boolean): TaskKind {
  const list = genre === 'task_list' || genre === 'target_list';
  if (list || (genre === 'unknown' && isListItem)) return hasTarget ? 'TARGET' : 'TASK';
  const planning = sectionTitles.some((t) => PLAN_SECTION.test(t));
  if (planning) return hasTarget ? 'TARGET' : 'MEASURE';
  return 'ACHIEVEMENT';
}
