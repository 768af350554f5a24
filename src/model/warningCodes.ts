/**
 * What extraction reports about a document instead of dropping it silently (graphql-js's
 * habit: rules report into a context). Each warning carries one of these codes; the README
 * ("Extraction warnings") says what each means and what to do about it.
 */
export const WARNING_CODES = [
  /** No year given (manifest, --year) nor found in the title, issuer line or date. */
  'NO_YEAR',
  /** No region given (manifest, --region) nor inferred from the text: units are kept to the document. */
  'NO_REGION',
  /** A printed unit name no dictionary entry, gazetteer place or rule resolved: the unit is named as printed. */
  'UNIT_SURFACE_ONLY',
  /** A table none of whose header cells is a known column (序号, 工作任务, 牵头单位 …): its rows are read as plain text. */
  'TABLE_NO_HEADER',
  /** A number with a target unit that was not kept as a target (no metric named before it, or one too long to be a name). */
  'TARGET_DROPPED',
] as const;

/** One of WARNING_CODES. */
export type WarningCode = (typeof WARNING_CODES)[number];
