import type { Comparator } from '../../model/records.js';

/** Words around a number that set the comparator, as data. */
export interface ComparatorRule {
  id: string;
  /**
   * Matched against the word after the number (`after`) or before it (`before`); a `range`
   * rule reads a printed range (its words are unused), the `default` rule a number with no word.
   */
  where: 'after' | 'before' | 'range' | 'default';
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
  // 增长6.0%-6.5%: a range keeps its lower bound
  { id: 'target.cmp.range-low', where: 'range', words: [], comparator: '>=' },
  // 新增就业岗位5000个: no word, the value itself
  { id: 'target.cmp.equal', where: 'default', words: [], comparator: '=' },
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

/** Comparator words trailing a metric once its value is read (城镇登记失业人数控制在 → 城镇登记失业人数). */
export const METRIC_COMPARATOR_TAIL = /(?:超过|突破|不低于|不少于|至少|不超过|控制在|低于|约|达|为|在)+$/;

/** A particle a metric never starts with (的总产出 → 总产出, 是人均 → 人均). */
export const METRIC_LEAD = /^[的是]/;

/** A metric longer than this (characters) is a clause, not a name: the value is dropped (TARGET_DROPPED). */
export const MAX_METRIC_LENGTH = 30;

/** A character before a number that makes it a list number or a code, not a value (第3批, S7). */
export const NOT_A_VALUE_BEFORE = /^(?:第|[A-Za-z])$/;

/** The header of the one column a table row's targets are read from (年度目标, 2021年计划). */
export const TARGET_COLUMN = /目标|计划/;

/** Words a report sentence needs before its numbers are read as targets (确保…, 力争…, 目标…). */
export const SENTENCE_TARGET_CUE = /确保|力争|目标|计划|争取|预计/;

/** In a table row, the change word before a value is part of the metric (城镇登记失业人数 | 增长 → …增长). */
export const ROW_CHANGE_WORD = /增长|下降|提高|减少/;
