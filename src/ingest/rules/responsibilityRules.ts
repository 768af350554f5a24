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
  // 牵头:市商务局;配合:市场发展委 (one 责任单位 cell holding both roles, or an item's bracket)
  { id: 'label.lead-short', label: '牵头', role: 'LEAD' },
  { id: 'label.support-short', label: '配合', role: 'SUPPORT' },
  { id: 'label.co-short', label: '协办', role: 'SUPPORT' },
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

/** Endings of unit names: a 2–3 character name printed among units without one is a person (王建国, not 区经委). */
export const UNIT_ENDING = /(?:委|办|局|院|所|队|站|会|司|部|处|室|校|团|区|镇|街道|中心|集团|公司|分局|办公室|小组|单位|各方|村|港|城|园)$/;

/** Common surnames: a bare 2–3 character name starting with one (and no UNIT_ENDING) is a person, never a unit. */
export const PERSON_SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤章';

/** People are never units: a bare 2–3 character name starting with a common surname. */
export function looksLikePerson(s: string): boolean {
  return /^[\u4e00-\u9fff]{2,3}$/.test(s) && PERSON_SURNAMES.includes(s[0]!) && !UNIT_ENDING.test(s);
}
