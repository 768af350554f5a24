import iconv from 'iconv-lite';

/**
 * The `.txt` rendering in a legacy encoding, as older government downloads are saved:
 * GB18030 without a BOM, or UTF-16 little-endian with a BOM (Windows' "Unicode"). The text is
 * unchanged, so decoding gives back the `.txt` rendering character for character.
 */
export function renderEncodedText(text: string, encoding: 'gb18030' | 'utf16le'): Buffer {
  return encoding === 'gb18030' ? iconv.encode(text, 'gb18030') : iconv.encode(text, 'utf16le', { addBOM: true });
}
