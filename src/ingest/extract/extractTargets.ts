import type { Comparator, TargetRecord } from '../../model/records.js';
import { nodeId } from '../../model/nodeKinds.js';
import type { Block } from '../structure/blocks.js';
import { foldText } from '../text/foldText.js';
import type { FoldedText } from '../text/foldText.js';
import type { ExtractionContext } from '../ExtractionContext.js';
import {
  COMPARATOR_RULES, MAX_METRIC_LENGTH, METRIC_COMPARATOR_TAIL, METRIC_LEAD, METRIC_TAIL, METRIC_VERBS, NOT_A_VALUE_BEFORE, ROW_CHANGE_WORD,
  SENTENCE_TARGET_CUE, TARGET_COLUMN, TARGET_UNITS,
} from '../rules/targetRules.js';

// Private: a number with an optional range, a unit and an optional trailing comparator word.
const UNITS = [...TARGET_UNITS].sort((a, b) => b.length - a.length).map((u) => u.replace('%', '%')).join('|');
const AFTER = COMPARATOR_RULES.filter((r) => r.where === 'after').flatMap((r) => r.words).sort((a, b) => b.length - a.length).join('|');
const NUMBER = new RegExp(`(\\d+(?:\\.\\d+)?)(?:%?-(\\d+(?:\\.\\d+)?))?(${UNITS})(${AFTER})?`, 'g');
// Private: a clause boundary for the metric's name.
const BOUNDARY = /[,;。:、!?()"\[\]\t\n]/;

// Private: the metric named before a value: after the last introducing verb when a noun
// follows it (实现总产出 → 总产出), else the words before the verb (能耗总量增长率力争控制在 → 能耗总量增长率).
function metricName(before: string): string {
  let last = -1;
  let lastLen = 0;
  METRIC_VERBS.lastIndex = 0;
  for (let v = METRIC_VERBS.exec(before); v; v = METRIC_VERBS.exec(before)) {
    last = v.index;
    lastLen = v[0].length;
  }
  if (last < 0) return before.replace(METRIC_TAIL, '');
  const after = before.slice(last + lastLen).replace(METRIC_TAIL, '');
  if (after.length >= 2) return after;
  return before.slice(0, last).replace(METRIC_VERBS, '').replace(METRIC_TAIL, '');
}

// Private: the rules without words (a range, no word at all).
const RANGE_RULE = COMPARATOR_RULES.find((r) => r.where === 'range')!;
const DEFAULT_RULE = COMPARATOR_RULES.find((r) => r.where === 'default')!;

function comparatorOf(before: string, after: string | undefined, range: boolean): { cmp: Comparator; rule: string } {
  if (range) return { cmp: RANGE_RULE.comparator, rule: RANGE_RULE.id };
  for (const r of COMPARATOR_RULES) {
    if (r.where === 'after' && after && r.words.includes(after)) return { cmp: r.comparator, rule: r.id };
  }
  for (const r of COMPARATOR_RULES) {
    if (r.where === 'before' && r.words.some((w) => before.endsWith(w) || before.includes(w))) return { cmp: r.comparator, rule: r.id };
  }
  return { cmp: DEFAULT_RULE.comparator, rule: DEFAULT_RULE.id };
}

/**
 * Numeric commitments in a span: `总产出1040亿元以上` → {metric 总产出, 1040, 亿元, >=}.
 * In a table row the metric is the row's first cell (`城镇登记失业人数 | 控制在 5650 人以内`)
 * and only a target column (年度目标) is read; report sentences need a cue (确保/力争/目标).
 * `folded`: the span already folded (`foldText(text.slice(span…), true)`), when the caller has it.
 * `report`: where a value that is not kept (no metric, or one too long) is reported as TARGET_DROPPED.
 */
export function extractTargets(
  text: string,
  span: { start: number; end: number },
  block: Block,
  taskId: string,
  documentId: string,
  base: string,
  offset: number,
  folded?: FoldedText,
  report?: ExtractionContext,
): TargetRecord[] {
  const out: TargetRecord[] = [];
  const regions: { start: number; end: number; metric: string | null }[] = [];
  if (block.kind === 'tableRow' && block.cells) {
    const targetCol = block.cells.find((c) => TARGET_COLUMN.test(c.header));
    if (!targetCol) return out;
    const first = block.cells.find((c) => c.end > c.start);
    const metric = first ? foldText(text.slice(first.start, first.end), true).text.replace(/^[#\d.、\s]+/, '').replace(/\(.*?\)$/, '') : null;
    regions.push({ start: targetCol.start, end: targetCol.end, metric });
  } else {
    if (block.kind === 'sentence' && !SENTENCE_TARGET_CUE.test(text.slice(span.start, span.end))) return out;
    regions.push({ ...span, metric: null });
  }
  for (const rg of regions) {
    const f = folded && rg.start === span.start && rg.end === span.end ? folded : foldText(text.slice(rg.start, rg.end), true);
    NUMBER.lastIndex = 0;
    for (let m = NUMBER.exec(f.text); m; m = NUMBER.exec(f.text)) {
      // Skip years and list numbers (2020年, 第3批).
      if (NOT_A_VALUE_BEFORE.test(f.text[m.index - 1] ?? '')) continue;
      let b = m.index;
      while (b > 0 && !BOUNDARY.test(f.text[b - 1]!)) b--;
      const before = f.text.slice(b, m.index);
      const { cmp, rule } = comparatorOf(before.slice(-4), m[4], m[2] !== undefined);
      let metric = rg.metric ?? metricName(before);
      if (rg.metric) metric += before.match(ROW_CHANGE_WORD)?.[0] ?? '';
      metric = metric.replace(METRIC_COMPARATOR_TAIL, '').replace(METRIC_LEAD, '');
      const s = rg.start + f.map[b]!;
      const e = rg.start + f.map[m.index + m[0].length - 1]! + 1;
      if (!metric || metric.length > MAX_METRIC_LENGTH) {
        const value = text.slice(rg.start + f.map[m.index]!, e);
        report?.warn('TARGET_DROPPED', metric
          ? `value ${value} dropped: the words before it (${metric.length} characters) are a clause, not a metric's name (at most ${MAX_METRIC_LENGTH})`
          : `value ${value} dropped: no metric is named before it`, { start: s, end: e });
        continue;
      }
      out.push({
        id: nodeId('TARGET', base, offset + out.length + 1), taskId, documentId, metric, value: Number(m[1]), unit: m[3]!, comparator: cmp,
        evidence: { documentId, quote: text.slice(s, e), start: s, end: e, rule },
      });
    }
  }
  return out;
}
