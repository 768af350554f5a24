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

// Private: the folding of every UTF-16 code unit, built once: full-width ASCII to
// half-width, quote styles to `"`, ideographic and no-break spaces to ` `, 【】〔〕 to [].
const FOLD: Uint16Array = (() => {
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  for (const q of QUOTES) t[q.charCodeAt(0)] = 0x22;
  t[0x3000] = 0x20;
  t[0xa0] = 0x20;
  t[0x3010] = 0x5b; // 【
  t[0x3011] = 0x5d; // 】
  t[0x3014] = 0x5b; // 〔
  t[0x3015] = 0x5d; // 〕
  return t;
})();

/** Fold one character: full-width ASCII to half-width, quote styles to `"`. */
export function foldChar(ch: string): string {
  if (ch.length !== 1) return ch;
  const c = ch.charCodeAt(0);
  const f = FOLD[c]!;
  return f === c ? ch : String.fromCharCode(f);
}

// Private: isCjk over a code unit.
function cjkCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
}

// Private: a space a PDF converter may leave (tabs are cells, never folded away).
function spaceCode(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0xa0;
}

// Private: [0-9A-Za-z.%]
function alnumCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2e || c === 0x25;
}

const CHUNK = 8192;
// Private: code units → string (in chunks: apply() has an argument limit).
function fromCodes(buf: Uint16Array, len: number): string {
  if (len <= CHUNK) return String.fromCharCode.apply(null, buf.subarray(0, len) as unknown as number[]);
  let out = '';
  for (let k = 0; k < len; k += CHUNK) out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(len, k + CHUNK)) as unknown as number[]);
  return out;
}

/**
 * Fold `text` for matching. Spaces are dropped when a CJK character sits on either side
 * (`轨交 14 号线` → `轨交14号线`) or inside a number (`33. 5` → `33.5`); newlines are kept
 * unless `joinLines` (then dropped, for sentences split by a page break). Linear time.
 */
export function foldText(text: string, joinLines = false): FoldedText {
  const fold = FOLD;
  const n = text.length;
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let len = 0;
  for (let i = 0; i < n; i++) {
    const raw = text.charCodeAt(i);
    if (joinLines && (raw === 0x0a || raw === 0x0d)) continue;
    if (spaceCode(raw)) {
      // Find the run of spaces and the characters around it.
      let j = i;
      while (j < n && spaceCode(text.charCodeAt(j))) j++;
      const prev = len ? out[len - 1]! : -1;
      const nextRaw = j < n ? text.charCodeAt(j) : -1;
      const next = nextRaw >= 0 ? fold[nextRaw]! : -1;
      const drop =
        prev < 0 || next < 0 || cjkCode(prev) || cjkCode(nextRaw) ||
        (alnumCode(prev) && next >= 0x30 && next <= 0x39 && (prev === 0x2e || (prev >= 0x30 && prev <= 0x39))) ||
        next === 0x0a || prev === 0x0a;
      if (!drop) {
        out[len] = 0x20;
        map[len++] = i;
      }
      i = j - 1;
      continue;
    }
    out[len] = fold[raw]!;
    map[len++] = i;
  }
  map[len] = n;
  return { text: fromCodes(out, len), map: len === n ? map : map.subarray(0, len + 1) };
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
