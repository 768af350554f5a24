/**
 * Choices a renderer makes per document without touching the generator's random streams
 * (so the `.txt` rendering stays byte-identical for a seed): taken from the file name.
 */

// Private: FNV-1a over the file name.
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Word list numbering instead of typed item numbers: about half of the documents. */
export function usesListNumbering(file: string): boolean {
  return hash(file) % 2 === 0;
}

/** The date a rendered file carries (creation stamps), fixed per document: the last day of its year. */
export function documentDate(year: number): Date {
  return new Date(Date.UTC(year, 11, 31, 9, 0, 0));
}
