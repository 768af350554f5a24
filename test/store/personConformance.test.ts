import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import type { ExtractedDocument } from '../../src/model/records.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import type { AssignmentRow } from '../../src/store/rows.js';
import { backendsUnderTest } from '../helpers/backends.js';
import { PEOPLE_TEXT as TEXT } from '../helpers/peopleText.js';

/*
 * Person nodes on every backend (issue 19 item 7: people are never units; when kept, they are
 * Person nodes linked to their tasks): extracted from text, loaded row by row and in bulk, read
 * back with evidence an auditor can check against the canonical text, and pruned with the last
 * document naming them.
 */


function extract(file: string, text: string, region: string, year = 2023): ExtractedDocument {
  return extractDocument({ file, text, sha256: `sha-${file}-${text.length}`, meta: { year, region } });
}

const JIADING = '上海市嘉定区';
const JIANGAN = '湖北省武汉市江岸区';
const personOf = (name: string, region = JIADING) => `person:${region}:${name}`;

/** Assignments as comparable lines: task, person, role, order, surface, quote and span. */
const lines = (rows: readonly AssignmentRow[]) =>
  rows.map((a) => `${a.taskId} ${a.personId} ${a.role} ${a.order} ${a.surface} ${a.evidence.quote}@${a.evidence.start}-${a.evidence.end} ${a.year}`).sort();

for (const backend of backendsUnderTest()) {
  describe.skipIf(backend.open === null)(`Person nodes: ${backend.name}`, () => {
    let store: GraphStore;
    let cleanup: () => Promise<void>;
    beforeEach(async () => {
      ({ store, cleanup } = await backend.open!());
    });
    afterEach(async () => {
      await cleanup();
    });

    it('loads people as Person nodes linked to their tasks, with evidence on the name, and never as units', async () => {
      const doc = extract('people.txt', TEXT, JIADING);
      await store.replaceDocument(doc);

      const persons = await store.personsByIds([personOf('张三'), personOf('陈伟'), personOf('李副区长'), personOf('王敏'), personOf('赵刚')]);
      expect(persons.map((p) => [p.name, p.title, p.region])).toEqual([
        ['张三', null, JIADING], ['陈伟', '副区长', JIADING], ['李副区长', '副区长', JIADING], ['王敏', null, JIADING], ['赵刚', null, JIADING],
      ]);

      const rows = await store.assignmentsByTaskIds(doc.tasks.map((t) => t.id));
      expect(rows.map((a) => [a.personId.split(':').pop(), a.role, a.surface])).toEqual([
        ['张三', 'LEADER', '张三'], ['李副区长', 'LEADER', '李副区长'], ['王敏', 'CONTACT', '王敏'],
        ['陈伟', 'LEADER', '陈伟(副区长)'], ['张三', 'LEADER', '张三'], ['赵刚', 'LEADER', '赵刚'],
      ]);
      for (const a of rows) {
        // The quote is the canonical text at the offsets, and it is the person's name (the title is not part of it).
        expect(TEXT.slice(a.evidence.start, a.evidence.end)).toBe(a.evidence.quote);
        expect(a.evidence.quote).toBe(a.personId.split(':').pop());
        expect(a.evidence.documentId).toBe('doc:people');
        expect(a.year).toBe(2023);
      }

      // One person for the two tasks 张三 leads; no unit carries a person's name.
      const byPerson = await store.assignmentsByPersonIds([personOf('张三')]);
      expect(byPerson.map((a) => a.taskId).sort()).toEqual(['task:people:1', 'task:people:4']);
      for (const name of ['张三', '陈伟', '王敏', '赵刚', '李副区长']) {
        expect((await store.units({ nameContains: name }, { offset: 0, limit: 10 })).totalCount).toBe(0);
      }
      expect(await store.counts()).toMatchObject({ persons: 5, assignments: 6, units: 5 });
      expect((await store.search('张三', ['Person', 'Unit'], 10)).map((h) => [h.kind, h.id])).toEqual([['Person', personOf('张三')]]);

      const around = await store.neighbours(['task:people:1'], 50);
      expect(around.filter((r) => r.kind === 'Person').map((r) => [r.type, r.id, r.label, r.role])).toEqual([['ASSIGNED_TO', personOf('张三'), '张三', 'LEADER']]);
    });

    it('loads the same people through the bulk path as row by row', async () => {
      const doc = extract('people.txt', TEXT, JIADING);
      await store.replaceDocument(doc);
      const taskIds = doc.tasks.map((t) => t.id);
      const rowWise = { persons: await store.personsByIds(doc.persons!.map((p) => p.id)), assignments: lines(await store.assignmentsByTaskIds(taskIds)) };
      await store.clear();
      expect(await store.bulkLoad([doc])).toBe(1);
      expect(await store.personsByIds(doc.persons!.map((p) => p.id))).toEqual(rowWise.persons);
      expect(lines(await store.assignmentsByTaskIds(taskIds))).toEqual(rowWise.assignments);
      expect(rowWise.assignments).toHaveLength(6);
      // A replace through the bulk path keeps them too.
      await store.replaceDocumentInBulk(doc);
      expect(lines(await store.assignmentsByTaskIds(taskIds))).toEqual(rowWise.assignments);
    });

    it('removing or replacing a document removes its Person edges and prunes persons no document names', async () => {
      const a = extract('a.txt', TEXT, JIADING);
      const b = extract('b.txt', '2023年工作要点\n1. 推进老街改造。(责任领导:张三;责任单位:区建管委)\n', JIADING);
      await store.replaceDocument(a);
      await store.replaceDocument(b);
      expect((await store.assignmentsByPersonIds([personOf('张三')])).map((r) => r.taskId).sort()).toEqual(['task:a:1', 'task:a:4', 'task:b:1']);

      await store.removeDocument('doc:a');
      expect((await store.personsByIds([personOf('张三'), personOf('陈伟'), personOf('王敏')])).map((p) => p.name)).toEqual(['张三']);
      expect((await store.assignmentsByPersonIds([personOf('张三')])).map((r) => r.taskId)).toEqual(['task:b:1']);

      // A new version of b that names nobody: its edges go, and 张三 with them.
      await store.replaceDocument(extract('b.txt', '2023年工作要点\n1. 推进老街改造。(责任单位:区建管委)\n', JIADING));
      expect(await store.personsByIds([personOf('张三')])).toEqual([]);
      expect(await store.counts()).toMatchObject({ persons: 0, assignments: 0 });
      expect(await store.assignmentsByTaskIds(['task:b:1'])).toEqual([]);
    });

    it('removing a bulk-loaded document keeps the other documents\' Person edges and the persons they name', async () => {
      await store.bulkLoad([extract('a.txt', TEXT, JIADING), extract('b.txt', TEXT, JIADING)]);
      expect(await store.counts()).toMatchObject({ persons: 5, assignments: 12 });
      await store.removeDocument('doc:a');
      expect(await store.counts()).toMatchObject({ persons: 5, assignments: 6 });
      expect((await store.assignmentsByPersonIds([personOf('张三')])).map((a) => a.taskId).sort()).toEqual(['task:b:1', 'task:b:4']);
    });

    it('keeps people of two regions apart and a title once read', async () => {
      await store.replaceDocument(extract('sh.txt', TEXT, JIADING));
      await store.replaceDocument(extract('hb.txt', '2023年工作要点\n1. 推进老街改造。(责任领导:陈伟;责任单位:区建管委)\n', JIANGAN));
      await store.replaceDocument(extract('sh2.txt', '2023年工作要点\n1. 推进老街改造。(责任领导:陈伟;责任单位:区建管委)\n', JIADING));
      const found = await store.personsByIds([personOf('陈伟'), personOf('陈伟', JIANGAN)]);
      // The Shanghai 陈伟 keeps the title his first document printed; the Hubei one is another node.
      expect(found.map((p) => [p.id, p.title])).toEqual([[personOf('陈伟'), '副区长'], [personOf('陈伟', JIANGAN), null]]);
    });
  });
}
