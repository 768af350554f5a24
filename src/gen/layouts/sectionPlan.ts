import type { Rng } from '../rng.js';
import { splitCount } from '../DocBuilder.js';
import { cnNumeral } from '../numerals.js';
import { VOCABULARY } from '../vocabulary.js';

/** A level-1 section of a list document and how many items it holds. */
export interface SectionPlan {
  heading: string;
  size: number;
}

/**
 * Level-1 sections for `quota` items: 1–12 headings (`一、着力推动新旧动能转换`), about
 * 6–12 items each, sizes varying.
 */
export function sectionPlan(rng: Rng, quota: number): SectionPlan[] {
  const count = Math.max(1, Math.min(12, Math.round(quota / rng.range(6, 12))));
  const headings = rng.shuffle(VOCABULARY.sectionHeadings);
  return splitCount(quota, count, () => rng.next()).map((size, k) => ({ heading: `${cnNumeral(k + 1)}、${headings[k % headings.length]!}`, size }));
}
