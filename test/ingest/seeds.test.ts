import { describe, expect, it } from 'vitest';
import { scoreGold } from '../../src/ingest/eval/scoreGold.js';
import type { GoldDocument } from '../../src/ingest/eval/goldTypes.js';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { SEEDS, extractSeed, seedJson, seedText } from './seedHelpers.js';

describe('seed 000 (task list, 责任单位)', () => {
  const score = scoreGold(seedJson<GoldDocument>('gold/000_27008efcf6a828d5.json'), extractSeed('000_27008efcf6a828d5.txt'));
  it('finds 97 of 97 tasks', () => {
    expect(score.tasks).toMatchObject({ gold: 97, extracted: 97, matched: 97 });
  });
  it('responsibility F1 = 1.0 with roles RESPONSIBLE', () => {
    expect(score.responsibilities.f1).toBe(1);
    expect(score.roles.accuracy).toBe(1);
    expect(extractSeed('000_27008efcf6a828d5.txt').responsibilities.every((r) => r.role === 'RESPONSIBLE')).toBe(true);
  });
  it('has twelve level-1 sections', () => {
    expect(extractSeed('000_27008efcf6a828d5.txt').sections.map((s) => s.number).slice(0, 3)).toEqual(['一', '二', '三']);
  });
});

describe('seed 004 (target list, items run together, ★)', () => {
  const doc = extractSeed('004_d033852e6abde348.txt');
  const score = scoreGold(seedJson<GoldDocument>('gold/004_d033852e6abde348.json'), doc);
  it('finds 129 of 129 tasks with precision 1.0', () => {
    expect(score.tasks).toMatchObject({ gold: 129, extracted: 129, matched: 129, precision: 1 });
  });
  it('stars exactly the 25 starred items', () => {
    expect(score.starred).toEqual({ gold: 25, matched: 25 });
    expect(doc.tasks.filter((t) => t.starred)).toHaveLength(25);
  });
});

describe('every seed', () => {
  for (const file of SEEDS) {
    const doc = extractSeed(file);
    const text = seedText(file);
    it(`${file}: every evidence quote is text.slice(start, end) of the original`, () => {
      const evs = [
        ...doc.sections.map((s) => s.evidence), ...doc.tasks.map((t) => t.evidence), ...doc.responsibilities.map((r) => r.evidence),
        ...doc.mentions.map((m) => m.evidence), ...doc.locations.map((l) => l.evidence), ...doc.targets.map((t) => t.evidence),
        ...doc.document.inferred.flatMap((i) => (i.evidence ? [i.evidence] : [])),
      ];
      expect(evs.length).toBeGreaterThan(0);
      for (const e of evs) {
        expect(text.slice(e.start, e.end)).toBe(e.quote);
        expect(e.documentId).toBe(doc.document.id);
        expect(e.rule).toBeTruthy();
      }
    });
    it(`${file}: records are internally consistent`, () => {
      const units = new Set(doc.units.map((u) => u.id));
      const tasks = new Set(doc.tasks.map((t) => t.id));
      const projects = new Set(doc.projects.map((p) => p.id));
      const places = new Set(doc.places.map((p) => p.id));
      const sections = new Set(doc.sections.map((s) => s.id));
      expect(units.size).toBe(doc.units.length);
      expect(projects.size).toBe(doc.projects.length);
      expect(places.size).toBe(doc.places.length);
      for (const r of doc.responsibilities) {
        expect(units.has(r.unitId)).toBe(true);
        expect(tasks.has(r.taskId)).toBe(true);
      }
      for (const m of doc.mentions) {
        expect(projects.has(m.projectId)).toBe(true);
        expect(tasks.has(m.taskId)).toBe(true);
      }
      for (const u of doc.units) if (u.placeId) expect(places.has(u.placeId)).toBe(true);
      for (const p of doc.places) if (p.parentId) expect(places.has(p.parentId)).toBe(true);
      for (const l of doc.locations) expect(places.has(l.placeId)).toBe(true);
      for (const r of doc.unitRelations) {
        expect(units.has(r.fromId)).toBe(true);
        expect(units.has(r.toId)).toBe(true);
      }
      for (const t of doc.targets) expect(tasks.has(t.taskId)).toBe(true);
      for (const t of doc.tasks) if (t.sectionId) expect(sections.has(t.sectionId)).toBe(true);
      for (const s of doc.sections) if (s.parentId) expect(sections.has(s.parentId)).toBe(true);
      const ids = [...doc.tasks.map((t) => t.id), ...doc.sections.map((s) => s.id), ...doc.targets.map((t) => t.id)];
      expect(new Set(ids).size).toBe(ids.length);
    });
    it(`${file}: extraction is deterministic`, () => {
      const again = extractDocument({ file, text, sha256: doc.document.sha256, meta: {} });
      const once = extractDocument({ file, text, sha256: doc.document.sha256, meta: {} });
      expect(again).toEqual(once);
    });
  }
});

describe('inference without a manifest entry', () => {
  const expected: Record<string, [number, string, string]> = {
    '000_27008efcf6a828d5.txt': [2021, '上海市嘉定区', 'task_list'],
    '001_a1aadcdf8e0376e5.txt': [2019, '上海市嘉定区', 'plan_report'],
    '002_83c6b4c4bef2d01a.txt': [2018, '上海市嘉定区', 'work_report'],
    '003_face59470fb1d086.txt': [2024, '上海市嘉定区', 'work_review'],
    '004_d033852e6abde348.txt': [2020, '上海市静安区', 'target_list'],
  };
  for (const [file, [year, region, genre]] of Object.entries(expected)) {
    it(`${file} → ${year} ${region} ${genre}, each inference recorded`, () => {
      const d = extractSeed(file, false).document;
      expect([d.year, d.region, d.genre]).toEqual([year, region, genre]);
      const fields = d.inferred.map((i) => i.field);
      expect(fields).toEqual(expect.arrayContaining(['year', 'region', 'genre']));
      for (const i of d.inferred) expect(i.rule).toBeTruthy();
      expect(d.id).toBe(`doc:${file.replace(/\.txt$/, '')}`);
    });
  }
  it('manifest metadata is used as given and nothing is marked inferred', () => {
    const d = extractSeed('001_a1aadcdf8e0376e5.txt').document;
    expect(d.title).toBe('关于2019年上半年嘉定区国民经济和社会发展计划执行情况的报告');
    expect(d.inferred).toEqual([]);
  });
  it('extracts the same tasks with and without metadata for list genres', () => {
    expect(extractSeed('000_27008efcf6a828d5.txt', false).tasks.length).toBe(97);
    expect(extractSeed('004_d033852e6abde348.txt', false).tasks.length).toBe(129);
  });
});
