/**
 * Bytes → text for one document file, or the reason it cannot be a document.
 * Pure: the caller reads the file. Accepts UTF-8 (with or without BOM) and
 * UTF-16 with a BOM; refuses empty, binary and mis-encoded input.
 */
export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    else {
      if (bytes.includes(0)) return { ok: false, reason: 'it is a binary file (contains NUL bytes), not text' };
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    }
  } catch {
    return { ok: false, reason: 'it is not valid UTF-8 text (convert it to UTF-8 first)' };
  }
  if (text.trim().length === 0) return { ok: false, reason: 'the file holds only white space' };
  // Control characters other than tab/newline/form feed in quantity mean a binary format read as text.
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 8 && controls / text.length > 0.001) return { ok: false, reason: 'it looks like a binary file, not text' };
  return { ok: true, text };
}
