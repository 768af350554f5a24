import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../../src/store/AnswerCache.js';

// A read that answers from `state` and counts how often it ran.
function source(state: { value: number }) {
  const reads: number[] = [];
  const read = async () => {
    reads.push(state.value);
    return [state.value];
  };
  return { reads, read };
}

describe('AnswerCache', () => {
  it('reads a key once and answers it from memory until invalidated', async () => {
    const state = { value: 1 };
    const { reads, read } = source(state);
    const cache = new AnswerCache<number[]>(8);
    expect(await cache.get('top20', read)).toEqual([1]);
    state.value = 2;
    expect(await cache.get('top20', read)).toEqual([1]);
    expect(await cache.get('top50', read)).toEqual([2]);
    expect(reads).toEqual([1, 2]);
    cache.invalidate();
    expect(await cache.get('top20', read)).toEqual([2]);
    expect(reads).toEqual([1, 2, 2]);
  });

  it('does not keep an answer whose read was in flight across an invalidation', async () => {
    const state = { value: 1 };
    const { reads, read } = source(state);
    const cache = new AnswerCache<number[]>(8);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = cache.get('top20', async () => { const answer = await read(); await gate; return answer; });
    // A write lands while the read is in flight.
    cache.invalidate();
    state.value = 2;
    release();
    expect(await slow).toEqual([1]);
    expect(await cache.get('top20', read)).toEqual([2]);
    expect(reads).toEqual([1, 2]);
  });

  it('keeps at most its maximum, dropping the least recently asked; with 0 it keeps nothing', async () => {
    const { reads, read } = source({ value: 7 });
    const cache = new AnswerCache<number[]>(2);
    await cache.get('a', read);
    await cache.get('b', read);
    await cache.get('a', read); // a is now the most recent
    await cache.get('c', read); // evicts b
    await cache.get('a', read);
    await cache.get('b', read);
    expect(reads).toHaveLength(4);
    const none = new AnswerCache<number[]>(0);
    await none.get('a', read);
    await none.get('a', read);
    expect(reads).toHaveLength(6);
  });
});
