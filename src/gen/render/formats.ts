/**
 * The formats `npm run gen -- --formats` renders a generated document in. Truth is
 * format-independent: its offsets point into the `.txt` rendering.
 */
export type OutputFormat = 'txt' | 'txt-gb18030' | 'txt-utf16' | 'html' | 'docx' | 'xlsx' | 'pdf';

/** Every format, in the order the report lists them (`txt` first: the reference). */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['txt', 'txt-gb18030', 'txt-utf16', 'html', 'docx', 'xlsx', 'pdf'];

// Private: the file name ending of each format (the encoded texts stay `.txt`, as published).
const ENDINGS: Record<OutputFormat, string> = {
  txt: '.txt', 'txt-gb18030': '.gb18030.txt', 'txt-utf16': '.utf16.txt', html: '.html', docx: '.docx', xlsx: '.xlsx', pdf: '.pdf',
};

/** The file a format is written to: `r007_2021_00.txt` → `r007_2021_00.docx`, `r007_2021_00.gb18030.txt`. */
export function formatFile(txtFile: string, format: OutputFormat): string {
  return `${txtFile.replace(/\.txt$/, '')}${ENDINGS[format]}`;
}

/**
 * `txt,html,pdf` → the formats, `txt` always first when given; throws a one-line message
 * naming the unknown format and the known ones.
 */
export function parseFormats(raw: string): OutputFormat[] {
  const wanted = raw.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (wanted.length === 0) throw new Error(`--formats needs at least one of ${OUTPUT_FORMATS.join(', ')}`);
  for (const f of wanted) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(f)) throw new Error(`--formats: unknown format "${f}" (known: ${OUTPUT_FORMATS.join(', ')})`);
  }
  return OUTPUT_FORMATS.filter((f) => wanted.includes(f));
}
