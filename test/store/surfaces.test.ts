import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/model/records.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import type { SurfaceRow } from '../../src/store/rows.js';
import { backendsUnderTest } from '../helpers/backends.js';
import { fixtureDocument } from '../helpers/fixtureDocument.js';

/*
 * The printed forms a unit or project was joined from (what `resolution` and `npm run merges`
 * read), on every backend: stored by the one-document and the bulk write paths alike, and
 * gone with their document.
 */

// Private: a fixture whose every edge names its own resolution rule, so a swapped or dropped column shows.
function documentWithRules(base: string, units: string[]): ExtractedDocument {
  const doc = fixtureDocument({ base, units, tasks: 2 });
  return {
    ...doc,
    responsibilities: doc.responsibilities.map((r) => ({ ...r, resolution: `rule.${base}.${r.surface}` })),
    mentions: doc.mentions.map((m) => ({ ...m, resolution: `project-rule.${base}` })),
  };
}

const key = (r: SurfaceRow) => `${r.nodeId}|${r.surface}|${r.rule}|${r.documentId}|${r.uses}`;

for (const backend of backendsUnderTest()) {
  describe.skipIf(backend.open === null)(`surfaces: ${backend.name}`, () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store, cleanup } = await backend.open!());
    });
    afterEach(async () => {
      await cleanup();
    });

    const docs = [documentWithRules('a', ['区经委', '区商务委']), documentWithRules('b', ['区经委'])];
    const unitIds = ['unit:上海市嘉定区:区经委', 'unit:上海市嘉定区:区商务委'];
    const projectId = docs[0]!.projects[0]!.id;
    const read = async () => ({
      units: (await store.unitSurfaces(unitIds)).map(key).sort(),
      projects: (await store.projectSurfaces([projectId])).map(key).sort(),
    });

    it('stores the same surfaces through a bulk load and one document at a time, and removes them with their document', async () => {
      await store.bulkLoad(docs);
      const bulk = await read();
      expect(bulk.units).toEqual([
        'unit:上海市嘉定区:区商务委|区商务委|rule.a.区商务委|doc:a|2',
        'unit:上海市嘉定区:区经委|区经委|rule.a.区经委|doc:a|2',
        'unit:上海市嘉定区:区经委|区经委|rule.b.区经委|doc:b|2',
      ]);
      expect(bulk.projects).toEqual([`${projectId}|嘉定氢能港|project-rule.a|doc:a|2`, `${projectId}|嘉定氢能港|project-rule.b|doc:b|2`]);

      await store.clear();
      for (const d of docs) await store.replaceDocument(d);
      expect(await read()).toEqual(bulk);

      await store.removeDocument('doc:a');
      expect(await read()).toEqual({
        units: ['unit:上海市嘉定区:区经委|区经委|rule.b.区经委|doc:b|2'],
        projects: [`${projectId}|嘉定氢能港|project-rule.b|doc:b|2`],
      });
      expect(await store.unitSurfaces([])).toEqual([]);
    });
  });
}
