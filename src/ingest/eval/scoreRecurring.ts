import type { RecurringProject } from '../resolve/recurringProjects.js';
import { foldKey } from '../text/foldText.js';
import type { GoldProject, GoldRecurring } from './goldTypes.js';

/** The `npm run eval -- --recurring` report. */
export interface RecurringScore {
  core: { total: number; found: number; yearsExact: number; recall: number };
  reported: number;
  matchedAny: number;
  precision: number;
  missing: string[];
  unmatched: string[];
}

const norm = (s: string): string => foldKey(s).replace(/["'“”]/g, '');

// Private: names a gold entry is known by (canonical + every surface), normalised.
function goldNames(g: GoldProject): Set<string> {
  const out = new Set([norm(g.canonical)]);
  for (const list of Object.values(g.surfaces)) for (const s of list) out.add(norm(s));
  return out;
}

/**
 * Score reported recurring projects against the gold file: a reported project matches a
 * gold entry when its name or any alias (as printed) equals the entry's canonical name or
 * one of its surfaces, after folding quotes, widths and spaces. Core entries must be
 * found with exactly their years.
 */
export function scoreRecurring(gold: GoldRecurring, reported: RecurringProject[]): RecurringScore {
  const all = [...gold.core, ...(gold.debatable ?? []), ...(gold.programs ?? [])];
  const names = new Map(all.map((g) => [g, goldNames(g)]));
  const matches = (r: RecurringProject, g: GoldProject): boolean => {
    const gn = names.get(g)!;
    return [r.project.name, ...r.project.aliases, ...r.mentions.map((m) => m.surface)].some((n) => gn.has(norm(n)));
  };
  let found = 0;
  let exact = 0;
  const missing: string[] = [];
  for (const g of gold.core) {
    const hits = reported.filter((r) => matches(r, g));
    if (!hits.length) {
      missing.push(g.canonical);
      continue;
    }
    found++;
    const years = [...new Set(hits.flatMap((h) => h.years))].sort((a, b) => a - b);
    if (years.join() === [...g.years].sort((a, b) => a - b).join()) exact++;
    else missing.push(`${g.canonical} (years ${years.join(',')} ≠ ${g.years.join(',')})`);
  }
  const unmatched = reported.filter((r) => !all.some((g) => matches(r, g)));
  const matchedAny = reported.length - unmatched.length;
  return {
    core: { total: gold.core.length, found, yearsExact: exact, recall: gold.core.length ? exact / gold.core.length : 1 },
    reported: reported.length,
    matchedAny,
    precision: reported.length ? matchedAny / reported.length : 1,
    missing,
    unmatched: unmatched.map((u) => `${u.project.name} [${u.years.join(',')}]`),
  };
}
