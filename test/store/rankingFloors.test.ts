import { describe, expect, it } from 'vitest';
import { RankingFloors } from '../../src/store/RankingFloors.js';

/** A ranking over an in-memory table, as a store would answer it: count ≥ minimum, best first, ties by name. */
function ranking(table: Map<string, number>, limit: number, asked: number[]) {
  return async (minCount: number) => {
    asked.push(minCount);
    return [...table].filter(([, n]) => n >= minCount)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).slice(0, limit);
  };
}

describe('RankingFloors', () => {
  it('answers like the full ranking through random rises and falls of the counts', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const table = new Map(Array.from({ length: 200 }, (_, i) => [`pair${i}`, 1 + Math.floor(random() * 50)] as [string, number]));
    const floors = new RankingFloors();
    let floorUsed = 0;
    for (let round = 0; round < 300; round++) {
      const limit = [5, 20, 50][round % 3]!;
      const minCount = round % 7 === 0 ? 10 : 1;
      const asked: number[] = [];
      const got = await floors.top(limit, minCount, ranking(table, limit, asked), (r) => r[1]);
      expect(got).toEqual(await ranking(table, limit, [])(minCount));
      if (asked[0]! > minCount) floorUsed++;
      // Some counts change between rankings, sometimes all of them fall.
      if (round % 25 === 24) for (const k of table.keys()) table.set(k, Math.max(1, Math.floor(table.get(k)! / 3)));
      for (let i = 0; i < 5; i++) table.set(`pair${Math.floor(random() * 260)}`, 1 + Math.floor(random() * 60));
    }
    expect(floorUsed).toBeGreaterThan(100);
  });

  it('asks with the caller’s minimum when no earlier ranking was full', async () => {
    const table = new Map([['a', 3], ['b', 2]]);
    const floors = new RankingFloors();
    const asked: number[] = [];
    expect(await floors.top(5, 1, ranking(table, 5, asked), (r) => r[1])).toHaveLength(2);
    expect(await floors.top(5, 1, ranking(table, 5, asked), (r) => r[1])).toHaveLength(2);
    expect(asked).toEqual([1, 1]);
  });
});
