import { PROJECT_STATUSES } from '../../model/enums.js';
import type { MentionRow } from '../../store/rows.js';
import type { StatusYearValue } from './types.js';

/**
 * A project's status per year: of the year's mentions that state a status, the
 * furthest along (a report that says 一期建成 and 二期开工 in one year counts as
 * COMPLETED, with that sentence as evidence). Years without a stated status are left out.
 */
export function statusByYear(mentions: readonly MentionRow[]): StatusYearValue[] {
  const best = new Map<number, MentionRow>();
  for (const m of mentions) {
    if (m.status === null) continue;
    const current = best.get(m.year);
    if (!current || PROJECT_STATUSES.indexOf(m.status) > PROJECT_STATUSES.indexOf(current.status!)) best.set(m.year, m);
  }
  return [...best.values()]
    .sort((a, b) => a.year - b.year)
    .map((m) => ({ year: m.year, status: m.status!, evidence: m.evidence }));
}

/** Distinct years of a project's mentions, ascending. */
export function yearsOf(mentions: readonly MentionRow[]): number[] {
  return [...new Set(mentions.map((m) => m.year))].sort((a, b) => a - b);
}
