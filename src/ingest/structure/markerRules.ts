/**
 * Numbering markers as data. `level` is the nesting the style conventionally has in
 * Chinese government documents (一、 > (一) > 1、 > (1) > ①); the structure stage nests
 * by these levels and decides heading vs item by the content, not by the level.
 */
export interface MarkerRule {
  id: string;
  level: number;
  /** Anchored at the start of a line (after decoration); group 1 is the number. */
  pattern: RegExp;
  /** Build the literal marker for number n (used to split items run together on one line). */
  make: ((n: number) => string[]) | null;
  numeral: 'cn' | 'arabic' | 'circled';
}

const CN_DIGITS = '零一二三四五六七八九';

/** 13 → 十三, 34 → 三十四 (the forms documents print). */
export function toChineseNumeral(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  if (n < 100) return CN_DIGITS[Math.floor(n / 10)] + '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  return String(n);
}

/** 三十四 → 34; returns NaN for anything that is not a simple Chinese numeral. */
export function parseChineseNumeral(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    const d = CN_DIGITS.indexOf(ch);
    if (d >= 0) cur = d;
    else if (ch === '十') {
      total += (cur || 1) * 10;
      cur = 0;
    } else if (ch === '百') {
      total += (cur || 1) * 100;
      cur = 0;
    } else return NaN;
  }
  return total + cur;
}

export const MARKER_RULES: MarkerRule[] = [
  // 一、着力推动新旧动能转换
  { id: 'marker.cn-dun', level: 1, pattern: /^([一二三四五六七八九十百]{1,4})[、．]/, make: (n) => [`${toChineseNumeral(n)}、`], numeral: 'cn' },
  // (一)开展区“十四五”规划编制。(二)围绕打响“上海服务”品牌…
  { id: 'marker.cn-paren', level: 2, pattern: /^[(（]([一二三四五六七八九十百]{1,4})[)）]/, make: (n) => [`(${toChineseNumeral(n)})`, `（${toChineseNumeral(n)}）`, `(${toChineseNumeral(n)}）`, `（${toChineseNumeral(n)})`], numeral: 'cn' },
  // 1、着力提升营商环境。深化"放管服"改革
  { id: 'marker.arabic-dun', level: 3, pattern: /^(\d{1,3})(?:[、．]|\.(?![0-9]))/, make: null, numeral: 'arabic' },
  // (1)深入推进嘉定氢能港、新能港等重点特色园区建设
  { id: 'marker.arabic-paren', level: 4, pattern: /^[(（](\d{1,3})[)）]/, make: (n) => [`(${n})`, `（${n}）`], numeral: 'arabic' },
  // ①推进老旧小区综合改造
  { id: 'marker.circled', level: 5, pattern: /^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])/, make: (n) => [String.fromCharCode(0x2460 + n - 1)], numeral: 'circled' },
];

/** The numeric value of a printed number for a rule (for run-on splitting). */
export function markerValue(rule: MarkerRule, num: string): number {
  if (rule.numeral === 'circled') return num.charCodeAt(0) - 0x2460 + 1;
  return parseChineseNumeral(num);
}
