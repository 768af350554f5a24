import { DutyGraphError, ErrorCode } from '../../errors.js';
import type { StoredEvidence } from '../../store/rows.js';

/** Most code units `Document.text` returns per request: an answer stays small whatever the document's size. */
export const MAX_TEXT_SPAN = 20_000;
/** `Document.text` without `end`: this many code units from `start`. */
export const DEFAULT_TEXT_SPAN = 2_000;
/** Most code units of context `Evidence.context` adds on each side. */
export const MAX_CONTEXT_CHARS = 2_000;

/** `text.slice(start, end)` within the limits; a range outside them is the caller's mistake, refused with its reason. */
export function textRange(text: string, start: number | null | undefined, end: number | null): string {
  const from = start ?? 0;
  if (!Number.isInteger(from) || from < 0) throw new DutyGraphError(ErrorCode.BadInput, `text: start must be 0 or more (got ${from})`);
  if (from > text.length) throw new DutyGraphError(ErrorCode.BadInput, `text: start ${from} is past the end of the text (length ${text.length})`);
  const to = end ?? from + DEFAULT_TEXT_SPAN;
  if (to < from) throw new DutyGraphError(ErrorCode.BadInput, `text: end ${to} is before start ${from}`);
  if (to - from > MAX_TEXT_SPAN) throw new DutyGraphError(ErrorCode.BadInput, `text: at most ${MAX_TEXT_SPAN} code units per request (asked ${to - from}); page through with start/end`);
  return text.slice(from, Math.min(to, text.length));
}

/**
 * The quote with `chars` code units of the canonical text either side. A document stored
 * without its text (loaded by hand, not by the read stage) answers the quote alone.
 */
export function contextOf(text: string | null, evidence: StoredEvidence, chars: number | null | undefined): string {
  const n = chars ?? 40;
  if (!Number.isInteger(n) || n < 0 || n > MAX_CONTEXT_CHARS) {
    throw new DutyGraphError(ErrorCode.BadInput, `context: chars must be from 0 to ${MAX_CONTEXT_CHARS} (got ${n})`);
  }
  if (!text || text.slice(evidence.start, evidence.end) !== evidence.quote) return evidence.quote;
  return text.slice(Math.max(0, evidence.start - n), Math.min(text.length, evidence.end + n));
}
