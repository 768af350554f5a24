import type { Comparator } from '../../model/records.js';

/** Words around a number that set the comparator, as data. */
export interface ComparatorRule {
  id: string;
  /** Matched against the word after the number (`after`) or before it (`before`). */
  where: 'after' | 'before';
  words: string[];
  comparator: Comparator;
}

export const COMPARATOR_RULES: ComparatorRule[] = [
  // 总产出1040亿元以上
  { id: 'target.cmp.above', where: 'after', words: ['以上', '及以上'], comparator: '>=' },
  // 控制在5650人以内
  { id: 'target.cmp.within', where: 'after', words: ['以内', '之内', '以下', '及以下'], comparator: '<=' },
  // 增长6%左右
  { id: 'target.cmp.about', where: 'after', words: ['左右', '上下'], comparator: '~' },
  // 超过500亿元 / 不低于20%
  { id: 'target.cmp.at-least', where: 'before', words: ['超过', '突破', '不低于', '不少于', '至少', '高于'], comparator: '>=' },
  // 不超过2.5% / 控制在2.5%
  { id: 'target.cmp.at-most', where: 'before', words: ['不超过', '控制在', '低于', '少于'], comparator: '<=' },
  // 约180万平方米
  { id: 'target.cmp.approx', where: 'before', words: ['约', '大约', '预计'], comparator: '~' },
];

/** Units a target value may carry (longest first when matching). Kept as printed: 4万户 → 4 万户. */
export const TARGET_UNITS = [
  '个百分点', '亿元人民币', '亿美元', '万美元', '亿元', '万元', '元', '万平方米', '平方米', '平方公里', '公里', '千米', '万户', '户',
  '万人次', '人次', '万人', '人', '家', '个', '项', '座', '条', '所', '张', '场', '栋', '幢', '套', '辆', '万吨', '吨', '亩', '件', '台', '处', '米', '%', '‰',
];

/** Verbs that introduce a metric (实现总产出 → 总产出) or, at a clause's end, its value (X力争控制在). */
export const METRIC_VERBS = /(?:实现|确保|力争|完成|达到|保持|推动|争取|预计|其中|全年|年度)/g;

/** Comparator and copula words trailing a metric's name (…控制在 / …超过). */
export const METRIC_TAIL = /(?:超过|突破|不低于|不少于|至少|不超过|控制在|保持在|低于|约|达|为|在|力争|确保|市下达指标|下达指标)+$/;
