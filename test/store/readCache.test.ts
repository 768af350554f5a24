import { describe, expect, it } from 'vitest';
import { ReadCache } from '../../src/store/ReadCache.js';

interface Row { id: string; v: number }

// A fetch that answers from `table` and records which ids it was asked for.
function source(table: Map<string, number>) {
  const asked: string[][] = [];
  const fetch = async (ids: string[]): Promise<Row[]> => {
    asked.push([...ids]);
    return ids.filter((id) => table.has(id)).map((id) => ({ id, v: table.get(id)! }));
  };
  return { asked, fetch };
}

describe('ReadCache', () => {
  it('fetches only the ids it does not hold, each once', async () => {
    const { asked, fetch } = source(new Map([['a', 1], ['b', 2], ['c', 3]]));
    const cache = new ReadCache<Row>(100);
    expect(await cache.get(['a', 'b', 'a'], fetch)).toEqual([{ id: 'a', v: 1 }, { id: 'b', v: 2 }]);
    const again = await cache.get(['b', 'c', 'x'], fetch);
    expect(again.map((r) => r.id).sort()).toEqual(['b', 'c']);
    expect(asked).toEqual([['a', 'b'], ['c', 'x']]);
    expect(await cache.get(['a', 'b'], fetch)).toHaveLength(2);
    expect(asked).toHaveLength(2);
  });

  it('forgets on invalidate, and does not keep a read that was in flight across it', async () => {
    const table = new Map([['a', 1]]);
    const { asked, fetch } = source(table);
    const cache = new ReadCache<Row>(100);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = cache.get(['a'], async (ids) => { const rows = await fetch(ids); await gate; return rows; });
    // A write lands while the read is in flight.
    cache.invalidate();
    table.set('a', 2);
    release();
    expect(await slow).toEqual([{ id: 'a', v: 1 }]);
    expect(await cache.get(['a'], fetch)).toEqual([{ id: 'a', v: 2 }]);
    cache.invalidate();
    table.set('a', 3);
    expect(await cache.get(['a'], fetch)).toEqual([{ id: 'a', v: 3 }]);
    expect(asked).toHaveLength(3);
  });

  it('answers without keeping once it holds its maximum', async () => {
    const { asked, fetch } = source(new Map([['a', 1], ['b', 2], ['c', 3]]));
    const cache = new ReadCache<Row>(2);
    await cache.get(['a', 'b'], fetch);
    expect(await cache.get(['c'], fetch)).toEqual([{ id: 'c', v: 3 }]);
    await cache.get(['c'], fetch);
    await cache.get(['a', 'b'], fetch);
    expect(asked).toEqual([['a', 'b'], ['c'], ['c']]);
  });
});
