/**
 * How a stated convention reads a document's unit lists: `marked` — the names the lists mark
 * (区农业农村委*) lead, as the lead markers already read them (the convention is recorded on
 * them); `first-leads` — of a list printed without roles, the first name leads, the others support.
 */
export type ConventionReading = 'marked' | 'first-leads';

/** A rule a document states for its own unit lists, and where it states it. */
export interface Convention {
  id: string;
  reads: ConventionReading;
  start: number;
  end: number;
}

/** Convention sentences as data, each with an example it reads. */
export const CONVENTION_RULES: { id: string; reads: ConventionReading; pattern: RegExp }[] = [
  // 责任单位中排在第一位的为牵头单位 / 列第一位的为牵头部门 / 首位单位为牵头单位 / 第一个单位为牵头单位
  // 责任部门(加*号为牵头部门,其余为参与部门) / 标★的为牵头单位 / 带*者为牵头部门: a mark the lists print (read by the lead markers)
  { id: 'convention.marked-leads', reads: 'marked', pattern: /(?:加|带|标|标有|标注|注有|打)?[*＊★☆]号?(?:的|者)?(?:为|是|系)(?:牵头|主责)(?:单位|部门)/ },
  { id: 'convention.first-listed-leads', reads: 'first-leads', pattern: /(?:排(?:在|名)?|列(?:在)?|位列)?(?:第一位|第一个|首位|首个|第一|最前)(?:的|者)?(?:单位|部门)?(?:为|是|系)(?:牵头|主责|主办)(?:单位|部门)?/ },
];

/** The convention the document states for its lists (first listed unit leads), or null. */
export function findConvention(text: string): Convention | null {
  for (const r of CONVENTION_RULES) {
    const m = r.pattern.exec(text);
    if (m) return { id: r.id, reads: r.reads, start: m.index, end: m.index + m[0].length };
  }
  return null;
}
