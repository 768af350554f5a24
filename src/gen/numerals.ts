const DIGITS = '零一二三四五六七八九';

/** 13 → 十三, 34 → 三十四: Chinese numerals as documents print them (1–99). */
export function cnNumeral(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return '十' + (n % 10 ? DIGITS[n % 10] : '');
  if (n < 100) return DIGITS[Math.floor(n / 10)]! + '十' + (n % 10 ? DIGITS[n % 10] : '');
  return String(n);
}
