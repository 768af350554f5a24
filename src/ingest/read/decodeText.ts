/** Decoded text, or the reason a file cannot be read as a document (reported, not thrown). */
export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Bytes → document text. Accepts UTF-8 (a byte-order mark is dropped) and UTF-16
 * with a byte-order mark; rejects what is not a text document: empty or
 * whitespace-only files, binary data (NUL bytes, many control characters),
 * mis-encoded text (a GBK file read as UTF-8, say).
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else {
      if (bytes.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes), expected UTF-8 text' };
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text (convert it to UTF-8 first)' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) return { ok: false, reason: 'empty file (whitespace only)' };
  // Control characters other than tab/newline/form feed in quantity mean a binary format read as text.
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 8 && controls / text.length > 0.001) return { ok: false, reason: 'binary file (control characters), expected text' };
  return { ok: true, text };
}
