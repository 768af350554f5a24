import { streamRng } from './rng.js';
import type { GenOptions, Layout } from './types.js';
import { VOCABULARY } from './vocabulary.js';

/** One document to generate: where, when, which layout, and how many tasks it holds. */
export interface DocPlan {
  region: number;
  year: number;
  /** 0-based index among the region-year's documents; document 0 mentions every active project. */
  k: number;
  layout: Layout;
  tasks: number;
}

/** The resolved options and the documents, in output order (region, year, k). */
export interface CorpusPlan {
  seed: number;
  regions: number;
  years: [number, number];
  docs: DocPlan[];
}

/** Default year range. */
export const DEFAULT_YEARS: [number, number] = [2015, 2025];
/** Regions the vocabulary offers. */
export const MAX_REGIONS = VOCABULARY.regions.length;

// Private: layout mix across documents.
const LAYOUT_WEIGHTS: [Layout, number][] = [
  ['duty-paren', 25],
  ['lead-bracket', 14],
  ['lead-line', 12],
  ['flat-table', 14],
  ['column-table', 14],
  ['target-list', 20],
  ['narrative', 15],
];
// Private: tasks a document holds on average when the corpus is small; grows with it.
const TASKS_PER_DOC = 80;
const MAX_DOCS_PER_REGION_YEAR = 8;

/** Default region count for a corpus of `tasks` tasks: 4 for small ones, up to every region. */
export function defaultRegions(tasks: number): number {
  return Math.max(4, Math.min(MAX_REGIONS, Math.round(tasks / 1500)));
}

/**
 * Decide the documents: every region-year gets 1–8 documents (more for bigger corpora),
 * task counts vary ±40% around the mean and sum to exactly `tasks`. Small corpora get
 * fewer documents (at least 3 tasks each). The plan is a few hundred bytes per document.
 */
export function planCorpus(options: GenOptions): CorpusPlan {
  const { tasks, seed } = options;
  const years = options.years ?? DEFAULT_YEARS;
  const regions = options.regions ?? defaultRegions(tasks);
  if (!Number.isInteger(tasks) || tasks < 1) throw new RangeError(`planCorpus expects tasks to be a positive integer, got ${tasks}`);
  if (!Number.isInteger(regions) || regions < 1 || regions > MAX_REGIONS) throw new RangeError(`planCorpus expects regions in 1–${MAX_REGIONS}, got ${regions}`);
  if (!(years[0] <= years[1])) throw new RangeError(`planCorpus expects a year range first ≤ last, got ${years[0]}-${years[1]}`);
  const nYears = years[1] - years[0] + 1;
  const slots = regions * nYears;
  const perSlot = Math.max(1, Math.min(MAX_DOCS_PER_REGION_YEAR, Math.round(tasks / (slots * TASKS_PER_DOC))));
  const count = Math.max(1, Math.min(slots * perSlot, Math.floor(tasks / 3)));

  const rng = streamRng(seed, 'plan');
  const docs: DocPlan[] = [];
  // Take region-years year-major first, so a small corpus still spreads over the years.
  const order: { region: number; year: number; k: number }[] = [];
  for (let k = 0; k < perSlot; k++) for (let y = 0; y < nYears; y++) for (let r = 0; r < regions; r++) order.push({ region: r, year: years[0] + y, k });
  const chosen = order.slice(0, count).sort((a, b) => a.region - b.region || a.year - b.year || a.k - b.k);
  const weights = chosen.map(() => 0.6 + 0.8 * rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => Math.max(1, Math.floor((tasks * w) / sum)));
  let rest = tasks - quotas.reduce((a, b) => a + b, 0);
  for (let i = 0; rest !== 0; i = (i + 1) % quotas.length) {
    if (rest > 0) {
      quotas[i]!++;
      rest--;
    } else if (quotas[i]! > 1) {
      quotas[i]!--;
      rest++;
    }
  }
  chosen.forEach((c, i) => {
    const layout = LAYOUT_WEIGHTS[rng.weighted(LAYOUT_WEIGHTS.map((l) => l[1]))]![0];
    docs.push({ ...c, layout, tasks: quotas[i]! });
  });
  return { seed, regions, years, docs };
}
