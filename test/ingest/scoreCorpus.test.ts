import { describe, expect, it } from 'vitest';
import { sumGoldScores, sumRecurringScores } from '../../src/ingest/eval/scoreCorpus.js';
import { goldScore } from '../../src/ingest/eval/scoreGold.js';
import type { RecurringScore } from '../../src/ingest/eval/scoreRecurring.js';

const counts = (tasks: [number, number, number], pairs: [number, number, number]) => goldScore({
  tasks: { gold: tasks[0], extracted: tasks[1], matched: tasks[2] },
  responsibilities: { gold: pairs[0], extracted: pairs[1], matched: pairs[2] },
  roles: { compared: pairs[2], correct: pairs[2] },
});

describe('sumGoldScores', () => {
  it('sums counts and computes the ratios from the sums (a large document weighs more)', () => {
    const big = counts([300, 300, 300], [600, 600, 600]);
    const small = counts([1, 1, 0], [2, 2, 0]);
    const s = sumGoldScores([big, small]);
    expect(s.tasks).toEqual({ gold: 301, extracted: 301, matched: 300, precision: 300 / 301, recall: 300 / 301 });
    expect(s.responsibilities.recall).toBeCloseTo(600 / 602, 10);
    // The mean of the two documents' recalls would be 0.5: not what a corpus score means.
    expect(s.tasks.recall).toBeGreaterThan(0.99);
    expect(s.starred).toBeUndefined();
  });

  it('counts ★ over the documents that mark it, and scores nothing as 1', () => {
    const starred = { ...counts([2, 2, 2], [0, 0, 0]), starred: { gold: 2, matched: 1 } };
    expect(sumGoldScores([starred, counts([1, 1, 1], [0, 0, 0])]).starred).toEqual({ gold: 2, matched: 1 });
    const none = sumGoldScores([]);
    expect(none.tasks.recall).toBe(1);
    expect(none.responsibilities.f1).toBe(1);
  });
});

describe('sumRecurringScores', () => {
  const part = (total: number, exact: number, reported: number, matched: number, missing: string[]): RecurringScore => ({
    core: { total, found: exact, yearsExact: exact, recall: exact / total }, reported, matchedAny: matched, precision: matched / reported, missing, unmatched: [],
  });

  it('sums regions and names each miss with its region', () => {
    const s = sumRecurringScores([
      { region: '上海市嘉定区', score: part(20, 19, 25, 25, ['南四块']) },
      { region: '上海市静安区', score: part(10, 10, 10, 9, []) },
    ]);
    expect(s.core).toEqual({ total: 30, found: 29, yearsExact: 29, recall: 29 / 30 });
    expect(s.precision).toBe(34 / 35);
    expect(s.missing).toEqual(['上海市嘉定区: 南四块']);
  });
});
