import type { Evidence, ExtractedDocument } from '../../src/model/records.js';

/**
 * A small, hand-built ExtractedDocument for store tests (independent of the
 * extractor): `tasks` items, each with units drawn from `units`, one shared
 * project, one place, one target. Evidence offsets are consistent with `text`.
 */
export function fixtureDocument(options: {
  base: string;
  year?: number;
  units?: string[];
  tasks?: number;
  sha?: string;
  region?: string;
}): ExtractedDocument {
  const { base, year = 2021, units = ['区经委', '区商务委'], tasks = 3, sha = 'sha-' + base, region = '上海市嘉定区' } = options;
  const documentId = `doc:${base}`;
  const lines = Array.from({ length: tasks }, (_, i) => `(${i + 1})推进第${i + 1}项重点工作,建设嘉定氢能港。(责任单位:${units.join('、')})`);
  const text = lines.join('\n');
  const evidence = (quote: string, from = 0, rule = 'fixture'): Evidence => {
    const start = text.indexOf(quote, from);
    return { documentId, quote, start, end: start + quote.length, rule };
  };
  const unitId = (name: string) => `unit:${region}:${name}`;
  const taskRecords = lines.map((line, i) => {
    const lineStart = text.indexOf(line);
    return {
      id: `task:${base}:${i + 1}`, documentId, sectionId: null, number: String(i + 1),
      text: line.slice(line.indexOf(')') + 1, line.indexOf('(责任')), starred: i === 0, kind: 'TASK' as const,
      ordinal: i, evidence: evidence(line, lineStart),
    };
  });
  return {
    document: {
      id: documentId, file: `${base}.txt`, title: `测试文件${base}`, year, region, genre: 'task_list', issuer: null,
      date: null, sha256: sha, length: text.length, inferred: [],
    },
    sections: [],
    tasks: taskRecords,
    units: units.map((name) => ({
      id: unitId(name), name, region, kind: 'COMMISSION' as const, aliases: [`${name}别名`], placeId: null, rule: 'fixture',
    })),
    responsibilities: taskRecords.flatMap((t) =>
      units.map((name, order) => ({
        unitId: unitId(name), taskId: t.id, role: 'RESPONSIBLE' as const, order, surface: name, resolution: 'fixture',
        evidence: evidence(name, t.evidence.start),
      })),
    ),
    unitRelations: [],
    projects: [{ id: `proj:${region}:嘉定氢能港`, name: '嘉定氢能港', kind: 'PARK', region, aliases: ['氢能港'], rule: 'fixture' }],
    mentions: taskRecords.map((t) => ({
      projectId: `proj:${region}:嘉定氢能港`, taskId: t.id, documentId, year, surface: '嘉定氢能港', resolution: 'fixture', status: 'UNDER_CONSTRUCTION' as const,
      evidence: evidence('嘉定氢能港', t.evidence.start),
    })),
    places: [{ id: 'place:上海市嘉定区', name: '上海市嘉定区', kind: 'DISTRICT', parentId: null, aliases: ['嘉定区'], code: '310114' }],
    locations: [{ subjectId: `proj:${region}:嘉定氢能港`, placeId: 'place:上海市嘉定区', evidence: evidence('嘉定氢能港') }],
    targets: taskRecords.slice(0, 2).map((t, i) => ({
      id: `target:${base}:${i + 1}`, taskId: t.id, documentId, metric: '总产出', value: i === 0 ? 1040 : 2.5, unit: '亿元',
      comparator: '>=' as const, evidence: evidence(`第${i + 1}项`, t.evidence.start),
    })),
    warnings: [],
  };
}
