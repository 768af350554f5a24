import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CachingGraphStore } from '../../src/store/CachingGraphStore.js';
import { CypherGraphStore } from '../../src/store/CypherGraphStore.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { KuzuRunner } from '../../src/store/kuzu/KuzuRunner.js';
import { fixtureDocument } from '../helpers/fixtureDocument.js';
import { neo4jUnderTest, openEmptyStore, tempDataDir } from '../helpers/backends.js';
import { openStore } from '../../src/store/openStore.js';

/*
 * CachingGraphStore over a real Kùzu store (a CypherGraphStore whose calls are counted on their
 * way in): what it keeps, and that its own writes make it answer from the graph as it stands.
 */

let cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups) await cleanup();
  cleanups = [];
});

// Private: a real store whose method calls are counted by name.
function counted(store: GraphStore): { store: GraphStore; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver) as unknown;
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return (...args: unknown[]) => {
        calls.set(key, (calls.get(key) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}

async function openCaching(): Promise<{ store: CachingGraphStore; calls: Map<string, number>; uncounted: GraphStore }> {
  const { dir, cleanup } = tempDataDir('caching');
  const uncounted = new CypherGraphStore(await KuzuRunner.open(dir));
  const inner = counted(uncounted);
  const store = new CachingGraphStore(inner.store);
  cleanups.push(async () => { await store.close(); cleanup(); });
  return { store, calls: inner.calls, uncounted };
}

describe('CachingGraphStore', () => {
  it('is what openStore gives over a runner that is the only writer, and only then', async () => {
    const kuzu = await openEmptyStore('kuzu');
    cleanups.push(kuzu.cleanup);
    expect(kuzu.store).toBeInstanceOf(CachingGraphStore);
    const config = neo4jUnderTest();
    if (config) {
      const neo4j = await openStore(config);
      cleanups.push(() => neo4j.close());
      expect(neo4j).toBeInstanceOf(CypherGraphStore);
    }
  });

  it('answers units and the corpus version from what it kept until its own next write, then from the graph', async () => {
    const { store, calls } = await openCaching();
    await store.replaceDocument(fixtureDocument({ base: 'a', units: ['区经委', '区商务委'] }));
    const ids = ['unit:上海市嘉定区:区经委', 'unit:上海市嘉定区:区商务委'];
    const first = await store.unitsByIds(ids);
    expect(first.map((u) => u.name)).toEqual(['区经委', '区商务委']);
    expect(await store.unitsByIds(ids)).toEqual(first);
    expect(await store.unitSummaries(ids)).toEqual(await store.unitSummaries(ids));
    const version = await store.corpusVersion();
    expect(await store.corpusVersion()).toBe(version);
    expect([calls.get('unitsByIds'), calls.get('unitSummaries'), calls.get('corpusVersion')]).toEqual([1, 1, 1]);

    // Its own write forgets them: the pruned unit is gone, the version is another.
    await store.replaceDocument(fixtureDocument({ base: 'a', units: ['区经委'], sha: 'sha-a2' }));
    expect((await store.unitsByIds(ids)).map((u) => u.name)).toEqual(['区经委']);
    expect(await store.corpusVersion()).not.toBe(version);
    expect([calls.get('unitsByIds'), calls.get('corpusVersion')]).toEqual([2, 2]);
  });

  it('keeps the global pair ranking, hands out copies of it, and ranks afresh after a write', async () => {
    const { store, calls, uncounted } = await openCaching();
    await store.replaceDocument(fixtureDocument({ base: 'a', units: ['区经委', '区商务委', '区科委'], tasks: 4 }));
    const filter = { minShared: 1, limit: 5 };
    const ranking = await store.sharedPairs(null, filter);
    expect(ranking.length).toBeGreaterThan(0);
    ranking[0]!.years.push(1900);
    ranking.pop();
    const again = await store.sharedPairs(null, filter);
    expect(again).toEqual(await uncounted.sharedPairs(null, filter));
    expect(again[0]!.years).not.toContain(1900);
    expect(calls.get('sharedPairs')).toBe(1);
    // Filtered and per-unit rankings are not kept.
    await store.sharedPairs(['unit:上海市嘉定区:区经委'], filter);
    await store.sharedPairs(null, { ...filter, year: 2021 });
    expect(calls.get('sharedPairs')).toBe(3);

    await store.replaceDocument(fixtureDocument({ base: 'b', units: ['区经委', '区科委'], tasks: 6 }));
    const after = await store.sharedPairs(null, filter);
    expect(after[0]).toMatchObject({ a: 'unit:上海市嘉定区:区科委', b: 'unit:上海市嘉定区:区经委', sharedCount: 10 });
    expect(calls.get('sharedPairs')).toBe(4);
  });
});

describe('the shared store code', () => {
  it('branches on no engine name and imports no engine folder', () => {
    const shared = ['src/store', 'src/store/cypher'].flatMap((dir) =>
      fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f)));
    // openStore picks the engine by configuration and imports it lazily: the one exception.
    const offending = shared.filter((file) => !file.endsWith('openStore.ts')).flatMap((file) => {
      const text = fs.readFileSync(file, 'utf8');
      const found = [/backend\s*[!=]==/, /from '\.{1,2}\/(kuzu|neo4j)\//, /import\('\.{1,2}\/(kuzu|neo4j)\//].filter((p) => p.test(text));
      return found.map((p) => `${file}: ${p.source}`);
    });
    expect(offending).toEqual([]);
  });
});
