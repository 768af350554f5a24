/** A rule a document states for its own unit lists, and where it states it. */
export interface Convention {
  id: string;
  start: number;
  end: number;
}

/** Convention sentences as data, each with an example it reads. */
export const CONVENTION_RULES: { id: string; pattern: RegExp }[] = [
  // 责任单位中排在第一位的为牵头单位 / 列第一位的为牵头部门 / 首位单位为牵头单位 / 第一个单位为牵头单位
  { id: 'convention.first-listed-leads', pattern: /(?:排(?:在|名)?|列(?:在)?|位列)?(?:第一位|第一个|首位|首个|第一|最前)(?:的|者)?(?:单位|部门)?(?:为|是|系)(?:牵头|主责|主办)(?:单位|部门)?/ },
];

/** The convention the document states for its lists (first listed unit leads), or null. */
export function findConvention(text: string): Convention | null {
  for (const r of CONVENTION_RULES) {
    const m = r.pattern.exec(text);
    if (m) return { id: r.id, start: m.index, end: m.index + m[0].length };
  }
  return null;
}
