import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { parsePrintedPerson, personRoleOf } from '../../src/ingest/resolve/resolvePeople.js';
import { unregisteredRuleParts } from '../../src/ingest/ruleRegistry.js';
import { corpus, extractGenerated } from '../gen/helpers.js';

/*
 * People → Person records (issue 19 item 7): the name and post read from what is printed, the
 * role from the label or column, ids scoped like units (region, else the document), evidence on
 * the name itself; no unit ever carries a person's name.
 */

describe('a printed person taken apart', () => {
  it.each([
    ['张三', '张三', null, '张三'],
    ['陈伟(副区长)', '陈伟', '副区长', '陈伟'],
    ['陈伟（区长）', '陈伟', '区长', '陈伟'],
    ['副区长刘明', '刘明', '副区长', '刘明'],
    ['常务副区长王建国', '王建国', '常务副区长', '王建国'],
    ['张建国主任', '张建国', '主任', '张建国'],
    ['李副区长', '李副区长', '副区长', '李副区长'],
    ['欧阳明', '欧阳明', null, '欧阳明'],
    ['区长', '区长', '区长', '区长'],
    ['王敏(13800000000)', '王敏', null, '王敏'],
    ['刘强(区委副书记)', '刘强', '区委副书记', '刘强'],
  ] as const)('%s → name %s, title %s, quoted %s', (printed, name, title, quoted) => {
    const p = parsePrintedPerson(printed);
    expect([p.name, p.title, printed.slice(p.start, p.end)]).toEqual([name, title, quoted]);
  });

  it.each([
    ['label.responsible-leader', 'LEADER'],
    ['label.supervising-leader', 'LEADER'],
    ['label.district-leader:person', 'LEADER'],
    ['label.contact', 'CONTACT'],
    ['label.person', 'PERSON_IN_CHARGE'],
    ['table.column:责任领导', 'LEADER'],
    ['table.column:联系人及电话', 'CONTACT'],
    ['table.column:具体责任人', 'PERSON_IN_CHARGE'],
    ['label.responsible-unit:person', 'PERSON_IN_CHARGE'],
    ['table.column:责任单位:person', 'PERSON_IN_CHARGE'],
  ] as const)('a name read by %s is %s', (rule, role) => {
    expect(personRoleOf(rule).role).toBe(role);
  });
});

describe('people of a document', () => {
  const text = [
    '2023年重点工作任务分解表',
    '1. 推进氢能港建设。(责任领导:张三;牵头单位:区发改委;责任单位:区经委、王建国)',
    '序号\t工作任务\t牵头单位\t责任领导\t联系人',
    '1\t建设污水处理厂\t区水务局\t陈伟(副区长)\t赵敏',
    '',
  ].join('\n');

  it('are persons with the role of their label or column, evidence on the name, and never units', () => {
    const d = extractDocument({ file: 'p.txt', text, sha256: 'x', meta: { year: 2023, region: '湖北省武汉市江岸区' } });
    expect(d.assignments!.map((a) => [a.taskId, a.personId, a.role, a.order])).toEqual([
      ['task:p:1', 'person:湖北省武汉市江岸区:张三', 'LEADER', 0],
      ['task:p:1', 'person:湖北省武汉市江岸区:王建国', 'PERSON_IN_CHARGE', 1],
      ['task:p:2', 'person:湖北省武汉市江岸区:陈伟', 'LEADER', 0],
      ['task:p:2', 'person:湖北省武汉市江岸区:赵敏', 'CONTACT', 1],
    ]);
    for (const a of d.assignments!) {
      expect(text.slice(a.evidence.start, a.evidence.end)).toBe(a.evidence.quote);
      expect(`person:湖北省武汉市江岸区:${a.evidence.quote}`).toBe(a.personId);
      expect(unregisteredRuleParts(a.evidence.rule)).toEqual([]);
    }
    expect(d.persons!.find((p) => p.name === '陈伟')).toMatchObject({ title: '副区长', region: '湖北省武汉市江岸区' });
    const names = new Set(d.persons!.map((p) => p.name));
    expect(d.units.filter((u) => names.has(u.name) || [...names].some((n) => u.name.endsWith(n)))).toEqual([]);
  });

  it('are scoped to their document when it has no region', () => {
    const d = extractDocument({ file: 'noregion.txt', text, sha256: 'x', meta: { year: 2023 } });
    expect(d.persons!.map((p) => p.id)).toContain('person:doc:noregion:张三');
    expect(d.persons!.every((p) => p.region === null)).toBe(true);
  });

  it('of a generated corpus over six regions: every person of its document\'s region, every quote at its offsets', () => {
    const docs = corpus({ tasks: 1500, seed: 7, regions: 6 }).docs.map(extractGenerated);
    const regions = new Set(docs.map((d) => d.document.region));
    expect(regions.size).toBeGreaterThan(1);
    let assignments = 0;
    for (const d of docs) {
      for (const p of d.persons!) expect(p.id.startsWith(`person:${d.document.region ?? d.document.id}:`)).toBe(true);
      for (const a of d.assignments!) {
        assignments++;
        expect(d.document.text!.slice(a.evidence.start, a.evidence.end)).toBe(a.evidence.quote);
      }
      const names = new Set(d.persons!.map((p) => p.name));
      expect(d.units.map((u) => u.name).filter((n) => names.has(n))).toEqual([]);
    }
    expect(assignments).toBeGreaterThan(50);
  });
});
