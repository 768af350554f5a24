/** A physical line of the original text, with decoration (markdown `#`, `- `, indentation) skipped. */
export interface Line {
  /** Offset of the line's first character in the original text. */
  start: number;
  /** Offset just past the line's last character (before the newline). */
  end: number;
  /** Offset where content begins after decoration. */
  contentStart: number;
  /** Offset where content ends (trailing spaces trimmed). */
  contentEnd: number;
}

// Private: markdown headings/bullets and HTML list tags that converters leave in front of text.
const DECORATION = /^(?:[ \t\u3000\u00a0]*(?:#{1,6}[ \t]+|[-*•][ \t]+|<ul>|<li>|●[ \t]*))*[ \t\u3000\u00a0]*/;

/** Split text into lines with original offsets; linear time. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = n;
    let end = nl;
    if (end > pos && text[end - 1] === '\r') end--;
    const raw = text.slice(pos, end);
    const deco = DECORATION.exec(raw);
    const contentStart = pos + (deco ? deco[0].length : 0);
    let contentEnd = end;
    while (contentEnd > contentStart && /[ \t\u3000\u00a0]/.test(text[contentEnd - 1]!)) contentEnd--;
    lines.push({ start: pos, end, contentStart, contentEnd });
    if (nl >= n) break;
    pos = nl + 1;
  }
  return lines;
}
