import { isCjk } from './foldText.js';

/**
 * Task text as stored: line breaks (page breaks) and PDF spaces next to Chinese removed,
 * everything else as printed (quote styles and widths kept, so it still reads like the source).
 */
export function cleanText(s: string): string {
  let out = '';
  // The last character written, kept aside: indexing `out` while it grows flattens it each time (quadratic, issue 17).
  let prev = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\n' || ch === '\r') continue;
    if (ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0') {
      let j = i + 1;
      while (j < s.length && /[ \t\u3000\u00a0\r\n]/.test(s[j]!)) j++;
      const next = s[j] ?? '';
      if (!prev || !next || isCjk(prev) || isCjk(next)) {
        i = j - 1;
        continue;
      }
      out += ' ';
      prev = ' ';
      i = j - 1;
      continue;
    }
    out += ch;
    prev = ch;
  }
  return out;
}
