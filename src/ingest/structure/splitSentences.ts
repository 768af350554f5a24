/** A sentence span in the original text. */
export interface Span {
  start: number;
  end: number;
}

// Private: sentence ends; a closing quote or bracket right after stays with the sentence.
const END = new Set(['。', '！', '!', '？', '?']);
const CLOSERS = new Set(['”', '"', '’', '）', ')', '」', '』']);

/**
 * Split `[start, end)` of `text` into sentences at 。！？, trimming whitespace; a sentence a
 * page break split stays one span (the span covers the break; task text drops it).
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  const push = (a: number, b: number): void => {
    while (a < b && /[\s\u3000]/.test(text[a]!)) a++;
    while (b > a && /[\s\u3000]/.test(text[b - 1]!)) b--;
    if (b - a >= 2) out.push({ start: a, end: b });
  };
  for (let p = start; p < end; p++) {
    if (END.has(text[p]!)) {
      let q = p + 1;
      // A closing quote stays with the sentence; an ASCII " only when it closes one opened here.
      while (q < end && CLOSERS.has(text[q]!) && (text[q] !== '"' || (text.slice(s, q).split('"').length - 1) % 2 === 1)) q++;
      push(s, q);
      s = q;
      p = q - 1;
    }
  }
  push(s, end);
  return out;
}
