import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/GraphStore.js';
import type { SearchKind, SearchRow } from '../../src/store/rows.js';
import { neo4jUnderTest, openEmptyStore } from '../helpers/backends.js';
import { fixtureDocument } from '../helpers/fixtureDocument.js';

/*
 * Issue 20 item 3: search on Neo4j answers a Chinese text from full-text indexes whose analyzer
 * is `cjk`, and finds exactly what the embedded store's substring scan finds, so the API ranks
 * both alike (rankSearch ranks the store's candidates). Texts the index cannot answer safely
 * (one character, digits, mixed) keep the scan; they must agree too.
 */
const config = neo4jUnderTest();

describe.skipIf(config === null)('search on Neo4j: full-text (cjk) and the same candidates as Kùzu', () => {
  let kuzu: { store: GraphStore; cleanup: () => Promise<void> };
  let neo: { store: GraphStore; cleanup: () => Promise<void> };
  beforeAll(async () => {
    kuzu = await openEmptyStore('kuzu');
    neo = await openEmptyStore('neo4j');
    const doc = fixtureDocument({ base: 'ft', tasks: 40, units: ['区测试委员会0'] });
    const template = doc.units[0]!;
    // Names where the searched texts sit at the start, middle and end, next to digits and Latin letters.
    const names = (i: number) => [`区测试委员会${i}`, `嘉定${i}科学技术委员会`, `委员会办公室X${i}`, `上海市经济和信息化委员会`][i % 4]!;
    doc.units = doc.tasks.map((_, i) => ({ ...template, id: `unit:上海市嘉定区:u${i}`, name: names(i) }));
    doc.responsibilities = doc.responsibilities.map((r, i) => ({ ...r, unitId: doc.units[i]!.id }));
    await kuzu.store.replaceDocument(doc);
    await neo.store.replaceDocument(doc);
  });
  afterAll(async () => {
    await kuzu?.cleanup();
    await neo?.cleanup();
  });

  it('has a cjk full-text index for every searchable kind', async () => {
    const driver = neo4j.driver(config!.uri, neo4j.auth.basic(config!.username, config!.password));
    try {
      const { records } = await driver.executeQuery('SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options, state');
      const byLabel = Object.fromEntries(records.map((r) => [
        (r.get('labelsOrTypes') as string[])[0]!,
        { properties: r.get('properties') as string[], analyzer: (r.get('options') as { indexConfig: Record<string, unknown> }).indexConfig['fulltext.analyzer'], state: r.get('state') as string },
      ]));
      expect(byLabel).toEqual({
        Unit: { properties: ['allNames'], analyzer: 'cjk', state: 'ONLINE' },
        Project: { properties: ['allNames'], analyzer: 'cjk', state: 'ONLINE' },
        Place: { properties: ['allNames'], analyzer: 'cjk', state: 'ONLINE' },
        Person: { properties: ['name'], analyzer: 'cjk', state: 'ONLINE' },
        Document: { properties: ['title'], analyzer: 'cjk', state: 'ONLINE' },
        Task: { properties: ['text'], analyzer: 'cjk', state: 'ONLINE' },
      });
    } finally {
      await driver.close();
    }
  });

  const kinds: SearchKind[] = ['Unit', 'Project', 'Place', 'Document', 'Task'];
  const key = (r: SearchRow) => `${r.kind} ${r.id}`;
  for (const text of ['委员会', '员会', '科学技术', '测试委员会1', '会', '委员会办公室X1', '重点工作', '嘉定氢能港', '测试文件', '信息化委员会', '不存在的名字']) {
    it(`"${text}": the same rows as Kùzu's substring scan`, async () => {
      const [k, n] = await Promise.all([kuzu.store.search(text, kinds, 1000), neo.store.search(text, kinds, 1000)]);
      expect(n.map(key).sort()).toEqual(k.map(key).sort());
      // Tasks come newest first, then by id, on both.
      expect(n.filter((r) => r.kind === 'Task').map((r) => r.id)).toEqual(k.filter((r) => r.kind === 'Task').map((r) => r.id));
      if (text !== '不存在的名字') expect(k.length, `nothing matched "${text}": the comparison proves nothing`).toBeGreaterThan(0);
    });
  }
});
