/*
 * The name a project is shown by, chosen from every spelling seen across
 * documents: each spelling is reduced to its stem (phase 一期/(二期), section
 * 嘉定段, edition 首届/第四届, quotes and spaces removed; place prefixes kept,
 * they make a name readable), and the stem most spellings share wins — ties to
 * the longer, then the first in code-point order. The result does not depend on
 * the order documents were loaded in.
 */

/** Marks removed from a spelling to get its stem, each with an example. */
export const STEM_RULES: ReadonlyArray<{ id: string; pattern: RegExp }> = [
  // S7沪崇高速(二期) / 氢能汽车科技园（一期） → …; S7公路一期 → S7公路 (spellings are as printed:
  // brackets half- or full-width)
  { id: 'stem.phase', pattern: /[(（]?[一二三四五六七八九十\d]+期(?:工程)?[)）]?/g },
  // 沪通铁路一期(嘉定段) / 沪通铁路（嘉定段） → 沪通铁路; 嘉闵线嘉定段 → 嘉闵线 (a section is a two-character place + 段)
  { id: 'stem.section', pattern: /[(（]?[\u4e00-\u9fff]{2}段[)）]?$/g },
  // 第四届长三角科交会 → 长三角科交会; 首届… → …
  { id: 'stem.edition', pattern: /^(?:第[一二三四五六七八九十百\d]+|首)届/g },
  // 真新“南四块” → 真新南四块; S7 沪崇高速 → S7沪崇高速
  { id: 'stem.quotes-spaces', pattern: /[\s"'“”‘’「」《》]/g },
];

/** A spelling's stem: the name without phase, section, edition, quotes and spaces. */
export function projectStem(spelling: string): string {
  let stem = spelling;
  for (const rule of STEM_RULES) {
    const next = stem.replace(rule.pattern, '');
    if (next.length >= 2) stem = next;
  }
  return stem;
}

/** The display name for a project known by these spellings (the current name first). */
export function projectDisplayName(spellings: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const s of new Set(spellings)) {
    const stem = projectStem(s);
    counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const entry of counts) {
    if (!best || entry[1] > best[1] || (entry[1] === best[1] && (entry[0].length > best[0].length || (entry[0].length === best[0].length && entry[0] < best[0])))) {
      best = entry;
    }
  }
  return best?.[0] ?? spellings[0] ?? '';
}
