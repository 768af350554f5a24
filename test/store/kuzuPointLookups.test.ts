import { afterEach, describe, expect, it, vi } from 'vitest';
import { CypherGraphStore } from '../../src/store/CypherGraphStore.js';
import { KuzuRunner } from '../../src/store/kuzu/KuzuRunner.js';
import { fixtureDocument } from '../helpers/fixtureDocument.js';
import { tempDataDir } from '../helpers/backends.js';

/*
 * Kùzu only: past 128 ids a lookup still goes key by key while the ids are few for the size of
 * the table the list form would hash (ROWS_PER_POINT_LOOKUP rows per key; 2 here, so that a
 * few hundred tasks stand for a million). Both forms must answer alike, and the table's size
 * must be counted again after a write.
 */
let cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups) await cleanup();
  cleanups = [];
});

async function openRunner(): Promise<{ runner: KuzuRunner; store: CypherGraphStore }> {
  const { dir, cleanup } = tempDataDir('point-lookups');
  const runner = await KuzuRunner.open(dir, { rowsPerPointLookup: 2 });
  const store = new CypherGraphStore(runner);
  cleanups.push(async () => { await store.close(); cleanup(); });
  return { runner, store };
}

describe('Kùzu point lookups scale with the table', () => {
  it('looks 200 tasks up key by key once the task table holds 400 or more, with the same rows as the list form', async () => {
    const { runner, store } = await openRunner();
    await store.replaceDocument(fixtureDocument({ base: 'a', tasks: 300 }));
    const ids = Array.from({ length: 200 }, (_, i) => `task:a:${i + 1}`);
    const reads = vi.spyOn(runner, 'read');

    // 300 tasks ÷ 2 = 150 keys at most: 200 ids take the list form (one read, and one to count the table).
    const listed = await store.tasksByIds(ids);
    expect(reads.mock.calls.map(([s]) => s.name).sort()).toEqual(['COUNT_ROWS_Task', 'TASKS_BY_IDS']);
    expect(listed).toHaveLength(200);

    // The count is remembered until a write: a second lookup does not count again.
    reads.mockClear();
    await store.tasksByIds(ids);
    expect(reads.mock.calls.map(([s]) => s.name)).toEqual(['TASKS_BY_IDS']);

    // 500 tasks ÷ 2 = 250: now the same 200 ids go one by one.
    await store.replaceDocument(fixtureDocument({ base: 'b', tasks: 200 }));
    reads.mockClear();
    const keyed = await store.tasksByIds(ids);
    const names = reads.mock.calls.map(([s]) => s.name);
    expect(names.filter((n) => n === 'TASKS_BY_IDS_EACH')).toHaveLength(200);
    expect(names).toContain('COUNT_ROWS_Task');
    const byId = (x: { id: string }, y: { id: string }) => x.id.localeCompare(y.id);
    expect([...keyed].sort(byId)).toEqual([...listed].sort(byId));
  });
});
