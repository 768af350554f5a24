import { LEAD_MARKERS } from './extract/findResponsibilities.js';
import { CONVENTION_RULES } from './extract/findConvention.js';
import { TIME_RULES } from './extract/normalizeDeadline.js';
import { STATUS_RULES } from './extract/projectStatus.js';
import { VILLAGE_AFTER_TOWN } from './extract/extractPlaces.js';
import { GENRE_RULES } from './infer/inferMeta.js';
import { COLLECTIVE_RULES } from './resolve/collectiveRules.js';
import { ABBREVIATIONS } from './resolve/expandAbbreviations.js';
import { STEM_RULES } from './resolve/projectDisplayName.js';
import { KEY_RULES, PREFIX_RULES } from './resolve/projectKey.js';
import { UNIT_KIND_RULES } from './resolve/unitKindRules.js';
import { CONTEXT_RULES, PROJECT_RULES } from './rules/projectRules.js';
import { LABEL_RULES } from './rules/responsibilityRules.js';
import { PERSON_AMONG_UNITS, PERSON_ROLE_RULES, PERSON_TITLE_RULES } from './rules/personRules.js';
import { VERB_CLAUSE_RULES } from './rules/verbClauseRules.js';
import { COMPARATOR_RULES } from './rules/targetRules.js';
import { COLUMN_RULES } from './structure/columnMeaning.js';
import { MARKER_RULES } from './structure/markerRules.js';

/** One table of rules: its name (where it lives) and the ids of its records. */
export interface RuleTable {
  table: string;
  ids: readonly string[];
}

const ids = (rules: ReadonlyArray<{ id: string }>): string[] => rules.map((r) => r.id);

/**
 * Every rule table of the pipeline, in the data's order (structure → extract → resolve → infer).
 * A record's `rule` (evidence.rule, UnitRecord.rule, ProjectRecord.rule, Inference.rule, a
 * resolution) is one or more of these ids joined by `+`, each possibly followed by `:` and the
 * datum it applied (see RULE_FAMILIES). test/ingest/ruleRegistry.test.ts holds the ids unique
 * and every id found on the samples' records registered.
 */
export const RULE_TABLES: readonly RuleTable[] = [
  { table: 'structure/markerRules MARKER_RULES', ids: ids(MARKER_RULES) },
  { table: 'structure/columnMeaning COLUMN_RULES', ids: ids(COLUMN_RULES) },
  {
    // Blocks the structure stage reads by their shape, not by a table of patterns (parseStructure, parse*Table, parsePipe*);
    // header-less tables by the previous table's columns (-continued) or their cells' (-inferred: structure/inferColumns CELL_RULES).
    table: 'structure blocks',
    ids: [
      'heading.unnumbered', 'sentence.narrative', 'table.tab', 'table.tab-task', 'table.flat-task', 'table.pipe-row', 'table.pipe-cell',
      'table.tab-continued', 'table.tab-inferred', 'table.pipe-row-continued', 'table.pipe-row-inferred', 'table.pipe-cell-continued',
      'table.pipe-cell-inferred', 'table.flat-continued',
    ],
  },
  { table: 'rules/responsibilityRules LABEL_RULES', ids: ids(LABEL_RULES) },
  { table: 'rules/verbClauseRules VERB_CLAUSE_RULES', ids: ids(VERB_CLAUSE_RULES) },
  { table: 'extract/findResponsibilities LEAD_MARKERS', ids: ids(LEAD_MARKERS) },
  { table: 'extract/findConvention CONVENTION_RULES', ids: ids(CONVENTION_RULES) },
  // A deadline printed in brackets (【2023年6月底前】) or as the closing phrase (…，年底前完成), and one that could not be read.
  { table: 'extract/taskBody deadlines', ids: ['deadline.bare-bracket', 'deadline.closing-phrase', 'deadline.ongoing', 'deadline.unread'] },
  { table: 'extract/normalizeDeadline TIME_RULES', ids: ids(TIME_RULES) },
  { table: 'rules/targetRules COMPARATOR_RULES', ids: ids(COMPARATOR_RULES) },
  { table: 'rules/projectRules PROJECT_RULES', ids: ids(PROJECT_RULES) },
  { table: 'rules/projectRules CONTEXT_RULES', ids: Object.values(CONTEXT_RULES).map((r) => r.id) },
  { table: 'extract/projectStatus STATUS_RULES', ids: ids(STATUS_RULES) },
  { table: 'extract/extractPlaces VILLAGE_AFTER_TOWN', ids: [VILLAGE_AFTER_TOWN.id] },
  // projectKey: a region or town prefix folded (嘉定氢能港 ≡ 氢能港) or a town kept before a site name (南翔“老街”), a curated alias.
  { table: 'resolve/projectKey KEY_RULES', ids: [...ids(KEY_RULES), ...Object.values(PREFIX_RULES), 'alias'] },
  { table: 'resolve/projectDisplayName STEM_RULES', ids: ids(STEM_RULES) },
  { table: 'resolve/unitKindRules UNIT_KIND_RULES', ids: ids(UNIT_KIND_RULES) },
  { table: 'resolve/collectiveRules COLLECTIVE_RULES', ids: ids(COLLECTIVE_RULES) },
  // resolvePeople: what a person's label or column means, and how a post printed with the name was read.
  { table: 'rules/personRules', ids: [...ids(PERSON_ROLE_RULES), PERSON_AMONG_UNITS.id, ...ids(PERSON_TITLE_RULES)] },
  { table: 'dict/unit-abbreviations.json', ids: [...ids(ABBREVIATIONS), 'abbr.commission'] },
  // resolveUnit: the district's name put before 区X (区经委 → 嘉定区经委), a unit's second name in brackets; the user's overrides.
  { table: 'resolve/resolveUnit', ids: ['unit.district-prefix', 'unit.second-name', 'override.collective', 'override.rename'] },
  { table: 'infer/inferMeta GENRE_RULES', ids: [...ids(GENRE_RULES), 'genre.responsibility-clauses', 'genre.unknown'] },
  {
    table: 'infer/inferMeta, infer/inferRegion',
    ids: [
      'title.issued-as', 'title.head-line', 'year.title', 'year.plan-year', 'year.stated-title', 'region.stated-title', 'year.date', 'year.signature-date', 'year.event-edition',
      'region.most-named-district', 'region.issuer.county', 'region.issuer.city', 'region.issuer.province',
      'region.most-named.county', 'region.most-named.city', 'region.most-named.province',
    ],
  },
];

/**
 * Rules that record the datum they applied after a colon: `dict:unit.jt:区交通委` (the
 * dictionary entry and the form printed), `gazetteer:嘉定镇街道`, `surface:unit-kind.office`,
 * `table.column:牵头单位`, `override.merge:区经委=区经信委` …; `<rule>:person` marks a person a
 * unit list printed (label.responsible-unit:person).
 */
export const RULE_FAMILIES: readonly string[] = [
  'dict', 'gazetteer', 'surface', 'table.column', 'override.force', 'override.forbid', 'override.merge', 'override.apart', 'override.region',
];

const REGISTERED = new Set(RULE_TABLES.flatMap((t) => t.ids));
const FAMILIES = new Set(RULE_FAMILIES);

/** Every registered rule id (tables and families), in table order; duplicates kept, so a test can find them. */
export function registeredRuleIds(): string[] {
  return [...RULE_TABLES.flatMap((t) => t.ids), ...RULE_FAMILIES];
}

/**
 * The parts of a recorded rule that no table or family registers (empty when all are):
 * `project.park+key.place-prefix+alias` → [], `project.parc` → ['project.parc'].
 */
export function unregisteredRuleParts(rule: string): string[] {
  return rule.split('+').filter((part) => !isRegistered(part));
}

// Private: a registered id, a family with its datum, or a registered id marked :person.
function isRegistered(part: string): boolean {
  if (REGISTERED.has(part)) return true;
  if (part.endsWith(':person')) return isRegistered(part.slice(0, -':person'.length));
  const colon = part.indexOf(':');
  return colon > 0 && FAMILIES.has(part.slice(0, colon));
}
