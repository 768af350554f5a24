import type { Block } from '../structure/blocks.js';
import { cleanText } from '../text/cleanText.js';
import { findResponsibilities } from './findResponsibilities.js';
import { findVerbClauses } from './findVerbClauses.js';
import type { PrintedName, PrintedSpan } from './findResponsibilities.js';
import { tableRowBody } from './tableRowBody.js';
import { isDeadlineText } from './normalizeDeadline.js';

/** A task item taken apart: its text, printed units, deadline and people. */
export interface TaskBody {
  /** The item's text: number, ★, responsibility and deadline clauses removed. */
  body: string;
  names: PrintedName[];
  bodySpan: { start: number; end: number };
  /** The deadline printed with the item (a label's value, a bare bracket, a closing phrase), if any. */
  deadline: PrintedSpan | null;
  people: PrintedSpan[];
}

const OPEN = '(（[【〔';
const CLOSE = ')）]】〕';
// …,2023年底前完成。 / …,力争10月底前建成 / …,三季度开工: a closing phrase that dates the item (kept in the text).
const CLOSING_TIME = /[,，;；]\s*(?:力争|确保|争取|计划|预计|于|在)?([^,，;；。]{2,16}?)(?:前|内)?(?:完成|建成|实现|竣工|开工|投用|投运|到位|落地|启用)[^,，;；。]{0,6}[。.;；]?\s*$/;

/** The task's text (number, ★, responsibility and deadline clauses removed), its printed units, deadline and people. */
export function taskBody(text: string, b: Block): TaskBody {
  if (b.kind === 'tableRow' && b.cells) return tableRowBody(text, b.cells, b);
  const found = findResponsibilities(text, b.bodyStart, b.bodyEnd);
  // No labelled clause: a clause stated by verbs (由区发改局牵头，区财政局配合。), as reports print it.
  if (found.names.length === 0) {
    const verbs = findVerbClauses(text, b.bodyStart, b.bodyEnd);
    found.clauses.push(...verbs.clauses);
    found.clauses.sort((x, y) => x.start - y.start);
    found.names.push(...verbs.names);
  }
  const clauses = [...found.clauses];
  let deadline: PrintedSpan | null = found.deadlines[found.deadlines.length - 1] ?? null;
  // A bracket holding only a time, outside any clause: (2023年10月底前) / (长期坚持).
  if (!deadline) {
    const bare = bareTimeBracket(text, b.bodyStart, b.bodyEnd, clauses);
    if (bare) {
      clauses.push({ start: bare.start - 1, end: bare.end + 1 });
      clauses.sort((x, y) => x.start - y.start);
      deadline = bare;
    }
  }
  let body = '';
  let p = b.bodyStart;
  for (const c of clauses) {
    body += text.slice(p, c.start);
    p = c.end;
  }
  body += text.slice(p, b.bodyEnd);
  body = cleanText(body).replace(/[\s;；,，]+$/, '').trim();
  // Where a clause is printed before the text, the text starts after it.
  const bodySpan = { start: b.bodyStart, end: clauses.length && clauses[0]!.start > b.bodyStart ? clauses[0]!.start : b.bodyEnd };
  if (!deadline) deadline = closingTime(text, bodySpan);
  return { body, names: found.names, bodySpan, deadline, people: found.people };
}

// Private: the last bracket of the item whose content is only a time, not inside a clause.
function bareTimeBracket(text: string, start: number, end: number, clauses: ReadonlyArray<{ start: number; end: number }>): PrintedSpan | null {
  for (let close = end - 1; close > start; close--) {
    if (!CLOSE.includes(text[close]!)) continue;
    const open = lastOpen(text, start, close);
    if (open < 0) continue;
    if (clauses.some((c) => open >= c.start && close < c.end)) continue;
    const inner = text.slice(open + 1, close);
    if (isDeadlineText(inner)) {
      const s = open + 1 + (inner.length - inner.trimStart().length);
      const e = close - (inner.length - inner.trimEnd().length);
      return { text: text.slice(s, e), start: s, end: e, rule: 'deadline.bare-bracket' };
    }
    close = open;
  }
  return null;
}

// Private: the opening bracket matching the one at `close`, or -1.
function lastOpen(text: string, start: number, close: number): number {
  for (let q = close - 1; q >= start; q--) {
    if (OPEN.includes(text[q]!)) return q;
    if (CLOSE.includes(text[q]!)) return -1;
  }
  return -1;
}

// Private: a closing phrase such as ,2023年底前完成。 (the time only; the text keeps the phrase).
function closingTime(text: string, span: { start: number; end: number }): PrintedSpan | null {
  const seg = text.slice(span.start, span.end);
  const m = CLOSING_TIME.exec(seg);
  if (!m || !isDeadlineText(m[1]!)) return null;
  const s = span.start + m.index + m[0].indexOf(m[1]!);
  const printed = text.slice(s, s + m[1]!.length);
  // The 前 / 内 after the time is part of it (年底前).
  const after = text[s + printed.length];
  const full = after === '前' || after === '内' ? printed + after : printed;
  return { text: full, start: s, end: s + full.length, rule: 'deadline.closing-phrase' };
}
