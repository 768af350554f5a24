import data from '../dict/unit-abbreviations.json' with { type: 'json' };

/** An abbreviated part of department names (`dict/unit-abbreviations.json`). */
export interface Abbreviation {
  id: string;
  full: string;
  short: string[];
}

export const ABBREVIATIONS = (data as { abbreviations: Abbreviation[] }).abbreviations;
// Private: one alternation, full forms among them, longest first, so expanding is idempotent.
const PATTERN = new RegExp(
  [...new Set(ABBREVIATIONS.flatMap((a) => [a.full, ...a.short]))].sort((a, b) => b.length - a.length).join('|'), 'g',
);
const FULL = new Map(ABBREVIATIONS.flatMap((a) => [a.full, ...a.short].map((s) => [s, a] as const)));
// 区农业农村委 → 区农业农村委员会; not 区委, 党委, 党工委, 纪委, 团委 (bodies named 委).
const COMMISSION = /^(.{3,})(?<![区县市党工纪团镇乡])委$/;

/**
 * The long form of a department name (`区发改局` → `区发展和改革局`, `区规资局` → `区规划和自然资源局`,
 * `区农业农村委` → `区农业农村委员会`) and the rules that changed it: one spelling per department of a
 * region, whichever form a document prints.
 */
export function expandAbbreviations(name: string): { name: string; rules: string[] } {
  const rules: string[] = [];
  let out = name.replace(PATTERN, (m) => {
    const a = FULL.get(m)!;
    if (m !== a.full) rules.push(a.id);
    return a.full;
  });
  const c = COMMISSION.exec(out);
  if (c) {
    out = `${c[1]}委员会`;
    rules.push('abbr.commission');
  }
  return { name: out, rules };
}
