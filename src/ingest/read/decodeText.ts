/** Decoded text, or the reason a file cannot be read as a document (reported, not thrown). */
export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Bytes → document text. Rejects what is not a text document: empty files, NUL bytes
 * (binary), invalid UTF-8. A UTF-8 byte-order mark is dropped.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), expected UTF-8 text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) return { ok: false, reason: 'empty file (whitespace only)' };
  return { ok: true, text };
}
