import { decodeText } from './decodeText.js';
import type { ReadResult, SourceBlock, SourceFormat } from './SourceDocument.js';

/**
 * .txt/.md → source: the decoded text is the canonical text as it is (so offsets count
 * exactly as before), and every non-empty line is a paragraph block.
 */
export function readPlainText(bytes: Uint8Array, format: SourceFormat): ReadResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const { text } = decoded;
  const blocks: SourceBlock[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    let start = pos;
    let end = nl;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) blocks.push({ kind: 'paragraph', level: 0, start, end });
    pos = nl + 1;
  }
  return { ok: true, source: { format, encoding: decoded.encoding, text, blocks } };
}
