import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { readSource } from '../../src/ingest/read/readSource.js';
import { columnMeaning } from '../../src/ingest/structure/columnMeaning.js';
import { findVerbClauses } from '../../src/ingest/extract/findVerbClauses.js';
import { buildDocument } from '../../scripts/lib/buildRealistic.js';
import type { SpecBlock, SpecCell } from '../../scripts/lib/buildRealistic.js';
import type { ExtractedDocument } from '../../src/model/records.js';
import { inferMeta } from '../../src/ingest/infer/inferMeta.js';
import { defaultGazetteer } from '../../src/ingest/resolve/gazetteer.js';
import { regionCodeOf } from '../../src/ingest/resolve/nationalGazetteer.js';

// The general rules the held-out realistic set exposed (each failed on it before its fix), each
// checked here on tables and sentences of its own, in every format it concerns.

async function extract(bytes: Uint8Array, file: string): Promise<ExtractedDocument> {
  const read = await readSource(bytes, file);
  if (!read.ok) throw new Error(read.reason);
  return extractDocument({ file, text: read.source.text, sha256: '', meta: { region: '江苏省苏州市吴江区', year: 2024 }, format: read.source.format, statedTitle: read.source.title ?? null });
}

// Private: each task's units as `role surface`, in printed order, keyed by the task's first characters.
function unitsByTask(d: ExtractedDocument): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const t of d.tasks) {
    const units = d.responsibilities.filter((r) => r.taskId === t.id).map((r) => `${r.role} ${r.surface}`);
    if (units.length) out[t.text.slice(0, 6)] = units;
  }
  return out;
}

const cell = (t: string, rs = 1, cs = 1): SpecCell => ({ t, rs, cs });

// A 牵头单位 cell merged over two task rows, under a two-row header (责任单位 over 牵头单位 | 配合单位).
const MERGED: SpecCell[][] = [
  [cell('序号', 2), cell('主要任务', 2), cell('责任单位', 1, 2), cell('完成时限', 2)],
  ['牵头单位', '配合单位'],
  ['1', '推进太湖新城数字经济产业园建设。', cell('区工信局', 2), '区发改委、区财政局', '2024年底前'],
  ['2', '培育国家级专精特新企业10家。', '区科技局', '年内'],
  ['3', '完成汾湖高新区污水管网改造。', '区水务局', '各镇（街道）', '长期'],
];
const EXPECTED_MERGED = {
  推进太湖新城: ['LEAD 区工信局', 'SUPPORT 区发改委', 'SUPPORT 区财政局'],
  培育国家级专: ['LEAD 区工信局', 'SUPPORT 区科技局'],
  完成汾湖高新: ['LEAD 区水务局', 'SUPPORT 各镇（街道）'],
};

function html(rows: SpecCell[][]): string {
  const tr = rows.map((r) => `<tr>${r.map((c) => (typeof c === 'string' ? `<td>${c}</td>` : `<td rowspan="${c.rs ?? 1}" colspan="${c.cs ?? 1}">${c.t}</td>`)).join('')}</tr>`).join('\n');
  return `<html><head><title>2024年重点任务_吴江区人民政府</title></head><body><div class="nav">首页 | 政务公开</div><table style="border:1px solid">${tr}</table></body></html>`;
}

describe('merged cells and two-row headers (read: HTML rowspan/colspan, DOCX vMerge/gridSpan, XLSX merged ranges)', () => {
  const blocks: SpecBlock[] = [{ h: '吴江区2024年重点任务分解表', level: 1 }, { table: MERGED }];
  it.each(['html', 'docx', 'xlsx'])('%s: each row reads its merged lead, the header its sub-headers', async (format) => {
    const bytes = format === 'html' ? Buffer.from(html(MERGED), 'utf8') : await buildDocument({ blocks }, format);
    const d = await extract(bytes, `t.${format}`);
    expect(unitsByTask(d)).toEqual(EXPECTED_MERGED);
    // The merged lead's evidence quotes its text wherever it is read from.
    for (const r of d.responsibilities) expect(r.evidence.quote).toBe(r.surface);
  });

  it('the canonical text writes the merged cell in each row it covers, marked as repeated', async () => {
    const read = await readSource(Buffer.from(html(MERGED), 'utf8'), 't.html');
    if (!read.ok) throw new Error(read.reason);
    const table = read.source.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(['序号', '主要任务', '牵头单位', '配合单位', '完成时限']);
    const lead = table.rows.slice(1).map((r) => r.cells.find((c) => c.col === 2));
    expect(lead.map((c) => [c?.text, c?.repeated ?? false])).toEqual([['区工信局', false], ['区工信局', true], ['区水务局', false]]);
  });

  it('a header spanning columns with nothing under it is no two-row header (a section row stays a row)', async () => {
    const rows: SpecCell[][] = [['序号', '重点任务', '责任单位'], [cell('一、产业发展', 1, 3)], ['1', '推进产业园建设。', '区工信局']];
    const d = await extract(Buffer.from(html(rows), 'utf8'), 't.html');
    expect(unitsByTask(d)).toEqual({ 推进产业园建: ['RESPONSIBLE 区工信局'] });
  });
});

describe('task columns named by their kind of task', () => {
  it.each([['改革任务', 'TASK'], ['重点改革任务', 'TASK'], ['民生实事', 'TASK'], ['2024年民生实事项目', 'TASK'], ['攻坚任务', 'TASK'], ['改革成效', null], ['实事求是地推进改革', null]])('%s → %s', (header, meaning) => {
    expect(columnMeaning(header)?.meaning ?? null).toBe(meaning);
  });
});

describe('a unit cell that labels its own names (牵头:X;配合:Y)', () => {
  it.each([
    ['牵头：区商务局；配合：区财政局、区税务局', ['LEAD 区商务局', 'SUPPORT 区财政局', 'SUPPORT 区税务局']],
    ['牵头：区交通局<br>配合：区发改委，区城管局', ['LEAD 区交通局', 'SUPPORT 区发改委', 'SUPPORT 区城管局']],
    ['牵头单位:区教育局 协办:各街道', ['LEAD 区教育局', 'SUPPORT 各街道']],
    ['区卫健委、区民政局', ['RESPONSIBLE 区卫健委', 'RESPONSIBLE 区民政局']],
    // Or by verbs, as a whole cell.
    ['县交通运输局牵头，各乡镇配合', ['LEAD 县交通运输局', 'SUPPORT 各乡镇']],
    ['区住建局牵头负责', ['LEAD 区住建局']],
  ])('%s', async (unitCell, expected) => {
    const page = `<html><body><table><tr><th>序号</th><th>重点工作</th><th>责任单位</th></tr><tr><td>1</td><td>推进城乡一体化发展。</td><td>${unitCell}</td></tr></table></body></html>`;
    const d = await extract(Buffer.from(page, 'utf8'), 't.html');
    expect(unitsByTask(d)).toEqual({ 推进城乡一体: expected });
  });
});

describe('responsibility stated by verbs (由X牵头，Y配合 / 由X负责)', () => {
  const names = (s: string): string[] => findVerbClauses(s, 0, s.length).names.map((n) => `${n.role} ${n.surface}`);
  it.each([
    ['新建学校12所。由区教育局牵头，区财政局、区住建局配合。', ['LEAD 区教育局', 'SUPPORT 区财政局', 'SUPPORT 区住建局']],
    ['推进医共体建设。区卫生健康局牵头，区医保局参与。', ['LEAD 区卫生健康局', 'SUPPORT 区医保局']],
    ['改造工业园1万亩。由区自然资源局、区经促局共同牵头，区城管局配合。', ['LEAD 区自然资源局', 'LEAD 区经促局', 'SUPPORT 区城管局']],
    ['完成河道整治。由区水务局会同各镇（街道）推进。', ['LEAD 区水务局', 'SUPPORT 各镇（街道）']],
    ['办好民生实事。由区民政局负责。', ['RESPONSIBLE 区民政局']],
    ['新增学位5000个（县教育体育局负责）。', ['RESPONSIBLE 县教育体育局']],
    // Not clauses: the names are no units, or the verb is inside a sentence.
    ['各项重点工作由区政府分管领导按照分工牵头实施。', []],
    ['鼓励龙头企业牵头，高校院所参与。', []],
    ['由区发改委牵头制定全区产业规划并组织实施，各部门按职责分工落实。', []],
  ])('%s', (s, expected) => {
    expect(names(s)).toEqual(expected);
  });

  it('the clause is cut from the task text and its names carry evidence', () => {
    const text = '一、民生保障\n（一）新建学校12所。由区教育局牵头，区财政局配合。\n';
    const d = extractDocument({ file: 'r.txt', text, sha256: '', meta: { region: '江苏省苏州市吴江区', year: 2024 } });
    expect(d.tasks.map((t) => t.text)).toEqual(['新建学校12所。']);
    expect(d.responsibilities.map((r) => [r.role, r.evidence.quote, r.evidence.rule])).toEqual([['LEAD', '区教育局', 'verb.lead-support'], ['SUPPORT', '区财政局', 'verb.lead-support']]);
  });
});

describe('PDF: an issuer and date line spaced by an ideographic space above a ruled table', () => {
  it('is a paragraph, not the first row of the table', async () => {
    const blocks: SpecBlock[] = [
      { h: '2024年民生实事任务分解表', level: 1 },
      { p: '吴江区人民政府办公室　2024年2月1日' },
      { table: [['序号', '民生实事', '责任单位', '完成时间'], ['1', '新建口袋公园20个。', '区城管局、区住建局', '年内']] },
    ];
    const d = await extract(await buildDocument({ blocks }, 'pdf'), 't.pdf');
    expect(unitsByTask(d)).toEqual({ 新建口袋公园: ['RESPONSIBLE 区城管局', 'RESPONSIBLE 区住建局'] });
  });
});

describe('the year a title is about', () => {
  it.each([
    ['南昌县2024年民生实事项目责任分解表\n序号\t实事项目\t责任单位', '2024', 'year.title'],
    ['雁塔区2024年科技创新工作实施方案\n一、主要任务', '2024', 'year.title'],
    ['关于2023年春节期间安全生产的意见\n一、总体要求', '2023', 'year.title'],
    // A report on one year's plan and the next one's draft: the plan year (its tasks are that year's).
    ['关于肥西县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n一、2024年主要任务', '2024', 'year.plan-year'],
    ['关于2019年上半年嘉定区国民经济和社会发展计划执行情况的报告', '2019', 'year.title'],
  ])('%s → %s', (text, year, rule) => {
    const y = inferMeta('doc:t', text, defaultGazetteer()).find((i) => i.field === 'year');
    expect([y?.value, y?.rule]).toEqual([year, rule]);
  });
});

describe('a stated first-listed-leads convention', () => {
  it('makes the one unit of a one-name list its lead, the first of a longer list lead and the rest support', () => {
    const text = '2024年重点工作任务分解表\n序号\t重点工作\t责任单位（排在第一位的为牵头单位）\t完成时限\n1\t推进街区提质升级。\t区文旅局、区住建局\t年内\n2\t实施招商引资攻坚行动。\t区投资促进局\t每季度\n';
    const d = extractDocument({ file: 'c.txt', text, sha256: '', meta: { region: '江苏省苏州市吴江区', year: 2024 } });
    expect(unitsByTask(d)).toEqual({ 推进街区提质: ['LEAD 区文旅局', 'SUPPORT 区住建局'], 实施招商引资: ['LEAD 区投资促进局'] });
  });
});

describe('people cells (责任领导) with a title in brackets', () => {
  it('keep each person whole, title and all, and never make them units', async () => {
    const page = '<html><body><table><tr><th>序号</th><th>改革任务</th><th>责任领导</th><th>牵头单位</th></tr>' +
      '<tr><td>1</td><td>深化临空经济示范区管理体制改革。</td><td>李强（区委常委、副区长）、王伟</td><td>区发展改革委</td></tr></table></body></html>';
    const d = await extract(Buffer.from(page, 'utf8'), 't.html');
    expect(d.tasks[0]!.people?.map((p) => p.name)).toEqual(['李强（区委常委、副区长）', '王伟']);
    expect(unitsByTask(d)).toEqual({ 深化临空经济: ['LEAD 区发展改革委'] });
  });
});

describe('a person printed in brackets after a unit (责任单位（责任人）)', () => {
  it('is a person on the task, and the unit is the name before the bracket', async () => {
    const page = '<html><body><table><tr><th>序号</th><th>重点任务</th><th>责任单位（责任人）</th></tr>' +
      '<tr><td>1</td><td>推进老城历史文化街区保护利用。</td><td>区住建局（张伟）、区文旅局（李娜）、各镇（街道）</td></tr></table></body></html>';
    const d = await extract(Buffer.from(page, 'utf8'), 't.html');
    expect(unitsByTask(d)).toEqual({ 推进老城历史: ['RESPONSIBLE 区住建局', 'RESPONSIBLE 区文旅局', 'RESPONSIBLE 各镇（街道）'] });
    expect(d.tasks[0]!.people?.map((p) => [p.name, p.evidence.quote])).toEqual([['张伟', '张伟'], ['李娜', '李娜']]);
  });
});

describe('a city without counties (东莞市, 中山市: the gazetteer lists it again as its own county)', () => {
  it('is named once, with the county code, and its towns are its places', () => {
    const text = '东莞市人民政府办公室关于印发东莞市2023年十件民生实事的通知\n1.推进虎门镇污水管网建设。（责任单位：市水务局、虎门镇）\n';
    const d = extractDocument({ file: 'dg.txt', text, sha256: '', meta: {} });
    expect(d.document.region).toBe('广东省东莞市');
    expect(regionCodeOf(d.document.region)).toBe('441900');
    expect(d.places.find((p) => p.name === '虎门镇')).toBeDefined();
  });
});

describe('a 责任单位 list beside a 配合单位 list and no lead list', () => {
  it('leads, inline and as a table column (in every row of that table); beside a lead list it supports; alone it is responsible', async () => {
    const text = '一、产业\n（一）加快钒钛产业园区建设。（责任单位：市经信局、市发改局；配合单位：市自然资源局）\n（二）新建社区综合体3个。（责任单位：市民政局）\n（三）推进景区提档升级。（牵头单位：市文广旅局；责任单位：市林业局）\n';
    const d = extractDocument({ file: 'x.txt', text, sha256: '', meta: { region: '四川省凉山彝族自治州西昌市', year: 2024 } });
    expect(unitsByTask(d)).toEqual({
      加快钒钛产业: ['LEAD 市经信局', 'LEAD 市发改局', 'SUPPORT 市自然资源局'],
      新建社区综合: ['RESPONSIBLE 市民政局'],
      推进景区提档: ['LEAD 市文广旅局', 'SUPPORT 市林业局'],
    });
    const page = '<html><body><table><tr><th>序号</th><th>重点任务</th><th>责任单位</th><th>配合单位</th></tr>' +
      '<tr><td>1</td><td>推进城市更新改造。</td><td>市住建局</td><td>市城管局、各街道</td></tr>' +
      '<tr><td>2</td><td>新建口袋公园20个。</td><td>市城管局</td><td></td></tr></table></body></html>';
    const t = await extract(Buffer.from(page, 'utf8'), 't.html');
    expect(unitsByTask(t)).toEqual({ 推进城市更新: ['LEAD 市住建局', 'SUPPORT 市城管局', 'SUPPORT 各街道'], 新建口袋公园: ['LEAD 市城管局'] });
  });
});
