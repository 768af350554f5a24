/**
 * Folding for matching: full/half-width punctuation, quote styles and PDF spaces between
 * Chinese and Latin/digits are unified, while a map keeps every folded character's offset
 * in the original text — so a match found in folded text still yields original evidence.
 */

/** Folded text plus, for each folded index i, the original offset `map[i]` (`map[length]` = end). */
export interface FoldedText {
  text: string;
  map: Int32Array;
}

// Private: quote styles a document may mix (“…” "…" 「…」 ‘…’) all fold to `"`.
const QUOTES = new Set(['“', '”', '„', '‟', '＂', '「', '」', '『', '』', '‘', '’', '〝', '〞']);

/** True for CJK ideographs and CJK punctuation (the context in which a space is a PDF artefact). */
export function isCjk(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
}

/** Fold one character: full-width ASCII to half-width, quote styles to `"`. */
export function foldChar(ch: string): string {
  if (QUOTES.has(ch)) return '"';
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c === 0x3000 || c === 0xa0) return ' ';
  if (c === 0x3010) return '['; // 【
  if (c === 0x3011) return ']'; // 】
  if (c === 0x3014) return '['; // 〔
  if (c === 0x3015) return ']'; // 〕
  return ch;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u3000' || ch === '\u00a0';
}

function isAlnum(ch: string): boolean {
  return /[0-9A-Za-z.%]/.test(ch);
}

/**
 * Fold `text` for matching. Spaces are dropped when a CJK character sits on either side
 * (`轨交 14 号线` → `轨交14号线`) or inside a number (`33. 5` → `33.5`); newlines are kept
 * unless `joinLines` (then dropped, for sentences split by a page break). Linear time.
 */
export function foldText(text: string, joinLines = false): FoldedText {
  const out: string[] = [];
  const map: number[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const raw = text[i]!;
    if (joinLines && (raw === '\n' || raw === '\r')) continue;
    if (isSpace(raw) && raw !== '\t') {
      // Find the run of spaces and the characters around it.
      let j = i;
      while (j < n && isSpace(text[j]!) && text[j] !== '\t') j++;
      const prev = out.length ? out[out.length - 1]! : '';
      const next = j < n ? foldChar(text[j]!) : '';
      const drop = !prev || !next || isCjk(prev) || isCjk(text[j] ?? '') || (isAlnum(prev) && /[0-9]/.test(next) && /[.0-9]/.test(prev)) || next === '\n' || prev === '\n';
      if (!drop) {
        out.push(' ');
        map.push(i);
      }
      i = j - 1;
      continue;
    }
    out.push(foldChar(raw));
    map.push(i);
  }
  const m = new Int32Array(map.length + 1);
  for (let k = 0; k < map.length; k++) m[k] = map[k]!;
  m[map.length] = n;
  return { text: out.join(''), map: m };
}

/** Fold a short string for comparison (no offsets): widths, quotes and all spaces removed. */
export function foldKey(s: string): string {
  let r = '';
  for (const ch of s) {
    const f = foldChar(ch);
    if (f === ' ' || f === '\t' || f === '\n' || f === '\r') continue;
    r += f;
  }
  return r;
}

/** Original span `[start, end)` of folded span `[fs, fe)`. */
export function originalSpan(f: FoldedText, fs: number, fe: number): { start: number; end: number } {
  const start = f.map[fs]!;
  const end = fe > fs ? f.map[fe - 1]! + 1 : start;
  return { start, end };
}
