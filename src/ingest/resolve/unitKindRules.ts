import type { UnitKind } from '../../model/records.js';

/** Suffix rules for the kind of a unit the dictionary does not know; first match wins. */
export interface UnitKindRule {
  id: string;
  pattern: RegExp;
  kind: UnitKind;
}

export const UNIT_KIND_RULES: UnitKindRule[] = [
  // 各相关单位 / 各街镇
  { id: 'unit-kind.collective', pattern: /^各/, kind: 'COLLECTIVE' },
  // 嘉定新城规划建设领导小组办公室
  { id: 'unit-kind.leading-group-office', pattern: /领导小组(?:推进)?办公室$|领导小组办$/, kind: 'LEADING_GROUP_OFFICE' },
  // 北虹桥商务区管委会办公室
  { id: 'unit-kind.management-committee', pattern: /管委会(?:办公室)?$|管理委员会(?:办公室)?$|管委办$/, kind: 'MANAGEMENT_COMMITTEE' },
  // 公安嘉定分局
  { id: 'unit-kind.police', pattern: /公安|派出所|消防/, kind: 'POLICE' },
  // 区委宣传部
  { id: 'unit-kind.party', pattern: /^(?:区委|中共|党工委|团区委)|纪委|监委/, kind: 'PARTY' },
  // 汽车城集团 / 新城公司
  { id: 'unit-kind.company', pattern: /(?:集团|公司|控股)$/, kind: 'COMPANY' },
  // 真新街道
  { id: 'unit-kind.subdistrict', pattern: /街道(?:办事处)?$/, kind: 'SUBDISTRICT' },
  // 彭浦镇政府
  { id: 'unit-kind.town', pattern: /镇(?:政府|人民政府)?$/, kind: 'TOWN' },
  // 区交通委
  { id: 'unit-kind.commission', pattern: /委(?:员会)?$/, kind: 'COMMISSION' },
  // 区审计局 / 区统计局
  { id: 'unit-kind.bureau', pattern: /局$/, kind: 'BUREAU' },
  // 区重大办 / 区行政服务中心
  { id: 'unit-kind.office', pattern: /(?:办公室|办|中心)$/, kind: 'OFFICE' },
];

/** Kind of a unit by its name; OTHER when no rule matches. */
export function unitKindOf(name: string): { kind: UnitKind; rule: string } {
  for (const r of UNIT_KIND_RULES) if (r.pattern.test(name)) return { kind: r.kind, rule: r.id };
  return { kind: 'OTHER', rule: 'unit-kind.other' };
}
