import chardet from 'chardet';

/** Decoded text and the encoding it was read from, or the reason a file cannot be read as text (reported, not thrown). */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/**
 * Bytes → text. Reads UTF-8 (± byte-order mark), UTF-16 LE/BE (± BOM: without one it is
 * recognised by its NUL pattern or by decoding to plausible text), GB18030/GBK and Big5 (told
 * apart by chardet's language models: both decode the other's bytes without error). The text
 * itself is checked: UTF-32, NUL characters, binary data and files with no letter or digit
 * are refused; a lone CR is read as a line break (old Mac files).
 */
export function decodeText(bytes: Uint8Array, declared: string | null = null): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  const found = declared ? decodeDeclared(bytes, declared) : detect(bytes);
  if (!found.ok) return found;
  return checkText(found.text, found.encoding);
}

/** Checks decoded text as any document text is checked; also used for markup formats after their text is taken out. */
export function checkText(decoded: string, encoding: string): Decoded {
  let text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  if (text.includes('\u0000')) return { ok: false, reason: `contains NUL characters (U+0000) after decoding as ${encoding}: not a text document` };
  // Control characters other than tab/newline/form feed in quantity mean a binary format read as text.
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0;
  if (controls > 8 && controls / text.length > 0.001) return { ok: false, reason: 'binary file (control characters), expected text' };
  // A lone CR (old Mac line ending) is a line break; same length, so offsets are unaffected.
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  if (!text.trim()) return { ok: false, reason: 'empty file (whitespace only)' };
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, reason: 'empty file (no letters or digits, only punctuation or invisible characters)' };
  return { ok: true, text, encoding };
}

type Found = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

// Private: the WHATWG decoder's name for what a file declares (`gb2312` decodes as GBK, a subset of GB18030).
function decodeDeclared(bytes: Uint8Array, label: string): Found {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    return detect(bytes);
  }
  // A declared single-byte or UTF-8 charset is often wrong on old pages; detection decides then.
  if (decoder.encoding === 'utf-8' || decoder.encoding === 'windows-1252') return detect(bytes);
  const text = tryDecode(bytes, decoder.encoding);
  return text === null ? { ok: false, reason: `not valid ${label} text (as its charset declares)` } : { ok: true, text, encoding: decoder.encoding.toUpperCase() };
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Private: the share of UTF-16 code units that ordinary Chinese or Latin text is made of.
function plausibility(text: string): number {
  if (!text.length) return 0;
  let ok = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c < 0x7f) || c === 9 || c === 10 || c === 13 || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f)) ok++;
  }
  return ok / text.length;
}

function detect(bytes: Uint8Array): Found {
  const b = bytes;
  // UTF-32's BOM begins like UTF-16 LE's: it is checked first so it is never read as UTF-16.
  if ((b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) || (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)) {
    return { ok: false, reason: 'UTF-32 text is not supported: save it as UTF-8' };
  }
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return utf(b.subarray(3), 'utf-8');
  if (b[0] === 0xff && b[1] === 0xfe) return utf(b.subarray(2), 'utf-16le');
  if (b[0] === 0xfe && b[1] === 0xff) return utf(b.subarray(2), 'utf-16be');
  if (b.includes(0)) {
    if (looksUtf32(b)) return { ok: false, reason: 'UTF-32 text is not supported: save it as UTF-8' };
    const wide = bestUtf16(b);
    if (wide) return wide;
    return { ok: false, reason: 'binary file (contains NUL bytes), not a text document' };
  }
  const utf8 = tryDecode(b, 'utf-8');
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'UTF-8' };
  // UTF-16 without BOM and without ASCII (so no NUL byte): rare, recognised when it decodes to plausible text.
  const wide = bestUtf16(b);
  if (wide) return wide;
  const guess = chardet.analyse(b).find((m) => m.name === 'GB18030' || m.name === 'Big5');
  if (guess && guess.confidence >= 10) {
    const text = tryDecode(b, guess.name.toLowerCase());
    if (text !== null && plausibility(text) > 0.9) return { ok: true, text, encoding: guess.name };
  }
  return { ok: false, reason: 'not valid UTF-8, UTF-16, GB18030 or Big5 text: save it as UTF-8' };
}

function utf(bytes: Uint8Array, encoding: string): Found {
  const text = tryDecode(bytes, encoding);
  return text === null ? { ok: false, reason: `not valid ${encoding.toUpperCase()} text despite its byte-order mark` } : { ok: true, text, encoding: encoding.toUpperCase() };
}

// Private: UTF-32 of BMP text has two NUL bytes in every four (LE: positions 2 and 3; BE: 0 and 1).
function looksUtf32(b: Uint8Array): boolean {
  if (b.length % 4 !== 0 || b.length < 4) return false;
  let le = 0;
  let be = 0;
  const n = b.length / 4;
  for (let i = 0; i < b.length; i += 4) {
    if (b[i + 2] === 0 && b[i + 3] === 0) le++;
    if (b[i] === 0 && b[i + 1] === 0) be++;
  }
  return le / n > 0.9 || be / n > 0.9;
}

function bestUtf16(b: Uint8Array): Found | null {
  if (b.length % 2 !== 0) return null;
  let best: Found | null = null;
  let bestScore = 0.95;
  for (const encoding of ['utf-16le', 'utf-16be']) {
    const text = tryDecode(b, encoding);
    if (text === null) continue;
    const score = plausibility(text);
    if (score > bestScore) [best, bestScore] = [{ ok: true, text, encoding: encoding.toUpperCase() }, score];
  }
  return best;
}
