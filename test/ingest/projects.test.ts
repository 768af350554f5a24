import { describe, expect, it } from 'vitest';
import { projectKey, defaultProjectAliases, KEY_RULES } from '../../src/ingest/resolve/projectKey.js';
import { NAME_PARTICLES, NAME_VERBS, PROJECT_RULES } from '../../src/ingest/rules/projectRules.js';
import { placePrefixes } from '../../src/ingest/resolve/placePrefixes.js';
import { defaultGazetteer } from '../../src/ingest/resolve/gazetteer.js';
import { recurringProjects } from '../../src/ingest/resolve/recurringProjects.js';
import { scoreRecurring } from '../../src/ingest/eval/scoreRecurring.js';
import type { GoldRecurring } from '../../src/ingest/eval/goldTypes.js';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { extractSeed, seedJson } from './seedHelpers.js';

const prefixes = placePrefixes(defaultGazetteer(), '上海市嘉定区');
const key = (s: string) => projectKey(s, prefixes, defaultProjectAliases()).key;

describe('project keys fold surface variation into one project', () => {
  it.each([
    [['S7公路一期', 'S7 沪崇高速一期', 'S7沪崇高速(二期)']],
    [['14号线(嘉定段)', '轨交 14 号线嘉定段', '轨道交通14号线']],
    [['沪通铁路一期(嘉定段)', '沪通铁路一期嘉定段', '沪通铁路二期']],
    [['首届长三角城市群科博会', '第二届长三角科交会', '第七届长三角科交会']],
    [['中国国际进口博览会', '第二届进博会']],
    [['“乡悦华亭”', '"乡悦华亭"', '「乡悦华亭」']],
    [['氢能港', '嘉定氢能港']],
    [['上海市传感器及智能硬件产业园区', '上海智能传感器产业园']],
    [['8 英寸研发中试线', '8英寸研发中试线']],
    [['第七次人口普查试点', '第七次全国人口普查']],
  ])('%j', (surfaces) => {
    expect(new Set(surfaces.map(key)).size).toBe(1);
  });

  it('keeps different projects apart', () => {
    expect(key('轨交14号线')).not.toBe(key('轨交13号线'));
    expect(key('S7沪崇高速')).not.toBe(key('S20外环'));
    expect(key('第七次全国人口普查')).not.toBe(key('第六次全国人口普查'));
  });

  it('keeps a town before a site name: two towns\' “城中村” or “老街” are two projects', () => {
    expect(key('菊园新区“城中村”')).not.toBe(key('嘉定镇“城中村”'));
    expect(key('南翔“老街”')).not.toBe(key('安亭“老街”'));
    // … printed with or without quotes, a river, or the town's suffix, it is one project
    expect(new Set(['真新沿苏州河"南四块"', '真新“南四块”', '真新南四块', '真新街道“南四块”'].map(key))).toEqual(new Set(['真新南四块']));
    expect(new Set(['南翔镇“老街”', '南翔“老街”', '南翔老街'].map(key)).size).toBe(1);
    expect(key('嘉定镇街道“城中村”')).toBe(key('嘉定镇“城中村”'));
  });

  it('folds a town away before a name that names a project by itself', () => {
    expect(new Set(['菊园新区科技服务业集聚区', '菊园科技服务业集聚区', '科技服务业集聚区'].map(key)).size).toBe(1);
    expect(new Set(['马陆都市产业园', '都市产业园', '嘉定马陆都市产业园'].map(key)).size).toBe(1);
    expect(key('安亭第二届汽车文化节')).toBe(key('上海汽车文化节'));
    // … but not before a bare park word, which names nothing without its town
    expect(key('马陆产业园')).not.toBe(key('南翔产业园'));
  });

  it("folds the region's own names away in districts the gazetteer does not list", () => {
    for (const [region, surfaces] of [
      ['江苏省无锡市新吴区', ['新吴工业互联网产业基地', '工业互联网产业基地', '无锡新吴工业互联网产业基地']],
      ['浙江省宁波市鄞州区', ['鄞州氢能汽车产业基地', '氢能汽车产业基地(一期)', '宁波氢能汽车产业基地']],
    ] as const) {
      const p = placePrefixes(defaultGazetteer(), region);
      expect(new Set(surfaces.map((s) => projectKey(s, p, defaultProjectAliases()).key)).size, region).toBe(1);
    }
  });

  it('rule ids are unique', () => {
    const ids = [...PROJECT_RULES.map((r) => r.id), ...KEY_RULES.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ['确保嘉闵线嘉定段启动建设,临洮路建成通车。', '嘉闵线嘉定段', 'RAIL', 'STARTED'],
    ['S7沪崇高速(二期)建成通车。', 'S7沪崇高速(二期)', 'ROAD', 'COMPLETED'],
    ['办好第四届长三角科交会。', '第四届长三角科交会', 'EVENT', null],
    ['持续推进“美丽家园”建设。', '“美丽家园”', 'PROGRAMME', 'UNDER_CONSTRUCTION'],
    ['国家智能传感器创新中心落户嘉定。', '国家智能传感器创新中心', 'PLATFORM', 'OPERATING'],
  ])('finds %s', (sentence, surface, kind, status) => {
    const doc = extractDocument({ file: 'p.txt', text: `一、项目\n(1)${sentence}(责任单位:区建管委)\n`, sha256: '', meta: { year: 2021, region: '上海市嘉定区', genre: 'task_list' } });
    const m = doc.mentions.find((x) => x.surface === surface);
    expect(m, JSON.stringify(doc.mentions.map((x) => x.surface))).toBeDefined();
    expect(doc.projects.find((p) => p.id === m!.projectId)!.kind).toBe(kind);
    expect(m!.status).toBe(status);
    expect(m!.year).toBe(2021);
  });
});

describe('recurring projects across the Jiading seeds', () => {
  const gold = seedJson<GoldRecurring>('gold/recurring_projects_jiading.json');
  const docs = Object.keys(gold.documents).map((f) => extractSeed(f));
  const rec = recurringProjects(docs);
  const score = scoreRecurring(gold, rec);
  it('finds every core project with exactly its years', () => {
    expect(score.missing).toEqual([]);
    expect(score.core.yearsExact).toBe(gold.core.length);
  });
  it('at least 85% of reported recurring projects match a gold entry', () => {
    expect(score.precision).toBeGreaterThanOrEqual(0.85);
  });
  it('the same project gets the same id in every year and mentions keep their year', () => {
    const s7 = rec.find((r) => r.project.name === 'S7')!;
    expect(s7.years).toEqual([2018, 2019, 2021]);
    expect(new Set(s7.mentions.map((m) => m.projectId)).size).toBe(1);
  });
  it('minYears filters', () => {
    expect(recurringProjects(docs, 4).map((r) => r.project.name)).toContain('长三角科交会');
  });
});

// Real-genre sentences: [sentence, surfaces that must be found, surfaces that must not be].
const doc = (sentence: string, region = '上海市嘉定区') =>
  extractDocument({ file: 'p.txt', text: `一、项目\n(1)${sentence}(责任单位:区建管委)\n`, sha256: '', meta: { year: 2022, region, genre: 'task_list' } });

describe('project names: verbs stripped, renewals, quoted names after a place', () => {
  it.each([
    // verb + result prefixes are not part of the name
    ['做强嘉定新能港,做大氢能汽车科技园。', ['嘉定新能港', '氢能汽车科技园'], ['强嘉定新能港', '大氢能汽车科技园']],
    ['深入提升特色产业园区能级,打造上海智能传感器产业园。', ['上海智能传感器产业园'], ['提升特色产业园区', '特色产业园区']],
    // renewals named by their area, phases and 地块 printed with them
    ['加快推进北片区旧改一期项目开发。', ['北片区旧改一期项目'], []],
    ['启动老城厢旧区改造征收工作,完成西门旧改(二期)地块收尾。', ['老城厢旧区改造', '西门旧改(二期)地块'], []],
    ['持续推进旧区改造,加快非旧改区域更新。', [], ['旧区改造', '非旧改']],
    // a quoted name after a town, subdistrict or road is that place's project, whatever follows
    ['真新“南四块”顺利推进,完成签约率95%。', ['真新“南四块”'], []],
    ['在三墩镇开展试点,推进三墩“东街”。', ['三墩“东街”'], []],
    ['积极推进共和新路“老城厢”,启动江宁路「东街」。', ['共和新路“老城厢”', '江宁路「东街」'], ['新路“老城厢”']],
    // a place ending in 和 is no conjunction: a conjunct is never one character (元 | 和“西门”)
    ['启动元和“西门”项目开发。太和「老街」地块实现收尾,推进嘉定和“美丽家园”建设。', ['元和“西门”', '太和「老街」', '“美丽家园”'], ['“西门”', '「老街」', '嘉定和“美丽家园”']],
    // … but not after a field of work (政务服务“一网通办”) or a particle (和“美丽家园”)
    ['全力开展政务服务“一网通办”,推进城市运行“一网统管”。', [], ['政务服务“一网通办”', '城市运行“一网统管”']],
    ['推进“五违四必”和“美丽家园”建设。', ['“美丽家园”'], ['和“美丽家园”']],
    // a named line before 建设; a production line is no line
    ['加快推进宁句线建设,推进智能生产线建设。', ['宁句线'], ['生产线', '智能生产线']],
  ])('%s', (sentence, want, notWant) => {
    const surfaces = doc(sentence).mentions.map((m) => m.surface);
    for (const w of want) expect(surfaces).toContain(w);
    for (const w of notWant) expect(surfaces).not.toContain(w);
  });

  it('a name broken across lines is one spelling; its evidence keeps the printed quote', () => {
    // A report's paragraph broken by a page (PDF conversion).
    const text = '一、城市建设\n上半年新增就业岗位1200个,城镇登记失业率控制在指标以内。高质量深化智慧城市建设,健全长效管理机制。加快推进东街\n\n旧改一期项目开发,深化跨区域合作。\n';
    const d = extractDocument({ file: 'p.txt', text, sha256: '', meta: { year: 2022, region: '上海市嘉定区', genre: 'work_report' } });
    const m = d.mentions[0]!;
    expect(m.evidence.quote).toBe('东街\n\n旧改一期项目');
    expect(text.slice(m.evidence.start, m.evidence.end)).toBe(m.evidence.quote);
    expect(d.projects[0]!.aliases).toEqual(['东街旧改一期项目']);
  });

  it('a region whose name starts with a particle keeps it: 和平区 is not 和 + 平', () => {
    const d = doc('加快推进和平集成电路产业园建设,打造平安社区。', '天津市和平区');
    expect(d.mentions.map((m) => m.surface)).toEqual(['和平集成电路产业园']);
    expect(d.projects.map((p) => p.id)).toEqual(['proj:天津市和平区:集成电路产业园']);
  });

  it('a renewal keeps one key across 旧改, 旧区改造, phases and 地块', () => {
    expect(new Set(['北片区旧改一期', '北片区旧改(二期)', '北片区旧区改造', '北片区旧改一期地块', '北片区旧城改造'].map(key)).size).toBe(1);
    expect(key('北片区旧改')).not.toBe(key('南片区旧改'));
  });

  it('renewals and quoted places are RENEWAL projects', () => {
    const d = doc('推进真新“南四块”,启动老街旧区改造项目。');
    expect(d.projects.map((p) => p.kind)).toEqual(['RENEWAL', 'RENEWAL']);
  });

  it('verbs and particles are data without duplicates', () => {
    expect(new Set(NAME_VERBS).size).toBe(NAME_VERBS.length);
    expect(new Set(NAME_PARTICLES).size).toBe(NAME_PARTICLES.length);
    expect(NAME_PARTICLES.every((p) => p.length === 1)).toBe(true);
    expect(NAME_VERBS.every((v) => v.length >= 2)).toBe(true);
  });
});
