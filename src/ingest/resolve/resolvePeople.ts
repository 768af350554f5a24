import type { PersonRole } from '../../model/enums.js';
import { nodeId } from '../../model/nodeKinds.js';
import type { AssignmentRecord, PersonMention, PersonRecord, TaskRecord } from '../../model/records.js';
import { PERSON_AMONG_UNITS, PERSON_ROLE_RULES, PERSON_TITLES } from '../rules/personRules.js';
import { LABEL_RULES, PERSON_SURNAMES } from '../rules/responsibilityRules.js';

/** What the people of a document are resolved in: its text (evidence), region and id (the scope without a region). */
export interface PeopleContext {
  text: string;
  region: string | null;
  documentId: string;
}

/** A printed name taken apart: the name, its post, where the name starts and ends within the printed text, the rule. */
export interface PrintedPerson {
  name: string;
  title: string | null;
  start: number;
  end: number;
  rule: string | null;
}

/**
 * The Person nodes and `Person -ASSIGNED_TO-> Task` edges of a document's people (the task
 * records' `people`): one person per region and name (`person:<region>:<name>`), scoped to the
 * document when it has no region, so people of two regions are never one node (as units). The
 * role is what the label or column printing the name means; the evidence is the name's span.
 */
export function resolvePeople(tasks: readonly TaskRecord[], ctx: PeopleContext): { persons: PersonRecord[]; assignments: AssignmentRecord[] } {
  const persons = new Map<string, PersonRecord>();
  const assignments: AssignmentRecord[] = [];
  for (const task of tasks) {
    const seen = new Set<string>();
    for (const mention of task.people ?? []) {
      const a = assignmentOf(mention, task.id, ctx);
      if (!a) continue;
      const known = persons.get(a.person.id);
      if (!known) persons.set(a.person.id, a.person);
      else if (known.title === null && a.person.title !== null) persons.set(a.person.id, { ...known, title: a.person.title });
      // One edge per person per task: the first printing (and its role) wins, as for units.
      if (seen.has(a.person.id)) continue;
      seen.add(a.person.id);
      assignments.push({ ...a.assignment, order: seen.size - 1 });
    }
  }
  return { persons: [...persons.values()], assignments };
}

/** A printed name's parts: `张三(副区长)`, `副区长张三`, `张三副区长` → 张三 + 副区长; `李副区长` stays whole (its post read). */
export function parsePrintedPerson(printed: string): PrintedPerson {
  const whole: PrintedPerson = { name: printed, title: null, start: 0, end: printed.length, rule: null };
  // A post alone (分管领导:区长): the person is whoever holds it, named by the post.
  if (PERSON_TITLES.includes(printed)) return { ...whole, title: printed, rule: 'person-title.post-only' };
  const bracket = /^([\u4e00-\u9fff·]{2,4})[(（]([^()（）]+)[)）]$/.exec(printed);
  if (bracket) {
    // The bracket holds a post (张三(副区长)) or something else (张三(电话…)): either way the name is before it.
    const post = PERSON_TITLES.some((t) => bracket[2]!.endsWith(t)) ? bracket[2]! : null;
    return { name: bracket[1]!, title: post, start: 0, end: bracket[1]!.length, rule: post ? 'person-title.bracket' : 'person-title.bracket-note' };
  }
  for (const title of PERSON_TITLES) {
    if (printed.startsWith(title) && isName(printed.slice(title.length))) {
      return { name: printed.slice(title.length), title, start: title.length, end: printed.length, rule: 'person-title.before' };
    }
    if (printed.endsWith(title) && printed.length > title.length) {
      const before = printed.slice(0, printed.length - title.length);
      if (before.length === 1 && PERSON_SURNAMES.includes(before)) return { ...whole, title, rule: 'person-title.surname' };
      if (isName(before)) return { name: before, title, start: 0, end: before.length, rule: 'person-title.after' };
    }
  }
  return whole;
}

/** The role a person's label or column gives, and the rule that read it, from the mention's rule. */
export function personRoleOf(rule: string): { role: PersonRole; rule: string } {
  // `<rule>:person`: a name read as a person under that label or column (a person label's bare name, or a name among units).
  const among = rule.endsWith(':person');
  const base = among ? rule.slice(0, -':person'.length) : rule;
  const label = base.startsWith('table.column:') ? base.slice('table.column:'.length) : LABEL_RULES.find((r) => r.id === base)?.label ?? base;
  const found = PERSON_ROLE_RULES.find((r) => r.pattern.test(label));
  if (found) return { role: found.role, rule: found.id };
  if (among) return { role: PERSON_AMONG_UNITS.role, rule: PERSON_AMONG_UNITS.id };
  // A person label of no known meaning names someone responsible (责任人 is the label's default).
  return { role: 'PERSON_IN_CHARGE', rule: 'person-role.in-charge' };
}

// Private: a bare given name or full name (2–4 Han characters, 欧阳明 and 买买提·艾力 included).
function isName(s: string): boolean {
  return /^[\u4e00-\u9fff·]{2,4}$/.test(s);
}

// Private: one mention as a person and its edge (order set by the caller), or null for an empty name.
function assignmentOf(mention: PersonMention, taskId: string, ctx: PeopleContext): { person: PersonRecord; assignment: AssignmentRecord } | null {
  const printed = mention.evidence.quote;
  // The name's own span when the printed text is the name as read (a name across a PDF wrap keeps its whole span).
  const parts = printed === mention.name ? parsePrintedPerson(printed) : { ...parsePrintedPerson(mention.name), start: 0, end: printed.length };
  const name = parts.name.trim();
  if (!name) return null;
  const start = mention.evidence.start + parts.start;
  const end = mention.evidence.start + parts.end;
  const role = personRoleOf(mention.evidence.rule);
  const rule = [mention.evidence.rule, role.rule, ...(parts.rule ? [parts.rule] : [])].join('+');
  const person: PersonRecord = {
    id: nodeId('PERSON', ctx.region ?? ctx.documentId, name), name, title: parts.title, region: ctx.region, rule: [mention.evidence.rule, ...(parts.rule ? [parts.rule] : [])].join('+'),
  };
  const evidence = { documentId: ctx.documentId, quote: ctx.text.slice(start, end), start, end, rule };
  return { person, assignment: { personId: person.id, taskId, role: role.role, order: 0, surface: mention.name, evidence } };
}
