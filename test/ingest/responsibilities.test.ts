import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { LABEL_RULES } from '../../src/ingest/rules/responsibilityRules.js';
import { looksLikePerson } from '../../src/ingest/rules/responsibilityRules.js';

type Row = [layout: string, text: string, tasks: number, expected: [surface: string, role: string][], firstText: string];

// Sentences of our own making, in the layouts other districts print.
const LAYOUTS: Row[] = [
  ['(责任单位:…) half width', '一、城市建设\n(1)推进老旧小区加装电梯120台。(责任单位:区住房保障房屋管理局、各街镇)\n', 1,
    [['区住房保障房屋管理局', 'RESPONSIBLE'], ['各街镇', 'RESPONSIBLE']], '推进老旧小区加装电梯120台。'],
  ['（责任单位：…） full width', '一、城市建设\n（1）完成城区道路积水点改造15处。（责任单位：区水务局，区建管委）\n', 1,
    [['区水务局', 'RESPONSIBLE'], ['区建管委', 'RESPONSIBLE']], '完成城区道路积水点改造15处。'],
  ['[牵头单位:A;责任单位:B]', '一、民生保障\n1.新建社区食堂8家,覆盖所有街镇。[牵头单位:区民政局;责任单位:各街道、镇]\n2.推进托育点建设。[牵头单位:区教育局;责任单位:区卫生健康委]\n', 2,
    [['区民政局', 'LEAD'], ['各街道', 'SUPPORT'], ['镇', 'SUPPORT'], ['区教育局', 'LEAD'], ['区卫生健康委', 'SUPPORT']], '新建社区食堂8家,覆盖所有街镇。'],
  ['【牵头单位：A；配合单位：B】', '一、营商环境\n（一）深化“一网通办”改革，实现高频事项全程网办。【牵头单位：区行政服务中心；配合单位：区发展改革委、区司法局】\n', 1,
    [['区行政服务中心', 'LEAD'], ['区发展改革委', 'SUPPORT'], ['区司法局', 'SUPPORT']], '深化“一网通办”改革，实现高频事项全程网办。'],
  ['牵头单位:A 配合单位:B on the next line', '一、生态环境\n1、完成河道整治20公里,消除劣V类水体。\n牵头单位:区水务局  配合单位:区生态环境局、区农业农村委\n2、推进垃圾分类实效达标。\n牵头单位:区绿化市容局\n', 2,
    [['区水务局', 'LEAD'], ['区生态环境局', 'SUPPORT'], ['区农业农村委', 'SUPPORT'], ['区绿化市容局', 'LEAD']], '完成河道整治20公里,消除劣V类水体。'],
  ['主责单位 / 协办单位', '一、公共安全\n(1)开展燃气安全专项整治,排查隐患500处以上。(主责单位:区应急管理局;协办单位:区市场监管局、区消防救援支队)\n', 1,
    [['区应急管理局', 'LEAD'], ['区市场监管局', 'SUPPORT'], ['区消防救援支队', 'SUPPORT']], '开展燃气安全专项整治,排查隐患500处以上。'],
  ['责任部门', '一、文化体育\n(1)举办市民运动会,参赛群众不少于5万人次。(责任部门:区体育局)\n', 1,
    [['区体育局', 'RESPONSIBLE']], '举办市民运动会,参赛群众不少于5万人次。'],
  ['people are never units: 牵头领导 / 责任人', '一、产业发展\n(1)引进重点产业项目30个。(牵头领导:王建国;牵头单位:区投资促进中心;配合单位:区经委;责任人:李明)\n', 1,
    [['区投资促进中心', 'LEAD'], ['区经委', 'SUPPORT']], '引进重点产业项目30个。'],
  ['flattened table, one cell per line', '附件\n序号\n工作任务\n牵头单位\n配合单位\n责任人\n1\n推进公共充电桩建设,新增充电桩2000个\n区发展改革委\n区建管委、区规划资源局\n张伟\n2\n实施中小学校舍改造10所\n区教育局\n区财政局\n刘洋\n', 2,
    [['区发展改革委', 'LEAD'], ['区建管委', 'SUPPORT'], ['区规划资源局', 'SUPPORT'], ['区教育局', 'LEAD'], ['区财政局', 'SUPPORT']], '推进公共充电桩建设,新增充电桩2000个'],
  ['tab-separated table', '序号\t工作任务\t牵头单位\t配合单位\t责任人\n1\t完善15分钟社区生活圈\t区规划资源局\t各街镇\t陈静\n', 1,
    [['区规划资源局', 'LEAD'], ['各街镇', 'SUPPORT']], '完善15分钟社区生活圈'],
];

describe('responsibility layouts', () => {
  it.each(LAYOUTS)('%s', (_layout, text, nTasks, expected, firstText) => {
    const doc = extractDocument({ file: 'layout.txt', text, sha256: '', meta: { year: 2022, region: '上海市普陀区', genre: 'task_list' } });
    expect(doc.tasks).toHaveLength(nTasks);
    expect(doc.tasks[0]!.text).toBe(firstText);
    expect(doc.responsibilities.map((r) => [r.surface, r.role])).toEqual(expected);
    for (const r of doc.responsibilities) expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.surface);
    // Printed order within each task.
    for (const t of doc.tasks) {
      const rs = doc.responsibilities.filter((r) => r.taskId === t.id);
      expect(rs.map((r) => r.order)).toEqual(rs.map((_, i) => i));
    }
  });

  it('label rule ids are unique and every label is distinct', () => {
    expect(new Set(LABEL_RULES.map((r) => r.id)).size).toBe(LABEL_RULES.length);
    expect(new Set(LABEL_RULES.map((r) => r.label)).size).toBe(LABEL_RULES.length);
  });

  it.each([
    ['王建国', true], ['李明', true], ['区经委', false], ['真新街道', false], ['住房集团', false], ['各街镇', false],
  ])('looksLikePerson(%s) = %s', (s, want) => {
    expect(looksLikePerson(s)).toBe(want);
  });
});
