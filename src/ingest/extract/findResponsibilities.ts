import type { Role } from '../records.js';
import { LABEL_PATTERN, labelRule } from './responsibilityRules.js';
import type { LabelRole } from './responsibilityRules.js';

/** One name printed in a responsibility clause, with its span and the label's role. */
export interface PrintedName {
  surface: string;
  start: number;
  end: number;
  role: Role;
  /** Id of the label rule (or table column rule) that introduced it. */
  rule: string;
}

/** Clause spans (to cut from the task text) and the unit names they print, in printed order. */
export interface FoundResponsibilities {
  clauses: { start: number; end: number }[];
  names: PrintedName[];
}

const OPEN = new Set(['(', '（', '[', '【', '〔']);
const CLOSE = new Set([')', '）', ']', '】', '〕']);
// Private: separators between names in one list (区经委、区商务委 / 区经委,区商务委 / 区经委 区商务委).
const SEP = /[、,，;；\/／\s]+/g;
// Private: unit-like endings; a 2–3 character name without one is a person (王建国).
const UNIT_END = /(?:委|办|局|院|所|队|站|会|司|部|处|室|校|团|区|镇|街道|中心|集团|公司|分局|办公室|小组|单位|各方|村|港|城|园)$/;
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤章';

/** People are never units: a bare 2–3 character name starting with a common surname. */
export function looksLikePerson(s: string): boolean {
  return /^[\u4e00-\u9fff]{2,3}$/.test(s) && SURNAMES.includes(s[0]!) && !UNIT_END.test(s);
}

/**
 * Split a list of names `[start, end)` into printed names (persons dropped), keeping spans.
 * `等` closing a list (`区经委、区商务委等`) is not part of the last name.
 */
export function splitNames(text: string, start: number, end: number, role: Role, rule: string): PrintedName[] {
  const out: PrintedName[] = [];
  const seg = text.slice(start, end);
  let last = 0;
  const emit = (a: number, b: number): void => {
    let s = seg.slice(a, b);
    let lead = 0;
    while (lead < s.length && /[\s"“”]/.test(s[lead]!)) lead++;
    s = s.slice(lead);
    s = s.replace(/[\s"“”。.]+$/, '');
    if (s.endsWith('等') && s.length > 2) s = s.slice(0, -1);
    if (!s || looksLikePerson(s) || /^\d+$/.test(s)) return;
    const abs = start + a + lead;
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
  return out;
}

/**
 * Find responsibility clauses in `[start, end)`: `(责任单位:A、B)`, `[牵头单位:A;责任单位:B]`,
 * `牵头单位:A 配合单位:B`, with either bracket or colon width. A 责任单位 list printed next to
 * a lead list is read as SUPPORT (the text draws the distinction); alone it is RESPONSIBLE.
 */
export function findResponsibilities(text: string, start: number, end: number): FoundResponsibilities {
  const seg = text.slice(start, end);
  const labels: { at: number; valueStart: number; role: LabelRole; rule: string }[] = [];
  const re = new RegExp(LABEL_PATTERN.source, 'g');
  for (let m = re.exec(seg); m; m = re.exec(seg)) {
    const r = labelRule(m[1]!)!;
    labels.push({ at: m.index, valueStart: m.index + m[0].length, role: r.role, rule: r.id });
  }
  if (!labels.length) return { clauses: [], names: [] };

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
  const hasLead = groups.some((g) => g.role === 'LEAD');
  {
    for (const g of groups) {
      if (g.role === 'PERSON') continue;
      const role: Role = g.role === 'RESPONSIBLE' && hasLead ? 'SUPPORT' : g.role;
      names.push(...splitNames(text, start + g.vs, start + g.ve, role, g.rule));
    }
  }
  return { clauses: clauses.map((c) => ({ start: start + c.start, end: start + c.end })), names };
}

// Private: did the clause ending at `end` close with a bracket?
function prevClosed(seg: string, end: number): boolean {
  return end > 0 && CLOSE.has(seg[end - 1]!);
}
