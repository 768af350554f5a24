import type { Role } from '../../model/records.js';
import { LABEL_PATTERN, labelRule, looksLikePerson } from '../rules/responsibilityRules.js';
import type { LabelRole } from '../rules/responsibilityRules.js';

/** One name printed in a responsibility clause, with its span and the label's role. */
export interface PrintedName {
  surface: string;
  start: number;
  end: number;
  role: Role;
  /** Id of the label rule (or table column rule) that introduced it, plus a lead marker's rule. */
  rule: string;
  /** The last name of a list ending in 等 (区经委、区商务委等): the list is open-ended. */
  openEnded?: boolean;
  /** Id of the lead marker printed after the name (区农业农村委* → marker.star), when one was. */
  marker?: string;
}

/** A span of the text and the rule that found it (a deadline's value, a person's name). */
export interface PrintedSpan {
  text: string;
  start: number;
  end: number;
  rule: string;
}

/** Clause spans (to cut from the task text), the unit names they print in printed order, deadlines and people. */
export interface FoundResponsibilities {
  clauses: { start: number; end: number }[];
  names: PrintedName[];
  /** Values of deadline labels (完成时限:2023年10月底), in printed order. */
  deadlines: PrintedSpan[];
  /** People named by person labels (责任领导:陈伟) or printed among units (王建国): never units. */
  people: PrintedSpan[];
}

/**
 * Marks after a unit that make it the lead of its list, as data: 区农业农村委* / 区发改委★ /
 * 区发改委(牵头). The other names of a marked list are support.
 */
export const LEAD_MARKERS: { id: string; pattern: RegExp }[] = [
  // 区农业农村委*、区发改委
  { id: 'marker.star', pattern: /[*＊]+$/ },
  // 区发改委★、区财政局
  { id: 'marker.black-star', pattern: /[★☆]+$/ },
  // 区发改委(牵头)、区财政局 / 区发改委（牵头单位）
  { id: 'marker.lead-bracket', pattern: /[(（](?:牵头|牵头单位|牵头部门|主责)[)）]$/ },
];

// Private: 区住建局（张伟）: a unit, then a bracket holding only a name.
const PERSON_AFTER_UNIT = /^(.+?)[(（]([^()（）]+)[)）]$/;
const OPEN = new Set(['(', '（', '[', '【', '〔']);
const CLOSE = new Set([')', '）', ']', '】', '〕']);
// Private: separators between names in one list (区经委、区商务委 / 区经委,区商务委 / 区经委 区商务委).
const SEP = /[、,，;；\/／\s]+/g;

/**
 * Split a list of names `[start, end)` into printed names (persons dropped), keeping spans.
 * `等` closing a list (`区经委、区商务委等`) is not part of the last name.
 */
export function splitNames(text: string, start: number, end: number, role: Role, rule: string, people?: PrintedSpan[]): PrintedName[] {
  const out: PrintedName[] = [];
  let open = false;
  const seg = text.slice(start, end);
  let last = 0;
  const emit = (a: number, b: number): void => {
    let s = seg.slice(a, b);
    let lead = 0;
    while (lead < s.length && /[\s"“”]/.test(s[lead]!)) lead++;
    s = s.slice(lead);
    s = s.replace(/[\s"“”。.]+$/, '');
    if (s.endsWith('等') && s.length > 2) {
      s = s.slice(0, -1);
      open = true;
    }
    const abs = start + a + lead;
    // A person printed in brackets after the unit (区住建局（张伟）: 责任单位（责任人）): a person, and the unit without them.
    const withPerson = PERSON_AFTER_UNIT.exec(s);
    if (withPerson && looksLikePerson(withPerson[2]!) && !looksLikePerson(withPerson[1]!)) {
      const at = abs + withPerson[1]!.length + 1;
      people?.push({ text: withPerson[2]!, start: at, end: at + withPerson[2]!.length, rule: `${rule}:person` });
      s = withPerson[1]!;
    }
    if (s && looksLikePerson(s)) {
      people?.push({ text: s, start: abs, end: abs + s.length, rule: `${rule}:person` });
      return;
    }
    if (!s || /^\d+$/.test(s)) return;
    out.push({ surface: s, start: abs, end: abs + s.length, role, rule });
  };
  SEP.lastIndex = 0;
  let depth = 0;
  for (let p = 0; p < seg.length; p++) {
    const ch = seg[p]!;
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[、,，;；\/／\s]/.test(ch)) {
      emit(last, p);
      last = p + 1;
    }
  }
  emit(last, seg.length);
  if (open && out.length) out[out.length - 1]!.openEnded = true;
  return markLeads(out);
}

// Private: a list with lead marks (区农业农村委*): marked names lead (mark cut from the surface), the rest support.
function markLeads(names: PrintedName[]): PrintedName[] {
  const marks = names.map((n) => LEAD_MARKERS.find((m) => m.pattern.test(n.surface)) ?? null);
  if (!marks.some((m) => m !== null)) return names;
  return names.map((n, i) => {
    const m = marks[i];
    if (!m) return n.role === 'RESPONSIBLE' ? { ...n, role: 'SUPPORT' as Role } : n;
    const surface = n.surface.replace(m.pattern, '');
    return { ...n, surface, end: n.start + surface.length, role: 'LEAD' as Role, rule: `${n.rule}+${m.id}`, marker: m.id };
  });
}

/**
 * Find responsibility clauses in `[start, end)`: `(责任单位:A、B)`, `[牵头单位:A;责任单位:B]`,
 * `牵头单位:A 配合单位:B`, with either bracket or colon width. A 责任单位 list printed next to
 * a lead list is read as SUPPORT (the text draws the distinction), next to a support list only
 * as LEAD (the main units); alone it is RESPONSIBLE.
 */
export function findResponsibilities(text: string, start: number, end: number): FoundResponsibilities {
  const seg = text.slice(start, end);
  const labels: { at: number; valueStart: number; role: LabelRole; rule: string }[] = [];
  const re = new RegExp(LABEL_PATTERN.source, 'g');
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    const r = labelRule(m[1]!)!;
    labels.push({ at: m.index, valueStart: m.index + m[0].length, role: r.role, rule: r.id });
  }
  if (!labels.length) return { clauses: [], names: [], deadlines: [], people: [] };

  const clauses: { start: number; end: number }[] = [];
  const groups: { role: LabelRole; rule: string; vs: number; ve: number; clause: number }[] = [];
  for (let k = 0; k < labels.length; k++) {
    const lb = labels[k]!;
    // Clause start: an opening bracket just before the label, or continuing the previous clause.
    let q = lb.at - 1;
    while (q >= 0 && /[ \t]/.test(seg[q]!)) q--;
    const prevClause = clauses[clauses.length - 1];
    const continuesPrev = prevClause !== undefined && prevClause.end >= lb.at - 2 && groups.length > 0 && groups[groups.length - 1]!.clause === clauses.length - 1 && !prevClosed(seg, prevClause.end);
    let clauseStart = lb.at;
    if (q >= 0 && OPEN.has(seg[q]!)) clauseStart = q;
    // Value end: next label, or the bracket closing this clause, or the end.
    const nextAt = k + 1 < labels.length ? labels[k + 1]!.at : seg.length;
    let depth = 0;
    let ve = lb.valueStart;
    let closed = false;
    for (; ve < nextAt; ve++) {
      const ch = seg[ve]!;
      if (ch === '\n' && depth === 0 && clauseStart === lb.at) break;
      if (OPEN.has(ch)) depth++;
      else if (CLOSE.has(ch)) {
        if (depth === 0) {
          closed = true;
          break;
        }
        depth--;
      }
    }
    let valueEnd = ve;
    // A label preceded by an opening bracket of the next label is not part of this value.
    if (!closed && k + 1 < labels.length) {
      let t = valueEnd - 1;
      while (t > lb.valueStart && /[\s;；,，]/.test(seg[t]!)) t--;
      if (OPEN.has(seg[t]!)) valueEnd = t;
    }
    const clauseEnd = closed ? ve + 1 : valueEnd;
    if (continuesPrev && clauseStart === lb.at) prevClause.end = Math.max(prevClause.end, clauseEnd);
    else clauses.push({ start: clauseStart, end: clauseEnd });
    groups.push({ role: lb.role, rule: lb.rule, vs: lb.valueStart, ve: valueEnd, clause: clauses.length - 1 });
  }

  const names: PrintedName[] = [];
  const deadlines: PrintedSpan[] = [];
  const people: PrintedSpan[] = [];
  const hasLead = groups.some((g) => g.role === 'LEAD');
  // (责任单位:A;配合单位:B): beside a support list and no lead list, the responsible list is the main one: it leads.
  const responsibleLeads = !hasLead && groups.some((g) => g.role === 'SUPPORT');
  for (const g of groups) {
    if (g.role === 'DEADLINE') {
      const v = trimSpan(text, start + g.vs, start + g.ve);
      if (v.end > v.start) deadlines.push({ text: text.slice(v.start, v.end), ...v, rule: g.rule });
      continue;
    }
    if (g.role === 'PERSON') {
      // Every name of a person label is a person, whatever it looks like (王副区长, 李明).
      for (const n of splitNames(text, start + g.vs, start + g.ve, 'RESPONSIBLE', g.rule, people)) people.push({ text: n.surface, start: n.start, end: n.end, rule: g.rule });
      continue;
    }
    const role: Role = g.role === 'RESPONSIBLE' && hasLead ? 'SUPPORT' : g.role === 'RESPONSIBLE' && responsibleLeads ? 'LEAD' : g.role;
    names.push(...splitNames(text, start + g.vs, start + g.ve, role, g.rule, people));
  }
  return { clauses: clauses.map((c) => ({ start: start + c.start, end: start + c.end })), names, deadlines, people };
}

// Private: `[start, end)` without surrounding spaces and list punctuation.
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s;；,，。]/.test(text[s]!)) s++;
  while (e > s && /[\s;；,，。]/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

// Private: did the clause ending at `end` close with a bracket?
function prevClosed(seg: string, end: number): boolean {
  return end > 0 && CLOSE.has(seg[end - 1]!);
}
