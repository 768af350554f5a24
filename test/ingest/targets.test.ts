import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { COMPARATOR_RULES } from '../../src/ingest/rules/targetRules.js';

const one = (sentence: string) =>
  extractDocument({ file: 't.txt', text: `一、目标\n(1)${sentence}(责任单位:区发改委)\n`, sha256: '', meta: { year: 2022, region: '上海市嘉定区', genre: 'task_list' } });

describe('targets', () => {
  // 新增注册企业4万户以上 keeps the printed magnitude: value 4, unit 万户 (not 40000 户).
  it.each([
    ['智能制造产业实现总产出1040亿元以上。', '总产出', 1040, '亿元', '>='],
    ['确保新增注册企业4万户以上。', '新增注册企业', 4, '万户', '>='],
    ['全区生产总值增长6%左右。', '全区生产总值增长', 6, '%', '~'],
    ['城镇登记失业人数控制在5650人以内。', '城镇登记失业人数', 5650, '人', '<='],
    ['能耗总量增长率力争控制在2.5%以下。', '能耗总量增长率', 2.5, '%', '<='],
    ['确保完成全社会固定资产投资超过500亿元。', '全社会固定资产投资', 500, '亿元', '>='],
    ['房地产新开工约180万平方米。', '房地产新开工', 180, '万平方米', '~'],
  ])('%s', (sentence, metric, value, unit, comparator) => {
    const doc = one(sentence);
    expect(doc.targets.map((t) => [t.metric, t.value, t.unit, t.comparator])).toEqual([[metric, value, unit, comparator]]);
    expect(doc.tasks[0]!.kind).toBe('TARGET');
    const t = doc.targets[0]!;
    expect(t.evidence.quote).toContain(String(value));
  });

  it('reads the target column of a tab table, with spaces inside numbers', () => {
    const text = '一、执行情况\n指标名称\t年度目标\t上半年完成\n9. 城镇登记失业人数\t控制在市下达指标 5650 人以内\t4872 人\n';
    const doc = extractDocument({ file: 't.txt', text, sha256: '', meta: { year: 2019, region: '上海市嘉定区', genre: 'plan_report' } });
    expect(doc.targets.map((t) => [t.metric, t.value, t.unit, t.comparator])).toEqual([['城镇登记失业人数', 5650, '人', '<=']]);
    expect(doc.targets[0]!.evidence.quote).toBe('控制在市下达指标 5650 人以内');
  });

  it('comparator rule ids are unique', () => {
    expect(new Set(COMPARATOR_RULES.map((r) => r.id)).size).toBe(COMPARATOR_RULES.length);
  });
});
