import * as A from '../cypher/analysisStatements.js';
import * as E from '../cypher/entityStatements.js';
import * as P from '../cypher/personStatements.js';
import * as R from '../cypher/readStatements.js';
import { cypherFor, statement, type Statement } from '../cypher/Statement.js';

/*
 * Quirk KUZU-IN-LIST-SCAN: Kùzu 0.11.3 answers `x.id IN $ids` by testing every row of the
 * table against the whole list, and `UNWIND $ids … {id: key}` by hashing the whole table; a
 * point lookup on the primary key touches one row. So KuzuRunner.lookup runs a shared lookup
 * statement as its one-key form, once per key, for short id lists. The shared statements know
 * nothing of this: the one-key forms are declared here, by the shared statement's name.
 */

/** How KuzuRunner.lookup may run one shared lookup key by key. */
export interface PointLookup {
  /** The same lookup for one key (`$key`). */
  each: Statement;
  /** The longest id list looked up key by key (default POINT_LOOKUPS_MAX in KuzuRunner). */
  maxKeys?: number;
  /**
   * The node table the list form hashes whole. The list form's cost grows with that table, a
   * point lookup's does not, so past `maxKeys` the runner keeps looking keys up one by one while
   * they are few for the table's size (KuzuRunner.lookup).
   */
  table?: string;
}

/**
 * Small tables (documents, units, projects, places): the list form hashes the table (~2 ms at
 * 3.6k units, whatever the list's length); one key costs ~0.2 ms, spread over the readers: key
 * by key pays up to ~20 ids.
 */
const SMALL_TABLE_KEYS = 24;

/** `UNWIND $ids AS key MATCH (x:Label {id: key})…` as its text starts (the shared nodesById and *_MANY forms). */
const UNWOUND = /^UNWIND \$ids AS key MATCH \((\w+):(\w+) \{id: key\}\)/;

/** The one-key form of a lookup written as an UNWIND of its ids (see UNWOUND), and the table it starts from. */
function unwound(list: Statement): { each: Statement; table: string } {
  const text = cypherFor(list, 'kuzu');
  const match = UNWOUND.exec(text);
  if (!match) throw new Error(`pointLookups: ${list.name} does not start with UNWIND $ids AS key MATCH (x:Label {id: key})`);
  const each = text.replace(UNWOUND, (_, alias: string, label: string) => `MATCH (${alias}:${label} {id: $key})`);
  return { each: oneKey(list, each), table: match[2]! };
}

// Private: the one-key statement of `list` with this text.
function oneKey(list: Statement, cypher: string): Statement {
  return statement(`${list.name}_EACH`, `${list.doc} One key.`, cypher, ['key', ...list.params.filter((p) => p !== 'ids')]);
}

// From the task: the hint makes Kùzu follow the task's edges instead of hash-joining every unit.
const RESPONSIBILITIES_OF_ONE_TASK =
  `MATCH (t:Task {id: $key})<-[r:RESPONSIBLE_FOR]-(u:Unit) HINT (t JOIN r) JOIN u RETURN ${R.RESPONSIBILITY_COLUMNS} ORDER BY ord`;
const TARGETS_OF_ONE_TASK =
  `MATCH (t:Task {id: $key})-[s:SETS]->(g:Target) HINT (t JOIN s) JOIN g RETURN ${R.TARGET_COLUMNS} ORDER BY spanStart`;
const ASSIGNMENTS_OF_ONE_TASK =
  `MATCH (t:Task {id: $key})<-[r:ASSIGNED_TO]-(n:Person) HINT (t JOIN r) JOIN n RETURN ${P.ASSIGNMENT_COLUMNS} ORDER BY ord`;
const MENTIONS_OF_ONE_TASK =
  `MATCH (t:Task {id: $key})-[c:CONCERNS]->(p:Project) HINT (t JOIN c) JOIN p RETURN ${E.MENTION_COLUMNS} ORDER BY spanStart`;

function registry(): Map<string, PointLookup> {
  const out = new Map<string, PointLookup>();
  const byNodeId = (list: Statement, maxKeys?: number) => out.set(list.name, { ...unwound(list), ...(maxKeys === undefined ? {} : { maxKeys }) });
  const written = (list: Statement, cypher: string) => out.set(list.name, { each: oneKey(list, cypher) });

  for (const s of [R.DOCUMENTS_BY_IDS, R.DOCUMENT_TEXTS, R.UNITS_BY_IDS, R.UNIT_SUMMARIES_BY_IDS, E.PROJECTS_BY_IDS, E.PLACES_BY_IDS, P.PERSONS_BY_IDS]) {
    byNodeId(s, SMALL_TABLE_KEYS);
  }
  for (const s of [R.TASKS_BY_IDS, R.SECTIONS_BY_IDS]) byNodeId(s);
  for (const s of [R.RESPONSIBILITIES_BY_TASKS, R.RESPONSIBILITIES_BY_MANY_TASKS]) written(s, RESPONSIBILITIES_OF_ONE_TASK);
  for (const s of [R.TARGETS_BY_TASKS, R.TARGETS_BY_MANY_TASKS]) written(s, TARGETS_OF_ONE_TASK);
  for (const s of [E.MENTIONS_BY_TASKS, E.MENTIONS_BY_MANY_TASKS]) written(s, MENTIONS_OF_ONE_TASK);
  for (const s of [P.ASSIGNMENTS_BY_TASKS, P.ASSIGNMENTS_BY_MANY_TASKS]) written(s, ASSIGNMENTS_OF_ONE_TASK);
  byNodeId(P.ASSIGNMENTS_BY_PERSONS, SMALL_TABLE_KEYS);
  written(R.TARGETS_BY_IDS, `MATCH (g:Target {id: $key})<-[s:SETS]-(t:Task) HINT (g JOIN s) JOIN t RETURN ${R.TARGET_COLUMNS}`);
  written(R.TASKS_OF_PROJECTS, `MATCH (p:Project {id: $key})<-[:CONCERNS]-(t:Task) RETURN DISTINCT p.id AS projectId, ${R.TASK_COLUMNS}`);
  written(R.RESPONSIBILITIES_OF_PROJECTS, 'MATCH (p:Project {id: $key})<-[:CONCERNS]-(t:Task)<-[r:RESPONSIBLE_FOR]-(u:Unit) ' +
    `RETURN DISTINCT ${R.RESPONSIBILITY_COLUMNS} ORDER BY taskId, ord`);
  for (const s of Object.values(A.NODE_SUMMARIES_OF)) out.set(s.name, { each: unwound(s).each });
  // A hop from nodes of one label: the short-list and the long-list form both go key by key as the long one's one-key form.
  for (const direction of ['out', 'in'] as const) {
    for (const [label, many] of Object.entries(A.NEIGHBOURS.many[direction])) {
      const { each } = unwound(many);
      out.set(many.name, { each });
      out.set(A.NEIGHBOURS.few[direction][label]!.name, { each: { ...each, name: `${A.NEIGHBOURS.few[direction][label]!.name}_EACH` } });
    }
  }
  return out;
}

/** The one-key forms KuzuRunner.lookup may run, by the shared lookup statement's name. */
export const POINT_LOOKUPS: ReadonlyMap<string, PointLookup> = registry();
