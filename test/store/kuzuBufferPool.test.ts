import { describe, expect, it } from 'vitest';
import { CypherGraphStore } from '../../src/store/CypherGraphStore.js';
import { bulkChunkTasks, BULK_CHUNK_TASKS, BULK_TASKS_PER_POOL_MB } from '../../src/store/kuzu/kuzuBulkLoad.js';
import { explainKuzuFailure, KuzuRunner } from '../../src/store/kuzu/KuzuRunner.js';
import { tempDataDir } from '../helpers/backends.js';
import { fixtureDocument } from '../helpers/fixtureDocument.js';

/* Kùzu only: what the buffer pool's size decides, and what a user is told when it runs out. */

// 150 documents of 500 tasks, 2 units each: 75k tasks and 150k responsibilities, more than a
// 64 MB pool holds in one transaction (COPY RESPONSIBLE_FOR runs out), but not in 32k-task ones.
function* corpus(): Generator<ReturnType<typeof fixtureDocument>> {
  for (let i = 0; i < 150; i++) yield fixtureDocument({ base: `d${i}`, tasks: 500 });
}

async function openSmallPool(): Promise<{ store: CypherGraphStore; close: () => Promise<void> }> {
  const { dir, cleanup } = tempDataDir('buffer-pool');
  const store = new CypherGraphStore(await KuzuRunner.open(dir, { bufferPoolMB: 64 }));
  return { store, close: async () => { await store.close(); cleanup(); } };
}

describe('the Kùzu buffer pool', () => {
  it('fails a bulk transaction that outgrows it cleanly, naming KUZU_BUFFER_POOL_MB, and writes nothing', async () => {
    const { store, close } = await openSmallPool();
    try {
      await expect(store.bulkLoad(corpus(), { bulkChunkTasks: 1_000_000 })).rejects.toThrow(
        /^Kùzu statement COPY \w+ failed: .*buffer pool is full.*\(KUZU_BUFFER_POOL_MB=64\).*raise KUZU_BUFFER_POOL_MB\.$/,
      );
      expect((await store.counts()).tasks).toBe(0);
    } finally {
      await close();
    }
  });

  it('loads the same documents in transactions sized to it', async () => {
    const { store, close } = await openSmallPool();
    try {
      expect(await store.bulkLoad(corpus())).toBe(150);
      const counts = await store.counts();
      expect(counts.tasks).toBe(75_000);
      expect(counts.responsibilities).toBe(150_000);
    } finally {
      await close();
    }
  });

  it.each([
    ['Unable to allocate memory! The buffer pool is full and no memory could be freed!', 2048, /KUZU_BUFFER_POOL_MB=2048\) is too small/],
    ['Unable to allocate memory! The buffer pool is full and no memory could be freed!', undefined, /Kùzu's default of 80% of memory/],
    ['Binder exception: Table Nope does not exist.', 2048, /^Binder exception: Table Nope does not exist\.$/],
  ])('explains %j with a %s MB pool', (message, pool, expected) => {
    expect(explainKuzuFailure(message, pool)).toMatch(expected);
  });

  it('sizes bulk transactions to the pool', () => {
    expect(bulkChunkTasks(2048)).toBe(2048 * BULK_TASKS_PER_POOL_MB);
    expect(bulkChunkTasks(2048)).toBeGreaterThanOrEqual(1_000_000); // the default pool takes 1M tasks in one transaction
    expect(bulkChunkTasks(64)).toBe(64 * BULK_TASKS_PER_POOL_MB);
    expect(bulkChunkTasks(undefined)).toBe(BULK_CHUNK_TASKS);
  });
});
