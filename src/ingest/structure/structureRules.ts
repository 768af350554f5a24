/**
 * The structure stage's rules of the genre as data: the punctuation that ends a sentence or a
 * clause, and the lengths (in printed characters) that tell a heading from a sentence, an item
 * from a heading and a wrapped line from a paragraph. Each threshold is named once here.
 */

// characters that end a sentence or clause; a line ending otherwise may continue.
export const TERMINAL = /[。！!？?；;：:）)】\]”"》]$/;
export const INNER_TERMINAL = /[。；;！!？?]/;
// a line that stops mid-clause: `(12)进一步落实科技企业孵化,⏎启动…`. A heading never ends so.
export const MID_CLAUSE = /[,，、]$/;
// a line that ends a clause but not the item: `(3)完善养老服务体系;⏎推进…。`.
export const CLAUSE_END = /[;；]$/;
// the start of a notes block after the list (注:1.标★号项目同时被列为…).
export const NOTES = /^(?:注|备注|说明)[:：]/;


/** Lengths in printed characters (spaces a PDF conversion adds not counted). */
export const STRUCTURE_THRESHOLDS = {
  // An unnumbered line this short without sentence punctuation reads as a heading
  // (经济高质量发展彰显新成效), and a longer unpunctuated line as a sentence going on.
  headingMax: 30,
  // A numbered line with at most this much text after its marker can be a numbered heading (二、扎实办好民生实事).
  numberedHeadingMax: 40,
  // A numbered line longer than this is an item even without sentence punctuation; and an item line
  // this long that ends mid-sentence was wrapped.
  itemMin: 60,
  // Lines shorter than this never tell the page width a conversion wrapped at.
  wrapLineMin: 20,
  // The wrap width is the most common long-line length when at least this many lines …
  wrapCountMin: 4,
  // … and at least this share of the long lines share it.
  wrapShareMin: 0.2,
  // Inside a notes block (注:…), unnumbered lines shorter than this are still notes or page furniture.
  notesLineMax: 30,
} as const;
