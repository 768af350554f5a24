import { goldScore, type GoldCounts, type GoldScore } from './scoreGold.js';
import type { RecurringScore } from './scoreRecurring.js';

/**
 * Many documents' scores as one: their counts summed and the ratios computed from the sums
 * (micro-averaged, so a document with 300 tasks weighs 300 times one with a single task).
 * ★ is summed over the documents whose gold marks it.
 */
export function sumGoldScores(scores: Iterable<GoldScore>): GoldScore {
  const sum: GoldCounts = {
    tasks: { gold: 0, extracted: 0, matched: 0 },
    responsibilities: { gold: 0, extracted: 0, matched: 0 },
    roles: { compared: 0, correct: 0 },
  };
  for (const s of scores) {
    for (const part of ['tasks', 'responsibilities'] as const) {
      sum[part].gold += s[part].gold;
      sum[part].extracted += s[part].extracted;
      sum[part].matched += s[part].matched;
    }
    sum.roles.compared += s.roles.compared;
    sum.roles.correct += s.roles.correct;
    if (s.starred) {
      sum.starred ??= { gold: 0, matched: 0 };
      sum.starred.gold += s.starred.gold;
      sum.starred.matched += s.starred.matched;
    }
  }
  return goldScore(sum);
}

/**
 * Several regions' recurring-project scores as one: counts summed, recall and precision
 * computed from the sums, and every missing or unmatched entry prefixed with its region.
 */
export function sumRecurringScores(parts: Iterable<{ region: string; score: RecurringScore }>): RecurringScore {
  const out: RecurringScore = { core: { total: 0, found: 0, yearsExact: 0, recall: 1 }, reported: 0, matchedAny: 0, precision: 1, missing: [], unmatched: [] };
  for (const { region, score } of parts) {
    out.core.total += score.core.total;
    out.core.found += score.core.found;
    out.core.yearsExact += score.core.yearsExact;
    out.reported += score.reported;
    out.matchedAny += score.matchedAny;
    out.missing.push(...score.missing.map((m) => `${region}: ${m}`));
    out.unmatched.push(...score.unmatched.map((m) => `${region}: ${m}`));
  }
  out.core.recall = out.core.total ? out.core.yearsExact / out.core.total : 1;
  out.precision = out.reported ? out.matchedAny / out.reported : 1;
  return out;
}
