import type { Role } from '../../model/records.js';

/** What a printed label says about the names after it. PERSON labels name people, never units; DEADLINE labels a time. */
export type LabelRole = Role | 'PERSON' | 'DEADLINE';

/**
 * Responsibility labels as data. A label followed by `:`/`：` opens a list of names that
 * runs to the next label or the clause's closing bracket.
 */
export interface LabelRule {
  id: string;
  label: string;
  role: LabelRole;
}

export const LABEL_RULES: LabelRule[] = [
  // (责任单位:区经委、区商务委)
  { id: 'label.responsible-unit', label: '责任单位', role: 'RESPONSIBLE' },
  // 责任部门:区民政局
  { id: 'label.responsible-dept', label: '责任部门', role: 'RESPONSIBLE' },
  // 责任主体:各街镇
  { id: 'label.responsible-body', label: '责任主体', role: 'RESPONSIBLE' },
  // 实施单位:区建管委
  { id: 'label.implementing-unit', label: '实施单位', role: 'RESPONSIBLE' },
  // 承办单位:区体育局
  { id: 'label.undertaking-unit', label: '承办单位', role: 'RESPONSIBLE' },
  // [牵头单位:区发展改革委;责任单位:各街镇]
  { id: 'label.lead-unit', label: '牵头单位', role: 'LEAD' },
  // 牵头部门:区教育局
  { id: 'label.lead-dept', label: '牵头部门', role: 'LEAD' },
  // 牵头责任单位:区卫生健康委
  { id: 'label.lead-responsible-unit', label: '牵头责任单位', role: 'LEAD' },
  // 主责单位:区水务局
  { id: 'label.main-unit', label: '主责单位', role: 'LEAD' },
  // 主责部门:区市场监管局
  { id: 'label.main-dept', label: '主责部门', role: 'LEAD' },
  // 主办单位:区文化旅游局
  { id: 'label.host-unit', label: '主办单位', role: 'LEAD' },
  // 配合单位:区财政局、区审计局
  { id: 'label.support-unit', label: '配合单位', role: 'SUPPORT' },
  // 配合部门:区公安分局
  { id: 'label.support-dept', label: '配合部门', role: 'SUPPORT' },
  // 协办单位:区商务委
  { id: 'label.co-unit', label: '协办单位', role: 'SUPPORT' },
  // 协办部门:区司法局
  { id: 'label.co-dept', label: '协办部门', role: 'SUPPORT' },
  // 协同单位:区科委
  { id: 'label.cooperating-unit', label: '协同单位', role: 'SUPPORT' },
  // 参与单位:各街道
  { id: 'label.participating-unit', label: '参与单位', role: 'SUPPORT' },
  // 协助单位:区城管执法局
  { id: 'label.assisting-unit', label: '协助单位', role: 'SUPPORT' },
  // 责任人:王建国
  { id: 'label.person', label: '责任人', role: 'PERSON' },
  // 牵头领导:李副区长
  { id: 'label.lead-leader', label: '牵头领导', role: 'PERSON' },
  // 分管领导:张明
  { id: 'label.supervising-leader', label: '分管领导', role: 'PERSON' },
  // 责任领导:陈伟
  { id: 'label.responsible-leader', label: '责任领导', role: 'PERSON' },
  // 分管区领导:刘副区长
  { id: 'label.district-leader', label: '分管区领导', role: 'PERSON' },
  // 联系人:赵敏
  { id: 'label.contact', label: '联系人', role: 'PERSON' },
  // 责任人员:王建国
  { id: 'label.responsible-person', label: '责任人员', role: 'PERSON' },
  // (完成时限:2023年10月底)
  { id: 'label.deadline', label: '完成时限', role: 'DEADLINE' },
  // 完成时间:2023年6月
  { id: 'label.completion-time', label: '完成时间', role: 'DEADLINE' },
  // 时间节点:三季度
  { id: 'label.milestone', label: '时间节点', role: 'DEADLINE' },
  // 完成期限:年底前
  { id: 'label.term', label: '完成期限', role: 'DEADLINE' },
  // 时限要求:长期坚持
  { id: 'label.time-requirement', label: '时限要求', role: 'DEADLINE' },
  // 进度安排:6月底前启动,10月底前完成
  { id: 'label.schedule', label: '进度安排', role: 'DEADLINE' },
];

// Private: longest label first so 牵头责任单位 wins over 责任单位.
const SORTED = [...LABEL_RULES].sort((a, b) => b.label.length - a.label.length);
const BY_LABEL = new Map(LABEL_RULES.map((r) => [r.label, r]));

/** Matches a label and its colon anywhere (`牵头单位:` / `牵头单位：` / `牵头单位 :`). */
export const LABEL_PATTERN = new RegExp(`(${SORTED.map((r) => r.label).join('|')})[ \\t]*[:：]`, 'g');

/** A label without colon as a table header cell (`牵头单位`). */
export function labelRule(label: string): LabelRule | undefined {
  return BY_LABEL.get(label.replace(/[\s:：]/g, ''));
}

/** A document of unknown genre that prints these labels is read as a list (责任单位:区经委): only its items and rows are tasks. */
export const LIST_LABEL_CUE = /(?:责任单位|牵头单位)[ \t]*[:：]/;
