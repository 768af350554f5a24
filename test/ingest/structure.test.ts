import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { foldText } from '../../src/ingest/text/foldText.js';
import { wrapWidth } from '../../src/ingest/structure/parseStructure.js';

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

  it('a report title with a PDF conversion\'s spaces, and its issuer below, are no tasks', () => {
    const d = run('关于 2023 年滨海新区国民经济和社会发展计划执行情况的报告\n滨海新区发展和改革委员会\n\n各位代表:\n一、推动数字化转型\n上半年社会消费品零售总额完成 102.2 亿元,同比增长 11.1%。加快推进数字文创产业园建设。\n', 'work_report');
    expect(d.tasks.map((t) => t.text)).toEqual(['上半年社会消费品零售总额完成102.2亿元,同比增长11.1%。', '加快推进数字文创产业园建设。']);
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

// PDF conversion wraps a numbered item onto a second line, often before its first 。.
// Each row: text, the tasks expected (text), and the sections expected (titles).
const WRAPS: [string, string, string[], string[]][] = [
  [
    'wrapped after a comma, responsibility clause on the second line',
    '一、科技创新\n(12)进一步落实科技企业孵化,\n启动东街旧改一期项目,完善配套政策。(责任单位:区科委、区房管局)\n(13)推进人工智能产业发展。(责任单位:区经委)\n',
    ['进一步落实科技企业孵化,启动东街旧改一期项目,完善配套政策。', '推进人工智能产业发展。'],
    ['科技创新'],
  ],
  [
    'wrapped after 、 and again after a comma (three lines)',
    '一、城市建设\n1.加快推进嘉闵线嘉定段、\n沪通铁路二期嘉定段建设,\n确保年内开工。(牵头单位:区交通委)\n',
    ['加快推进嘉闵线嘉定段、沪通铁路二期嘉定段建设,确保年内开工。'],
    ['城市建设'],
  ],
  [
    'wrapped after ；, the rest printed before a lead-unit line',
    '一、民生保障\n(1)新建养老床位300张;\n改造认知障碍照护床位100张。\n牵头单位:区民政局\n',
    ['新建养老床位300张;改造认知障碍照护床位100张。'],
    ['民生保障'],
  ],
  [
    'a heading followed by an item is still a heading',
    '(一)深化营商环境改革\n1.全面推行“一业一证”改革,\n压减审批时限50%以上。(责任单位:区审改办)\n',
    ['全面推行“一业一证”改革,压减审批时限50%以上。'],
    ['深化营商环境改革'],
  ],
  [
    'an item ending in ; before an unnumbered heading line is not joined to it',
    '一、生态环境\n(1)完成河道整治30公里;\n社会事业\n(2)新建学校3所。\n',
    ['完成河道整治30公里', '新建学校3所。'],
    ['生态环境'],
  ],
];

describe('numbered items wrapped by PDF conversion', () => {
  for (const [name, text, tasks, sections] of WRAPS) {
    it(name, () => {
      const d = run(text);
      expect(d.tasks.map((t) => t.text)).toEqual(tasks);
      expect(d.sections.map((s) => s.title)).toEqual(sections);
    });
  }

  it('keeps the units of a wrapped item and evidence spanning the wrap', () => {
    const text = '一、科技创新\n(12)进一步落实科技企业孵化,\n启动东街旧改一期项目。(责任单位:区科委、区房管局)\n';
    const d = run(text);
    expect(d.responsibilities.map((r) => [r.surface, r.role])).toEqual([['区科委', 'RESPONSIBLE'], ['区房管局', 'RESPONSIBLE']]);
    expect(d.tasks[0]!.evidence.quote).toContain('孵化,\n启动');
    expect(text.slice(d.tasks[0]!.evidence.start, d.tasks[0]!.evidence.end)).toBe(d.tasks[0]!.evidence.quote);
  });

  it('a report heading without punctuation is not joined to the paragraph below it', () => {
    const d = run('一、上半年工作情况\n(一)经济运行稳中有进\n上半年,全区实现地区生产总值1200亿元,同比增长6.5%。\n', 'work_report');
    expect(d.sections.map((s) => s.title)).toEqual(['上半年工作情况', '经济运行稳中有进']);
    expect(d.tasks.map((t) => t.text)).toEqual(['上半年,全区实现地区生产总值1200亿元,同比增长6.5%。']);
  });

  it('joins an item line that fills the page width of a PDF, without punctuation at the break', () => {
    // Every full line of this page holds 24 characters; item (2) breaks mid-word.
    const full = ['深入推进长三角一体化发展示范区建设完善协同机制。', '持续优化营商环境全面落实市场准入负面清单制度。', '加快建设嘉定新城核心区推进远香湖周边开发建设。', '推动先进制造业集群发展培育一批专精特新企业。'];
    const text = `一、重点任务\n${full.map((s, k) => `(${k + 1})${s.slice(0, 21)}\n${s.slice(21)}`).join('\n')}\n(5)全面实施乡村振兴战略推动农村人居环境整治提升推进美丽\n乡村建设。(责任单位:区农业农村委)\n`;
    const d = run(text);
    expect(d.tasks).toHaveLength(5);
    expect(d.tasks[4]!.text).toBe('全面实施乡村振兴战略推动农村人居环境整治提升推进美丽乡村建设。');
    expect(d.responsibilities.map((r) => r.surface)).toEqual(['区农业农村委']);
  });

  it('wrapWidth finds the page width of a wrapped text and none in a text of paragraphs', () => {
    expect(wrapWidth([34, 34, 12, 34, 33, 34, 21, 34, 5])).toBe(34);
    expect(wrapWidth([120, 257, 36, 88, 153, 41, 0, 12])).toBe(0);
  });
});
