/**
 * The closed vocabularies of the graph, each declared once as a const array with its type
 * derived from it (`type Genre = typeof GENRES[number]`): ingest emits these values, the
 * store filters by them, the GraphQL enums list them (test/model/enums.test.ts holds the
 * schema to the same lists). Where an order matters it is stated on the array.
 */

/** How a unit is responsible for a task: printed as lead, as supporting, or with no distinction. */
export const ROLES = ['LEAD', 'SUPPORT', 'RESPONSIBLE'] as const;
export type Role = (typeof ROLES)[number];

/**
 * How a person is named on a task, from the label or column that prints the name: LEADER
 * (责任领导, 分管领导, 牵头领导), PERSON_IN_CHARGE (责任人, 负责人, or a name printed among the
 * responsible units), CONTACT (联系人).
 */
export const PERSON_ROLES = ['LEADER', 'PERSON_IN_CHARGE', 'CONTACT'] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** TASK assigned work; TARGET a numeric goal; ACHIEVEMENT what a report says was done; MEASURE a planned measure in a report. */
export const TASK_KINDS = ['TASK', 'TARGET', 'ACHIEVEMENT', 'MEASURE'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

/** Document genres, snake_case as in `manifest.json` (the API's enum is the same values in UPPER_SNAKE). */
export const GENRES = ['task_list', 'target_list', 'work_report', 'plan_report', 'work_review', 'unknown'] as const;
export type Genre = (typeof GENRES)[number];

export const UNIT_KINDS = [
  'COMMISSION', 'BUREAU', 'OFFICE', 'LEADING_GROUP_OFFICE', 'COMPANY', 'SUBDISTRICT', 'TOWN', 'MANAGEMENT_COMMITTEE',
  'POLICE', 'PARTY', 'COLLECTIVE', 'OTHER',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * Project kinds, from the most specific to the most generic: when two documents describe one
 * project differently, the graph keeps the earlier kind of this list (store/cypher/SharedEntities.ts).
 */
export const PROJECT_KINDS = ['ROAD', 'RAIL', 'PARK', 'PLATFORM', 'INDUSTRIAL', 'RENEWAL', 'FACILITY', 'EVENT', 'PROGRAMME', 'OTHER'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

/** A project's statuses in the order of progress, from plan to operation (a year's furthest one wins). */
export const PROJECT_STATUSES = ['PLANNED', 'STARTED', 'UNDER_CONSTRUCTION', 'COMPLETED', 'OPERATING'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PLACE_KINDS = ['PROVINCE', 'CITY', 'DISTRICT', 'TOWN', 'SUBDISTRICT', 'VILLAGE', 'ZONE'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** How a target's value is meant: at least, at most, about, exactly. */
export const COMPARATORS = ['>=', '<=', '~', '='] as const;
export type Comparator = (typeof COMPARATORS)[number];

/** DATE: due by a date; ONGOING: a standing duty (长期坚持, 持续推进); OPEN: printed, no date read. */
export const DEADLINE_KINDS = ['DATE', 'ONGOING', 'OPEN'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** `Unit -PART_OF-> Unit` (supervision) or `Unit -SUCCEEDED_BY {year}-> Unit` (reform). */
export const UNIT_RELATION_KINDS = ['PART_OF', 'SUCCEEDED_BY'] as const;
export type UnitRelationKind = (typeof UNIT_RELATION_KINDS)[number];

/** Whether `value` is one of `values` — narrows an unknown string (a manifest field, an overrides entry) to the vocabulary. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
