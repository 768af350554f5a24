import { describe, expect, it } from 'vitest';
import { resolveUnit } from '../../src/ingest/resolve/resolveUnit.js';
import { buildUnitDictionary, defaultUnitDictionary } from '../../src/ingest/resolve/unitDictionary.js';
import type { UnitEntry } from '../../src/ingest/resolve/unitDictionary.js';
import { defaultGazetteer } from '../../src/ingest/resolve/gazetteer.js';
import { UNIT_KIND_RULES } from '../../src/ingest/resolve/unitKindRules.js';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import unitsData from '../../src/ingest/dict/units.json' with { type: 'json' };

const gaz = defaultGazetteer();
const dict = defaultUnitDictionary();
const JD = { region: '上海市嘉定区', dict, gaz };
const JA = { region: '上海市静安区', dict, gaz };

describe('unit resolution', () => {
  it.each([['区经委'], ['区经济委员会'], ['嘉定区经济委员会'], ['上海市嘉定区经济委员会'], ['区经济委']])('%s is 嘉定区经济委员会 in 嘉定', (s) => {
    const r = resolveUnit(s, JD);
    expect(r.unit.id).toBe('unit:上海市嘉定区:嘉定区经济委员会');
    expect(r.unit.kind).toBe('COMMISSION');
    expect(r.unit.rule).toMatch(/^dict:unit\.jw:/);
  });

  it("Jiading's 区经委 is not Jing'an's 区经委", () => {
    const a = resolveUnit('区经委', JD).unit;
    const b = resolveUnit('区经委', JA).unit;
    expect(a.id).not.toBe(b.id);
    expect(b.name).toBe('静安区经济委员会');
  });

  it.each([
    ['真新街道', '上海市嘉定区', 'SUBDISTRICT', 'place:310114002'],
    ['嘉定镇街道', '上海市嘉定区', 'SUBDISTRICT', 'place:310114004'],
    ['彭浦镇政府', '上海市静安区', 'TOWN', 'place:310106101'],
    ['江桥镇', '上海市嘉定区', 'TOWN', 'place:310114118'],
  ])('%s is a unit and a place', (s, region, kind, placeId) => {
    const r = resolveUnit(s, { region, dict, gaz });
    expect(r.unit.kind).toBe(kind);
    expect(r.unit.placeId).toBe(placeId);
    expect(r.places.map((p) => p.id)).toContain(placeId);
    // The parent chain comes with it.
    for (const p of r.places) if (p.parentId) expect(r.places.map((q) => q.id)).toContain(p.parentId);
  });

  it('区环保局 → 区生态环境局 as SUCCEEDED_BY with the reform year', () => {
    const r = resolveUnit('区环保局', JD);
    expect(r.unit.name).toBe('嘉定区环境保护局');
    expect(r.related.map((u) => u.name)).toEqual(['嘉定区生态环境局']);
    expect(r.relations).toEqual([
      { kind: 'SUCCEEDED_BY', fromId: 'unit:上海市嘉定区:嘉定区环境保护局', toId: 'unit:上海市嘉定区:嘉定区生态环境局', year: 2019, rule: 'dict:unit.sthj:predecessor:区环保局' },
    ]);
  });

  it('a document naming a former department carries both units and the edge', () => {
    const doc = extractDocument({ file: 'x.txt', text: '一、环境\n(1)完成大气污染源普查。(责任单位:区环保局、区安监局)\n', sha256: '', meta: { year: 2018, region: '上海市嘉定区', genre: 'task_list' } });
    expect(doc.unitRelations.map((r) => [r.fromId.split(':')[2], r.toId.split(':')[2], r.year])).toEqual([
      ['嘉定区环境保护局', '嘉定区生态环境局', 2019],
      ['嘉定区安全生产监督管理局', '嘉定区应急管理局', 2019],
    ]);
  });

  it('unknown short forms keep the region: 区重大办 → 嘉定区重大办 (rule recorded)', () => {
    const r = resolveUnit('区重大办', JD).unit;
    expect(r.name).toBe('嘉定区重大办');
    expect(r.rule).toBeTruthy();
    const s = resolveUnit('区城市更新中心', JD).unit;
    expect([s.name, s.rule, s.kind]).toEqual(['嘉定区城市更新中心', 'unit.district-prefix', 'OFFICE']);
  });

  it('the overrides file forces and forbids merges', () => {
    const entries = (unitsData as { units: UnitEntry[] }).units;
    const custom = buildUnitDictionary(entries, {
      force: [{ region: '上海市嘉定区', surface: '区经信委', name: '嘉定区经济委员会', kind: 'COMMISSION' }],
      forbid: [{ region: '上海市嘉定区', surface: '区科委' }],
    });
    const ctx = { region: '上海市嘉定区', dict: custom, gaz };
    expect(resolveUnit('区经信委', ctx).unit).toMatchObject({ id: 'unit:上海市嘉定区:嘉定区经济委员会', rule: 'override.force:区经信委' });
    expect(resolveUnit('区科委', ctx).unit).toMatchObject({ name: '嘉定区科委', rule: 'override.forbid:区科委' });
    expect(resolveUnit('区科委', JD).unit.name).toBe('嘉定区科学技术委员会');
  });

  it('dictionary and kind-rule ids are unique', () => {
    const ids = (unitsData as { units: UnitEntry[] }).units.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(UNIT_KIND_RULES.map((r) => r.id)).size).toBe(UNIT_KIND_RULES.length);
  });

  it('units are deduplicated by id within a document, with short forms as aliases', () => {
    const doc = extractDocument({ file: 'y.txt', text: '一、产业\n(1)推进园区转型。(责任单位:区经委)\n(2)培育专精特新企业。(责任单位:嘉定区经济委员会)\n', sha256: '', meta: { year: 2021, region: '上海市嘉定区', genre: 'task_list' } });
    expect(doc.units).toHaveLength(1);
    expect(doc.units[0]!.aliases).toEqual(['区经委']);
  });
});
