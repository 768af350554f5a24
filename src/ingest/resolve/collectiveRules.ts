/**
 * Collective placeholders printed among units: not one unit but "whoever it concerns". They are
 * kept on the responsibility as printed, as kind COLLECTIVE, and left out of the co-responsibility
 * analyses unless asked for. Rules of the genre, not a list of phrases: first match wins.
 */
export interface CollectiveRule {
  id: string;
  pattern: RegExp;
}

export const COLLECTIVE_RULES: CollectiveRule[] = [
  // 各相关单位 / 各街道 / 各镇人民政府 / 各乡镇(街道) / 各县(市、区)
  { id: 'collective.each', pattern: /^各/ },
  // 相关乡镇办 / 有关部门 / 其他相关单位
  { id: 'collective.concerned', pattern: /^(?:其他|其它)?(?:相关|有关)/ },
  // 区直各部门 / 县直有关单位 / 市属各企业
  { id: 'collective.directly-under', pattern: /^(?:区|县|市|旗|镇|乡)(?:直|属)(?:各|有关|相关)?(?:部门|单位|企业|机关)/ },
  // 区政府各部门 / 县委各部委 / 区级各有关部门
  { id: 'collective.departments-of', pattern: /各(?:有关|相关)?(?:部门|部委|单位|委办局|街道|街镇|乡镇|镇|乡|园区|村)/ },
  // 全区各街镇 / 全县各乡镇 / 全市有关单位
  { id: 'collective.whole', pattern: /^全(?:区|县|市|旗|镇|乡)/ },
  // 成员单位 / 领导小组成员单位
  { id: 'collective.members', pattern: /成员单位$/ },
];

/** The collective rule a printed name matches, or null for a unit. */
export function collectiveRule(name: string): CollectiveRule | null {
  return COLLECTIVE_RULES.find((r) => r.pattern.test(name)) ?? null;
}
