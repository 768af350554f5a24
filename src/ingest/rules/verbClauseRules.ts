import type { Role } from '../../model/records.js';

/**
 * Responsibility stated by a verb rather than a label, as work reports and 分工方案 print it
 * at the end of an item: 由区发改局牵头，区财政局配合。 / 区卫生健康局牵头，区医疗保障局参与。 /
 * 由区教育局负责。 / 由区住建局会同区城管局推进。 Each rule must match a whole clause (the text
 * between two sentence ends), `L` standing for a list of unit names; `roles` gives the role of
 * each list in order. Every name of a matched list must look like a unit (verbClauseUnit), so
 * a sentence such as 由区政府分管领导按照分工牵头实施 is no clause.
 */
export interface VerbClauseRule {
  id: string;
  pattern: string;
  roles: Role[];
}

export const VERB_CLAUSE_RULES: VerbClauseRule[] = [
  // 由区金融工作局牵头，区发展改革局、区财政局配合 / 区卫生健康局牵头，区医疗保障局、区民政局参与
  { id: 'verb.lead-support', pattern: '由?(L)(?:共同)?牵头(?:负责|实施|落实|推进)?[，,]\\s*(L)(?:配合|参与|协同|协助|协办)(?:实施|落实|推进)?', roles: ['LEAD', 'SUPPORT'] },
  // 由区住建局会同区城管执法局推进
  { id: 'verb.together-with', pattern: '由(L)会同(L)(?:共同)?(?:负责|推进|落实|实施|办理)', roles: ['LEAD', 'SUPPORT'] },
  // 由区经济促进局牵头 / 区自然资源局、区经济促进局共同牵头
  { id: 'verb.lead', pattern: '由?(L)(?:共同)?牵头(?:负责|实施|落实|推进)?', roles: ['LEAD'] },
  // 由区教育局负责 / 由各镇（街道）负责落实 / (县教育体育局负责)
  { id: 'verb.responsible', pattern: '由?(L)(?:具体)?(?:负责|承担|组织实施)(?:落实|实施|推进)?', roles: ['RESPONSIBLE'] },
];

/** A unit list inside a verb clause: names separated by 、 or a comma, brackets allowed (各镇（街道）). */
export const VERB_CLAUSE_LIST = '[^，,、。；;！!？?\\s]{2,30}?(?:[、，,][^，,、。；;！!？?\\s]{2,30}?)*?';
