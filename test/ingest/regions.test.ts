import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { normalizeDeadline } from '../../src/ingest/extract/normalizeDeadline.js';
import { inferRegion } from '../../src/ingest/infer/inferRegion.js';
import { nationalGazetteer, regionCodeOf } from '../../src/ingest/resolve/nationalGazetteer.js';

const extract = (file: string, text: string) => extractDocument({ file, text, sha256: '', meta: {} });

// Heads written in the manner of several provinces' documents (not the rules' own examples).
describe('issuing region from the national gazetteer', () => {
  it.each([
    ['武汉市江岸区人民政府办公室关于印发2023年重点工作任务分解方案的通知\n各街道办事处：', '湖北省武汉市江岸区', '420102'],
    ['中共沈阳市铁西区委办公室 沈阳市铁西区人民政府办公室\n关于印发责任分工的通知', '辽宁省沈阳市铁西区', '210106'],
    ['重庆市渝中区人民政府关于2023年重点工作的通知\n', '重庆市渝中区', '500103'],
    ['广东省深圳市南山区2023年政府工作报告重点任务分工\n', '广东省深圳市南山区', '440305'],
    ['成都市武侯区人民政府办公室\n关于印发工作要点的通知', '四川省成都市武侯区', '510107'],
    ['潜江市政府工作报告\n', '湖北省潜江市', '429005'],
  ])('%s → %s', (head, region, code) => {
    const d = extract('r.txt', `${head}\n一、重点任务\n1.推进城市更新。(责任单位:区发改局)`).document;
    expect(d.region).toBe(region);
    expect(regionCodeOf(d.region)).toBe(code);
    expect(d.inferred.find((i) => i.field === 'region')?.rule).toMatch(/^region\./);
  });
  it('a name shared by several counties is decided by its city, else left open', () => {
    const g = nationalGazetteer();
    expect(inferRegion('南京市鼓楼区2022年重点工作任务', g).region).toBe('江苏省南京市鼓楼区');
    const open = inferRegion('鼓楼区2022年重点工作任务', g);
    expect(open.region).toBeNull();
    expect(open.problem).toMatch(/鼓楼区 names 4 divisions/);
  });
  it('the same short form in two regions is two units; towns become places with parents', () => {
    const a = extract('a.txt', '武汉市江岸区2023年重点工作任务\n1.推进片区更新。(责任单位:区发改局、永清街道)');
    const b = extract('b.txt', '沈阳市铁西区2023年重点工作任务\n1.推进片区更新。(责任单位:区发改局)');
    const ua = a.units.find((u) => u.name.endsWith('发展和改革局'))!;
    const ub = b.units.find((u) => u.name.endsWith('发展和改革局'))!;
    expect(ua.id).not.toBe(ub.id);
    const town = a.places.find((p) => p.name === '永清街道')!;
    expect(town.kind).toBe('SUBDISTRICT');
    expect(town.parentId).toBe('place:420102');
  });
});

describe('units within a region', () => {
  it('abbreviations and long forms are one unit, the rule recorded; 县 prefixes too', () => {
    const d = extract('x.txt', '湖南省长沙县2023年重点工作任务\n1.推进项目。(责任单位:县发改局)\n2.推进改革。(责任单位:县发展改革局)\n3.推进规划。(责任单位:县规资局、县规划资源局)');
    const names = new Set(d.responsibilities.map((r) => d.units.find((u) => u.id === r.unitId)!.name));
    expect(names).toEqual(new Set(['长沙县发展和改革局', '长沙县规划和自然资源局']));
    expect(d.units.find((u) => u.name === '长沙县发展和改革局')!.rule).toContain('abbr.fg');
  });
  it('collectives are kept as printed, kind COLLECTIVE; people are never units', () => {
    const d = extract('c.txt', '武汉市江岸区2023年重点工作任务\n1.优化营商环境。(责任领导:王建国;牵头单位:区政务服务局;责任单位:区直各部门、相关乡镇办、各乡镇(街道))');
    const kinds = d.responsibilities.map((r) => [r.surface, d.units.find((u) => u.id === r.unitId)!.kind]);
    expect(kinds).toEqual([['区政务服务局', 'BUREAU'], ['区直各部门', 'COLLECTIVE'], ['相关乡镇办', 'COLLECTIVE'], ['各乡镇(街道)', 'COLLECTIVE']]);
    expect(d.tasks[0]!.people?.map((p) => p.name)).toEqual(['王建国']);
  });
  it('lead marks, open-ended lists and a stated convention set roles', () => {
    const marked = extract('m.txt', '武汉市江岸区2023年重点工作任务\n1.推进改造。(责任单位:区住房局*、区城管局、永清街道等)');
    expect(marked.responsibilities.map((r) => [r.surface, r.role])).toEqual([['区住房局', 'LEAD'], ['区城管局', 'SUPPORT'], ['永清街道', 'SUPPORT']]);
    expect(marked.responsibilities[2]!.openEnded).toBe(true);
    const conv = extract('v.txt', '沈阳市铁西区2023年重点工作任务\n责任单位中排在第一位的为牵头单位。\n1.推进工业遗产保护。(责任单位:区文旅局、区发改局)');
    expect(conv.responsibilities.map((r) => r.role)).toEqual(['LEAD', 'SUPPORT']);
    expect(conv.document.inferred.find((i) => i.field === 'convention')?.evidence?.quote).toBe('排在第一位的为牵头单位');
  });
});

describe('deadlines and years', () => {
  it.each([
    ['10月底', '2023-10-31', 'DATE'], ['2023年6月', '2023-06-30', 'DATE'], ['三季度', '2023-09-30', 'DATE'],
    ['年底前', '2023-12-31', 'DATE'], ['长期坚持', null, 'ONGOING'], ['持续推进', null, 'ONGOING'], ['待定', null, 'OPEN'],
  ])('%s in a 2023 document → %s %s', (printed, date, kind) => {
    expect(normalizeDeadline(printed, 2023)).toMatchObject({ date, kind });
  });
  it('inline deadlines are cut from the text and normalised against the document year', () => {
    const d = extract('d.txt', '武汉市江岸区2023年重点工作任务\n1.推进片区更新。(牵头单位:区发改局;完成时限:10月底)\n2.完成2022年度改造收尾(三季度)(责任单位:区城管局)');
    expect(d.document.year).toBe(2023);
    expect(d.tasks.map((t) => [t.text, t.deadline?.date])).toEqual([['推进片区更新。', '2023-10-31'], ['完成2022年度改造收尾', '2023-09-30']]);
  });
  it('a year printed inside a task never dates the document; none found is null with a warning, never 0', () => {
    const d = extract('y.txt', '关于印发重点工作任务的通知\n1.完成2022年度老旧小区改造。(责任单位:区住建局)');
    expect(d.document.year).toBeNull();
    expect(d.document.region).toBeNull();
    expect(d.warnings.map((w) => w.code)).toEqual(['NO_YEAR', 'NO_REGION']);
    expect(d.units[0]!.id).toBe('unit:doc:y:区住房和城乡建设局');
  });
});
