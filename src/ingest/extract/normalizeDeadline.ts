import type { DeadlineKind } from '../../model/enums.js';
import { parseChineseNumeral } from '../structure/markerRules.js';

/** A deadline as printed and normalised: `10月底` in a 2023 document → 2023-10-31. */
export interface Deadline {
  printed: string;
  /** ISO date (the last day the printed deadline allows), or null. */
  date: string | null;
  kind: DeadlineKind;
  /** Id of the rule that read the date (or `deadline.unread`). */
  rule: string;
}

/** One way of printing a point in time: the match gives year (or null: the document's), month and day. */
interface TimeRule {
  id: string;
  pattern: RegExp;
  /** [year, month, day] from the match; day 0 = the month's last day. */
  read: (m: RegExpExecArray, year: number | null) => [number | null, number, number] | null;
}

const N = '[0-9一二三四五六七八九十〇零]';
const num = (s: string | undefined): number => (s === undefined ? NaN : parseChineseNumeral(s.replace(/[〇零]/g, '')));
const yearOf = (s: string | undefined, year: number | null): number | null => (s ? Number(s) : year);
const QUARTER_END: Record<number, [number, number]> = { 1: [3, 31], 2: [6, 30], 3: [9, 30], 4: [12, 0] };
const TEN_DAYS: Record<string, number> = { 上旬: 10, 中旬: 20, 下旬: 0 };

/** Rules as data, most specific first; each has an example it reads. */
export const TIME_RULES: TimeRule[] = [
  // 2023年6月30日 / 2023-06-30 / 2023.6.30
  {
    id: 'deadline.day', pattern: /(?:(20\d\d)\s*[年\-./])?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[月\-./]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号]?(?![0-9月])/g,
    read: (m, y) => [yearOf(m[1], y), num(m[2]), num(m[3])],
  },
  // 2023年10月底 / 10月底前 / 十月中旬 / 2023年6月 / 6月份
  {
    id: 'deadline.month', pattern: new RegExp(`(?:(20\\d\\d)\\s*年\\s*)?(${N}{1,3})\\s*月(?:份)?(上旬|中旬|下旬|底|末|前|中)?`, 'g'),
    read: (m, y) => {
      const month = num(m[2]);
      const part = m[3];
      const day = part && part in TEN_DAYS ? TEN_DAYS[part]! : part === '中' ? 15 : 0;
      return [yearOf(m[1], y), month, day];
    },
  },
  // 三季度 / 第二季度 / 2023年一季度 / 二季度末
  {
    id: 'deadline.quarter', pattern: /(?:(20\d\d)\s*年\s*)?第?([一二三四1-4])\s*季度/g,
    read: (m, y) => {
      const q = QUARTER_END[num(m[2])];
      return q ? [yearOf(m[1], y), q[0], q[1]] : null;
    },
  },
  // 上半年 / 2023年上半年
  { id: 'deadline.first-half', pattern: /(?:(20\d\d)\s*年\s*)?上半年/g, read: (m, y) => [yearOf(m[1], y), 6, 30] },
  // 年底前 / 2023年底 / 年内 / 2023年 / 下半年 / 全年
  {
    id: 'deadline.year-end', pattern: /(?:(20\d\d)\s*年(?:度)?\s*(?:底|末|内|全年|下半年)?|(?:今年|本年|年)(?:底|末|内)|下半年|全年)/g,
    read: (m, y) => [yearOf(m[1], y), 12, 0],
  },
];

// 长期坚持 / 持续推进 / 常态化推进 / 每年 / 按季度 / 长期
const ONGOING = /长期|持续|常态|每年|每季度?|每月|按季|按月|按年|经常性|动态/;

// Private: the last day of a month.
function monthEnd(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// Private: an ISO date, or null when out of range.
function iso(year: number, month: number, day: number): string | null {
  if (!(month >= 1 && month <= 12)) return null;
  const last = monthEnd(year, month);
  const d = day === 0 ? last : day;
  if (!(d >= 1 && d <= last)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A printed deadline normalised against the document's year — pure, for inline clauses and
 * table cells alike: `10月底` (2023) → 2023-10-31, `2023年6月` → 2023-06-30, `三季度` → 2023-09-30,
 * `年底前` → 2023-12-31, `长期坚持` / `持续推进` → ONGOING. Where several times are printed
 * (`2023年6月至12月`, `6月底前启动,10月底前完成`), the latest is the deadline. A relative time in a
 * document without a year, or text with no time in it, is OPEN with no date.
 */
export function normalizeDeadline(printed: string, documentYear: number | null): Deadline {
  const text = printed.trim();
  let best: { date: string; rule: string } | null = null;
  const taken: Array<[number, number]> = [];
  for (const r of TIME_RULES) {
    r.pattern.lastIndex = 0;
    for (let m = r.pattern.exec(text); m; m = r.pattern.exec(text)) {
      const s = m.index;
      const e = s + m[0].length;
      // A span an earlier (more specific) rule read is not read again (6月 inside 6月30日).
      if (m[0].length === 0 || taken.some(([a, b]) => s < b && e > a)) continue;
      const parts = r.read(m, documentYear);
      if (!parts) continue;
      taken.push([s, e]);
      const [y, mo, d] = parts;
      const date = y === null ? null : iso(y, mo, d);
      if (date && (!best || date > best.date)) best = { date, rule: r.id };
    }
  }
  if (best) return { printed: text, date: best.date, kind: 'DATE', rule: best.rule };
  if (ONGOING.test(text)) return { printed: text, date: null, kind: 'ONGOING', rule: 'deadline.ongoing' };
  return { printed: text, date: null, kind: 'OPEN', rule: 'deadline.unread' };
}

/** Does this text look like a deadline by itself (`2023年10月底前`, `长期坚持`, `三季度`)? For bare brackets after an item. */
export function isDeadlineText(text: string): boolean {
  const t = text.trim().replace(/^(?:完成时限|完成时间|时间节点)[:：]?/, '');
  if (!t || t.length > 24) return false;
  if (/^(?:长期坚持|持续推进|长期|持续|常态化(?:推进)?)$/.test(t)) return true;
  const stripped = t.replace(/20\d\d\s*年(?:度)?|[0-9一二三四五六七八九十]{1,3}\s*月(?:份)?|[0-9一二三四五六七八九十]{1,3}\s*[日号]|第?[一二三四1-4]\s*季度|上半年|下半年|全年|年[底末内]|上旬|中旬|下旬|[底末前内中]|完成|[-—~～至到、,，\s]/g, '');
  return stripped.length === 0 && t !== '前';
}
