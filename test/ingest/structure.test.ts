import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { foldText } from '../../src/ingest/text/foldText.js';

const run = (text: string, genre: 'task_list' | 'work_report' = 'task_list') =>
  extractDocument({ file: 's.txt', text, sha256: '', meta: { year: 2022, region: '上海市嘉定区', genre } });

describe('structure', () => {
  it('nests headings 一、 > （一） > 1. and keeps items under the nearest heading', () => {
    const d = run('一、产业发展\n（一）先进制造业\n1.推进智能工厂建设10家。\n2.培育专精特新企业50家。\n（二）现代服务业\n1.新增总部企业5家。\n二、城市建设\n(1)完成道路大修20条。\n');
    expect(d.sections.map((s) => [s.number, s.level, s.title])).toEqual([
      ['一', 1, '产业发展'], ['一', 2, '先进制造业'], ['二', 2, '现代服务业'], ['二', 1, '城市建设'],
    ]);
    expect(d.sections[1]!.parentId).toBe(d.sections[0]!.id);
    expect(d.tasks.map((t) => [t.number, d.sections.find((s) => s.id === t.sectionId)!.title])).toEqual([
      ['1', '先进制造业'], ['2', '先进制造业'], ['1', '现代服务业'], ['1', '城市建设'],
    ]);
  });

  it('splits items run together on one line and keeps ★ per item', () => {
    const d = run('一、民生\n(一)新建养老床位300张。(二)★新增社区食堂10家。(三)完成(上海)试点任务(二期)建设。\n');
    expect(d.tasks.map((t) => [t.number, t.starred, t.text])).toEqual([
      ['一', false, '新建养老床位300张。'], ['二', true, '新增社区食堂10家。'], ['三', false, '完成(上海)试点任务(二期)建设。'],
    ]);
  });

  it('reads ① items', () => {
    const d = run('一、环境\n①完成河道整治。\n②新建绿道10公里。\n');
    expect(d.tasks.map((t) => t.number)).toEqual(['①', '②']);
  });

  it('joins a sentence a page break split, with evidence spanning the break', () => {
    const text = '一、开放枢纽\n加快推进北虹桥“一区一城一湾”建设,临港嘉定科技城、虹桥新慧总部\n\n湾5个高能级项目竣工投产。开展招商系列活动。\n';
    const d = run(text, 'work_report');
    expect(d.tasks.map((t) => t.text)).toEqual(['加快推进北虹桥“一区一城一湾”建设,临港嘉定科技城、虹桥新慧总部湾5个高能级项目竣工投产。', '开展招商系列活动。']);
    expect(d.tasks[0]!.evidence.quote).toContain('总部\n\n湾');
    expect(d.tasks[0]!.kind).toBe('ACHIEVEMENT');
    expect(d.mentions.map((m) => m.surface)).toContain('虹桥新慧总部\n\n湾');
  });

  it('classifies report sentences under a planning heading as MEASURE', () => {
    const d = run('一、上半年工作情况\n新建公园3座,累计达到40座。\n二、下半年工作计划\n加快推进轨交 14 号线建设。\n', 'work_report');
    expect(d.tasks.map((t) => [t.kind, t.text])).toEqual([['ACHIEVEMENT', '新建公园3座,累计达到40座。'], ['MEASURE', '加快推进轨交14号线建设。']]);
  });

  it('fold keeps a map back to original offsets', () => {
    const text = '轨交 14 号线（嘉定段）“建设”';
    const f = foldText(text);
    expect(f.text).toBe('轨交14号线(嘉定段)"建设"');
    const i = f.text.indexOf('14');
    expect(text.slice(f.map[i]!, f.map[i + 1]! + 1)).toBe('14');
  });

  it('skips the cover letter and notes of a list document', () => {
    const d = run('各街道办事处:\n现将《2022年重点工作》印发给你们,请认真落实。\n一、经济\n(一)引进企业10家。\n注:1.标★号项目为实事项目。\n2.各项工作由分管领导牵头。\n留言咨询\n');
    expect(d.tasks.map((t) => t.text)).toEqual(['引进企业10家。']);
  });
});
