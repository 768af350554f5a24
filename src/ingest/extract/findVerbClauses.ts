import { UNIT_ENDING } from '../rules/responsibilityRules.js';
import { VERB_CLAUSE_LIST, VERB_CLAUSE_RULES } from '../rules/verbClauseRules.js';
import { splitNames } from './findResponsibilities.js';
import type { PrintedName } from './findResponsibilities.js';

// Private: the rules compiled once, each anchored to a whole clause, with group indices.
const COMPILED = VERB_CLAUSE_RULES.map((r) => ({ ...r, re: new RegExp(`^(?:${r.pattern.replaceAll('(L)', `(${VERB_CLAUSE_LIST})`)})$`, 'd') }));
// Private: where a clause ends (its terminal punctuation is part of it).
const CLAUSE_END = /[。；;！!]/;

/** A name a verb clause may hold: a unit (区财政局, 各镇（街道）, 菁蓉镇), never a word of the sentence. */
export function verbClauseUnit(name: string): boolean {
  const core = name.replace(/[（(][^（）()]*[）)]$/, '');
  return core.length <= MAX_UNIT_NAME && UNIT_ENDING.test(core);
}

// Private: a unit's name is short (区住房和城乡建设局: 10); a longer run ending in 局 is a sentence.
const MAX_UNIT_NAME = 16;

/**
 * Responsibility clauses stated by verbs in `[start, end)` (VERB_CLAUSE_RULES): the clause
 * spans, to cut from the task text, and their names with each list's role.
 */
export function findVerbClauses(text: string, start: number, end: number): { clauses: { start: number; end: number }[]; names: PrintedName[] } {
  const clauses: { start: number; end: number }[] = [];
  const names: PrintedName[] = [];
  let from = start;
  for (let p = start; p <= end; p++) {
    if (p < end && !CLAUSE_END.test(text[p]!)) continue;
    const clauseEnd = p < end ? p + 1 : end;
    let a = from;
    let z = p;
    while (a < z && /\s/.test(text[a]!)) a++;
    while (z > a && /\s/.test(text[z - 1]!)) z--;
    from = clauseEnd;
    if (z - a < 4 || !/牵头|负责|会同|承担|组织实施/.test(text.slice(a, z))) continue;
    const whole = readClause(text, a, z);
    if (whole) {
      clauses.push({ start: a, end: clauseEnd });
      names.push(...whole);
      continue;
    }
    // A clause in the brackets closing the sentence: …新增学位5000个（县教育体育局负责）。
    const bracket = TRAILING_BRACKET.exec(text.slice(a, z));
    const inner = bracket ? readClause(text, a + bracket.index + 1, z - 1) : null;
    if (bracket && inner) {
      clauses.push({ start: a + bracket.index, end: z });
      names.push(...inner);
    }
  }
  return { clauses, names };
}

// Private: a bracket closing a clause, holding no bracket but a unit's own (各镇（街道）).
const TRAILING_BRACKET = /[（(]((?:[^（）()]|[（(][^（）()]*[）)])+)[）)]$/;

// Private: the names of `[a, z)` when it is one whole verb clause, else null.
function readClause(text: string, a: number, z: number): PrintedName[] | null {
  const seg = text.slice(a, z);
  for (const r of COMPILED) {
    const m = r.re.exec(seg);
    if (!m?.indices) continue;
    const found: PrintedName[] = [];
    r.roles.forEach((role, k) => {
      const [gs, ge] = m.indices![k + 1]!;
      found.push(...splitNames(text, a + gs, a + ge, role, r.id));
    });
    if (found.length > 0 && found.every((n) => verbClauseUnit(n.surface))) return found;
  }
  return null;
}
