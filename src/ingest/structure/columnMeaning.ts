import type { LabelRole } from '../rules/responsibilityRules.js';

/**
 * What a table column means, read from its header cell's text:
 * CATEGORY (类别/领域/板块: carried down to the rows of its group, never a task),
 * REQUIREMENT (要求/举措/具体措施: part of the task's text), TOWNS (责任街镇/属地: towns and
 * subdistricts as responsible units), PROGRESS (进展/状态), plus the label roles
 * (LEAD, SUPPORT, RESPONSIBLE, PERSON, DEADLINE).
 */
export type ColumnMeaning = 'NUMBER' | 'TASK' | 'CATEGORY' | 'REQUIREMENT' | 'TOWNS' | 'PROGRESS' | LabelRole;

/**
 * Header vocabulary of the genre as data, tried in order on the header text with any bracketed
 * note removed (`责任部门(加*号为牵头部门,其余为参与部门)` → 责任部门). Each pattern must match
 * the whole header, so a sentence never reads as a header. Order matters: people before units
 * (责任人 before 责任…), towns before units, lead before responsible.
 */
export const COLUMN_RULES: { id: string; meaning: ColumnMeaning; pattern: RegExp }[] = [
  // 序号 / 编号 / 序
  { id: 'column.sequence', meaning: 'NUMBER', pattern: /^(?:序号|编号|序|No\.?)$/i },
  // 类别 / 领域 / 板块 / 工作类别 / 任务类别 / 重点领域 / 分类
  { id: 'column.category', meaning: 'CATEGORY', pattern: /^(?:工作|任务|项目|重点)?(?:类别|领域|板块|分类|类型|方面)$/ },
  // 责任领导 / 分管领导 / 牵头领导 / 分管区领导 / 责任人 / 联系人 / 责任人员 / 具体责任人
  { id: 'column.people', meaning: 'PERSON', pattern: /^(?:具体|主要)?(?:(?:责任|分管|牵头|联系|包保)(?:区|市|县)?领导|责任人(?:员)?|联系人(?:及电话)?|负责人)$/ },
  // 完成时限 / 完成时间 / 时间节点 / 进度安排 / 完成期限 / 时限要求 / 时间安排
  { id: 'column.deadline', meaning: 'DEADLINE', pattern: /^(?:计划)?(?:完成时限|完成时间|时间节点|进度安排|完成期限|时限要求|时限|时间安排|完成节点|时间进度)$/ },
  // 进展情况 / 推进情况 / 完成情况 / 状态 / 备注
  { id: 'column.progress', meaning: 'PROGRESS', pattern: /^(?:目前|当前)?(?:进展情况|推进情况|完成情况|进展|状态|工作进展|备注)$/ },
  // 责任街镇 / 属地街镇 / 属地 / 责任乡镇 / 配合街镇
  { id: 'column.towns', meaning: 'TOWNS', pattern: /^(?:责任|属地|配合|相关)?(?:街镇|乡镇|镇街|街道|属地)(?:单位)?$/ },
  // 牵头单位 / 牵头部门 / 主责单位 / 牵头责任单位 / 主办单位
  { id: 'column.lead', meaning: 'LEAD', pattern: /^(?:牵头|主责|主办)(?:责任)?(?:单位|部门)$/ },
  // 配合单位 / 协办单位 / 参与单位 / 协同部门 / 协助单位
  { id: 'column.support', meaning: 'SUPPORT', pattern: /^(?:配合|协办|参与|协同|协助)(?:责任)?(?:单位|部门)$/ },
  // 责任单位 / 责任部门 / 责任主体 / 实施单位 / 承办单位
  { id: 'column.responsible', meaning: 'RESPONSIBLE', pattern: /^(?:责任|实施|承办)(?:单位|部门|主体)$|^责任主体$/ },
  // 要求 / 工作要求 / 任务要求 / 举措 / 主要举措 / 具体措施 / 工作措施
  { id: 'column.requirements', meaning: 'REQUIREMENT', pattern: /^(?:工作|任务|主要|具体|推进)?(?:要求|举措|措施)$/ },
  // 任务 / 重点任务 / 工作任务 / 任务名称 / 目标 / 预期目标 / 2022年预期目标 / 工作内容 / 工作目标 / 项目名称
  { id: 'column.task', meaning: 'TASK', pattern: /^(?:\d{4}年(?:度)?)?(?:重点|主要|具体|工作|目标|年度)?(?:任务(?:名称|内容)?|目标(?:任务)?|预期目标|工作内容|工作目标|项目名称|重点工作|工作事项|事项)$/ },
  // 改革任务 / 重点改革任务 / 攻坚任务 / 民生实事 / 实事项目 / 建设内容 / 改革事项: a task column named by its kind of task
  { id: 'column.task-kind', meaning: 'TASK', pattern: /^(?:\d{4}年(?:度)?)?(?:重点|主要|年度)?(?:改革|攻坚|发展|建设|民生|督办|考核|创建|整改)(?:任务|事项|内容|项目)$|^(?:\d{4}年(?:度)?)?(?:重点|十大|十件)?(?:民生)?实事(?:项目|名称|内容)?$/ },
];

// Private: a bracketed note in a header (`(加*号为牵头部门,其余为参与部门)`) and the spaces a converter leaves.
const NOTE = /[(（][^()（）]*[)）]/g;
const SPACES = /[\s:：\u3000]/g;
/** No header in the genre is longer than this once its note is removed. */
export const MAX_HEADER = 12;

/** A header cell read: its meaning, the rule that read it, and the bracketed note it prints (or null). */
export interface HeaderMeaning {
  meaning: ColumnMeaning;
  rule: string;
  note: string | null;
}

/** The meaning of a header cell, or null when its text is no header of the genre. */
export function columnMeaning(cell: string): HeaderMeaning | null {
  if (cell.length > 60) return null;
  const notes = cell.match(NOTE);
  const core = cell.replace(NOTE, '').replace(SPACES, '');
  if (!core || core.length > MAX_HEADER) return null;
  for (const r of COLUMN_RULES) if (r.pattern.test(core)) return { meaning: r.meaning, rule: r.id, note: notes ? notes.join('') : null };
  return null;
}
