import { statement } from './Statement.js';

/*
 * Statements that load and remove one document's facts. A document owns its
 * Document, Section, Task and Target nodes and every edge carrying its
 * `documentId`; Units, Projects and Places are shared across documents and are
 * merged by id, then pruned when nothing refers to them any more.
 */

// Private: the evidence columns every extracted node or edge carries.
const EVIDENCE = 'quote: r.quote, spanStart: r.spanStart, spanEnd: r.spanEnd, rule: r.rule';

export const DELETE_DOCUMENT_TASKS = statement(
  'DELETE_DOCUMENT_TASKS',
  "Removes a document's tasks and every edge touching them (responsibilities, assignments, mentions, locations).",
  'MATCH (t:Task) WHERE t.documentId = $documentId DETACH DELETE t',
  ['documentId'],
);

export const DELETE_DOCUMENT_SECTIONS = statement(
  'DELETE_DOCUMENT_SECTIONS',
  "Removes a document's sections.",
  'MATCH (s:Section) WHERE s.documentId = $documentId DETACH DELETE s',
  ['documentId'],
);

export const DELETE_DOCUMENT_TARGETS = statement(
  'DELETE_DOCUMENT_TARGETS',
  "Removes a document's numeric targets.",
  'MATCH (g:Target) WHERE g.documentId = $documentId DETACH DELETE g',
  ['documentId'],
);

export const DELETE_DOCUMENT_PROJECT_LOCATIONS = statement(
  'DELETE_DOCUMENT_PROJECT_LOCATIONS',
  'Removes project locations read from a document (task locations go with its tasks).',
  'MATCH (:Project)-[l:LOCATED_IN]->(:Place) WHERE l.documentId = $documentId DELETE l',
  ['documentId'],
);

export const DELETE_DOCUMENT_CO_RESPONSIBILITY = statement(
  'DELETE_DOCUMENT_CO_RESPONSIBILITY',
  "Removes the precomputed shared-task counts of a document's tasks.",
  'MATCH (:Unit)-[c:CO_RESPONSIBLE]->(:Unit) WHERE c.documentId = $documentId DELETE c',
  ['documentId'],
);

export const DELETE_DOCUMENT = statement(
  'DELETE_DOCUMENT',
  'Removes the document node itself.',
  'MATCH (d:Document) WHERE d.id = $documentId DETACH DELETE d',
  ['documentId'],
);

export const PRUNE_UNITS = statement(
  'PRUNE_UNITS',
  'Removes units no task refers to, unless a predecessor/successor or parent of theirs is still responsible for one.',
  'MATCH (u:Unit) WHERE NOT EXISTS { MATCH (u)-[:RESPONSIBLE_FOR]->(:Task) } ' +
    'AND NOT EXISTS { MATCH (u)-[:SUCCEEDED_BY|PART_OF*1..3]-(:Unit)-[:RESPONSIBLE_FOR]->(:Task) } DETACH DELETE u',
);

export const PRUNE_PERSONS = statement(
  'PRUNE_PERSONS',
  'Removes persons no task names any more.',
  'MATCH (n:Person) WHERE NOT EXISTS { MATCH (n)-[:ASSIGNED_TO]->(:Task) } DETACH DELETE n',
);

export const PRUNE_PROJECTS = statement(
  'PRUNE_PROJECTS',
  'Removes projects no task mentions any more.',
  'MATCH (p:Project) WHERE NOT EXISTS { MATCH (p)<-[:CONCERNS]-(:Task) } DETACH DELETE p',
);

export const PRUNE_PLACES = statement(
  'PRUNE_PLACES',
  'Removes places nothing is located in or administers, directly or through a child place.',
  'MATCH (p:Place) WHERE NOT EXISTS { MATCH (p)<-[:LOCATED_IN|ADMINISTERS]-() } ' +
    'AND NOT EXISTS { MATCH (p)<-[:PART_OF*1..4]-(:Place)<-[:LOCATED_IN|ADMINISTERS]-() } DETACH DELETE p',
);

/*
 * Known names are read from `allNames` (the newline-joined text), not the `names` list (quirk
 * KUZU-STALE-LIST-PROPERTY): Kùzu 0.11.3
 * returned other nodes' values for a list property (STRING[], INT64[]) updated in an earlier
 * transaction once that transaction was checkpointed (which KuzuRunner does after every commit), and
 * the union then spread one project's names over another (conformance: "keeps every project's years…").
 */
export const READ_NAMES = {
  Unit: statement('READ_UNIT_NAMES', 'Known names and rule of units about to be merged (names are unioned, never lost).',
    'UNWIND $ids AS key MATCH (n:Unit {id: key}) RETURN n.id AS id, n.allNames AS allNames, n.rule AS rule', ['ids']),
  Project: statement('READ_PROJECT_NAMES', 'Known names, kind and rule of projects about to be merged.',
    'UNWIND $ids AS key MATCH (n:Project {id: key}) RETURN n.id AS id, n.allNames AS allNames, n.kind AS kind, n.rule AS rule', ['ids']),
  Place: statement('READ_PLACE_NAMES', 'Known names of places about to be merged.',
    'UNWIND $ids AS key MATCH (n:Place {id: key}) RETURN n.id AS id, n.allNames AS allNames', ['ids']),
} as const;

export const MERGE_UNITS = statement(
  'MERGE_UNITS',
  'Upserts shared units by id.',
  'UNWIND $rows AS r MERGE (u:Unit {id: r.id}) SET u.name = r.name, u.region = r.region, u.kind = r.kind, ' +
    'u.names = r.names, u.allNames = r.allNames, u.placeId = r.placeId, u.rule = r.rule',
  ['rows'],
);

export const READ_PERSON_TITLES = statement(
  'READ_PERSON_TITLES', 'The stored titles of persons about to be merged (a title once read is not lost to a document printing none).',
  'UNWIND $ids AS key MATCH (n:Person {id: key}) RETURN n.id AS id, n.title AS title, n.rule AS rule', ['ids'],
);

export const MERGE_PERSONS = statement(
  'MERGE_PERSONS',
  'Upserts shared persons by id.',
  'UNWIND $rows AS r MERGE (n:Person {id: r.id}) SET n.name = r.name, n.title = r.title, n.region = r.region, n.rule = r.rule',
  ['rows'],
);

export const MERGE_PROJECTS = statement(
  'MERGE_PROJECTS',
  'Upserts shared projects by id.',
  'UNWIND $rows AS r MERGE (p:Project {id: r.id}) SET p.name = r.name, p.region = r.region, p.kind = r.kind, ' +
    'p.names = r.names, p.allNames = r.allNames, p.rule = r.rule',
  ['rows'],
);

export const MERGE_PLACES = statement(
  'MERGE_PLACES',
  'Upserts shared places by id.',
  'UNWIND $rows AS r MERGE (p:Place {id: r.id}) SET p.name = r.name, p.kind = r.kind, p.parentId = r.parentId, ' +
    'p.names = r.names, p.allNames = r.allNames, p.code = r.code',
  ['rows'],
);

export const CREATE_DOCUMENT = statement(
  'CREATE_DOCUMENT',
  'Creates the document node.',
  'CREATE (d:Document {id: $id, file: $file, title: $title, year: $year, region: $region, genre: $genre, ' +
    'issuer: $issuer, date: $date, sha256: $sha256, length: $length, inferred: $inferred, pipeline: $pipeline, ' +
    'format: $format, encoding: $encoding, textSha256: $textSha256, text: $text})',
  ['id', 'file', 'title', 'year', 'region', 'genre', 'issuer', 'date', 'sha256', 'length', 'inferred', 'pipeline', 'format', 'encoding', 'textSha256', 'text'],
);

export const CREATE_SECTIONS = statement(
  'CREATE_SECTIONS',
  "Creates a document's sections, each linked to the document.",
  'UNWIND $rows AS r MATCH (d:Document {id: $documentId}) ' +
    'CREATE (s:Section {id: r.id, documentId: $documentId, parentId: r.parentId, number: r.number, title: r.title, ' +
    `level: r.level, ordinal: r.ordinal, ${EVIDENCE}})-[:IN_DOCUMENT]->(d)`,
  ['rows', 'documentId'],
);

export const LINK_SUBSECTIONS = statement(
  'LINK_SUBSECTIONS',
  'Links each nested section to its parent section.',
  'UNWIND $rows AS r MATCH (s:Section {id: r.id}) MATCH (p:Section {id: r.parentId}) CREATE (s)-[:SUBSECTION_OF]->(p)',
  ['rows'],
);

export const CREATE_TASKS = statement(
  'CREATE_TASKS',
  "Creates a document's tasks, each linked to the document.",
  'UNWIND $rows AS r MATCH (d:Document {id: $documentId}) ' +
    'CREATE (t:Task {id: r.id, documentId: $documentId, sectionId: r.sectionId, number: r.number, text: r.text, ' +
    `starred: r.starred, kind: r.kind, ordinal: r.ordinal, year: $year, region: $region, ${EVIDENCE}, ` +
    'deadlinePrinted: r.deadlinePrinted, deadlineDate: r.deadlineDate, deadlineKind: r.deadlineKind, deadlineRule: r.deadlineRule, ' +
    'deadlineStart: r.deadlineStart, deadlineEnd: r.deadlineEnd})-[:IN_DOCUMENT]->(d)',
  ['rows', 'documentId', 'year', 'region'],
);

export const LINK_TASK_SECTIONS = statement(
  'LINK_TASK_SECTIONS',
  'Links each task to the section it sits under.',
  'UNWIND $rows AS r MATCH (t:Task {id: r.id}) MATCH (s:Section {id: r.sectionId}) CREATE (t)-[:IN_SECTION]->(s)',
  ['rows'],
);

export const CREATE_RESPONSIBILITIES = statement(
  'CREATE_RESPONSIBILITIES',
  'Links units to the tasks they are responsible for, with role, printed order and evidence.',
  'UNWIND $rows AS r MATCH (u:Unit {id: r.unitId}) MATCH (t:Task {id: r.taskId}) ' +
    'CREATE (u)-[:RESPONSIBLE_FOR {role: r.role, ord: r.ord, surface: r.surface, resolution: r.resolution, documentId: $documentId, ' +
    `year: $year, ${EVIDENCE}}]->(t)`,
  ['rows', 'documentId', 'year'],
);

export const CREATE_ASSIGNMENTS = statement(
  'CREATE_ASSIGNMENTS',
  'Links persons to the tasks they are named on, with role, printed order and evidence.',
  'UNWIND $rows AS r MATCH (n:Person {id: r.personId}) MATCH (t:Task {id: r.taskId}) ' +
    `CREATE (n)-[:ASSIGNED_TO {role: r.role, ord: r.ord, surface: r.surface, documentId: $documentId, year: $year, ${EVIDENCE}}]->(t)`,
  ['rows', 'documentId', 'year'],
);

export const CREATE_MENTIONS = statement(
  'CREATE_MENTIONS',
  'Links tasks to the projects they mention, with the surface form, status and evidence.',
  'UNWIND $rows AS r MATCH (t:Task {id: r.taskId}) MATCH (p:Project {id: r.projectId}) ' +
    'CREATE (t)-[:CONCERNS {surface: r.surface, resolution: r.resolution, status: r.status, documentId: $documentId, year: $year, ' +
    `${EVIDENCE}}]->(p)`,
  ['rows', 'documentId', 'year'],
);

export const CREATE_TASK_LOCATIONS = statement(
  'CREATE_TASK_LOCATIONS',
  'Links tasks to the places they are located in.',
  'UNWIND $rows AS r MATCH (t:Task {id: r.subjectId}) MATCH (p:Place {id: r.placeId}) ' +
    `CREATE (t)-[:LOCATED_IN {documentId: $documentId, year: $year, ${EVIDENCE}}]->(p)`,
  ['rows', 'documentId', 'year'],
);

export const CREATE_PROJECT_LOCATIONS = statement(
  'CREATE_PROJECT_LOCATIONS',
  'Links projects to the places they are located in, as read from this document.',
  'UNWIND $rows AS r MATCH (j:Project {id: r.subjectId}) MATCH (p:Place {id: r.placeId}) ' +
    `CREATE (j)-[:LOCATED_IN {documentId: $documentId, year: $year, ${EVIDENCE}}]->(p)`,
  ['rows', 'documentId', 'year'],
);

export const CREATE_TARGETS = statement(
  'CREATE_TARGETS',
  'Creates numeric targets, each linked from its task. The value travels as text: Kùzu mis-reads lists mixing whole and fractional numbers.',
  {
    kuzu:
      'UNWIND $rows AS r MATCH (t:Task {id: r.taskId}) CREATE (t)-[:SETS]->(g:Target {id: r.id, documentId: $documentId, ' +
      `taskId: r.taskId, metric: r.metric, value: CAST(r.value AS DOUBLE), unit: r.unit, comparator: r.comparator, year: $year, ${EVIDENCE}})`,
    neo4j:
      'UNWIND $rows AS r MATCH (t:Task {id: r.taskId}) CREATE (t)-[:SETS]->(g:Target {id: r.id, documentId: $documentId, ' +
      `taskId: r.taskId, metric: r.metric, value: toFloat(r.value), unit: r.unit, comparator: r.comparator, year: $year, ${EVIDENCE}})`,
  },
  ['rows', 'documentId', 'year'],
);

export const CREATE_CO_RESPONSIBILITY = statement(
  'CREATE_CO_RESPONSIBILITY',
  'Stores, per unit pair, how many of this document\'s tasks both are responsible for (a.id < b.id).',
  'UNWIND $rows AS r MATCH (a:Unit {id: r.a}) MATCH (b:Unit {id: r.b}) ' +
    'CREATE (a)-[:CO_RESPONSIBLE {documentId: $documentId, year: $year, region: $region, shared: r.shared}]->(b)',
  ['rows', 'documentId', 'year', 'region'],
);

export const PAIRS_OF_DOCUMENT = statement(
  'PAIRS_OF_DOCUMENT',
  'Which unit pairs a document counts shared tasks for (their totals change when it is replaced).',
  'MATCH (a:Unit)-[c:CO_RESPONSIBLE]->(b:Unit) WHERE c.documentId = $documentId RETURN a.id AS a, b.id AS b',
  ['documentId'],
);

export const DELETE_PAIR_TOTALS = statement(
  'DELETE_PAIR_TOTALS',
  'Removes the totals of these unit pairs (before they are recomputed).',
  'UNWIND $pairs AS p MATCH (a:Unit {id: p.a})-[t:CO_TOTAL]->(b:Unit {id: p.b}) DELETE t',
  ['pairs'],
);

export const PAIR_TOTALS_OUTSIDE_DOCUMENT = statement(
  'PAIR_TOTALS_OUTSIDE_DOCUMENT',
  'The shared-task counts and years of these unit pairs in documents other than $documentId (read before that document is replaced or removed).',
  'UNWIND $pairs AS p MATCH (a:Unit {id: p.a})-[c:CO_RESPONSIBLE]->(b:Unit {id: p.b}) WHERE c.documentId <> $documentId ' +
    'RETURN a.id AS a, b.id AS b, sum(c.shared) AS shared, collect(DISTINCT c.year) AS years',
  ['pairs', 'documentId'],
);

export const CREATE_PAIR_TOTALS = statement(
  'CREATE_PAIR_TOTALS',
  'Stores the totals of these unit pairs (computed by the loader).',
  'UNWIND $rows AS r MATCH (a:Unit {id: r.a}) MATCH (b:Unit {id: r.b}) CREATE (a)-[:CO_TOTAL {shared: r.shared, years: r.years}]->(b)',
  ['rows'],
);

export const READ_PAIR_TOTALS = statement(
  'READ_PAIR_TOTALS',
  'The stored pair totals starting at these units (a bulk load adds to them).',
  'UNWIND $ids AS key MATCH (a:Unit {id: key})-[t:CO_TOTAL]->(b:Unit) RETURN a.id AS a, b.id AS b, t.shared AS shared, t.years AS years',
  ['ids'],
);

export const READ_PROJECT_YEARS = statement(
  'READ_PROJECT_YEARS',
  'The stored years of these projects (a bulk load adds its documents\' years to them).',
  'UNWIND $ids AS key MATCH (p:Project {id: key}) RETURN p.id AS id, p.years AS years',
  ['ids'],
);

export const SET_PROJECT_YEARS = statement(
  'SET_PROJECT_YEARS',
  'Stores the distinct years each of these projects is mentioned in (as text, with their count).',
  'UNWIND $rows AS r MATCH (p:Project {id: r.id}) SET p.years = r.years, p.yearCount = r.yearCount',
  ['rows'],
);

export const PROJECTS_OF_DOCUMENT = statement(
  'PROJECTS_OF_DOCUMENT',
  'Which projects a document mentions (their year summaries change when it is replaced).',
  'MATCH (t:Task)-[:CONCERNS]->(p:Project) WHERE t.documentId = $documentId RETURN DISTINCT p.id AS id',
  ['documentId'],
);

export const MENTION_YEARS_OUTSIDE_DOCUMENT = statement(
  'MENTION_YEARS_OUTSIDE_DOCUMENT',
  'The distinct years each of these projects is mentioned in by documents other than $documentId (read before that document is replaced or removed).',
  'UNWIND $ids AS key MATCH (p:Project {id: key})<-[c:CONCERNS]-(:Task) WHERE c.documentId <> $documentId ' +
    'RETURN p.id AS id, collect(DISTINCT c.year) AS years',
  ['ids', 'documentId'],
);

export const MERGE_PLACE_PARENTS = statement(
  'MERGE_PLACE_PARENTS',
  'Links each place to its parent place (district → city, town → district).',
  'UNWIND $rows AS r MATCH (c:Place {id: r.id}) MATCH (p:Place {id: r.parentId}) MERGE (c)-[e:PART_OF]->(p) SET e.rule = r.rule',
  ['rows'],
);

export const MERGE_UNIT_PARENTS = statement(
  'MERGE_UNIT_PARENTS',
  'Links a unit to the unit that supervises it.',
  'UNWIND $rows AS r MATCH (c:Unit {id: r.fromId}) MATCH (p:Unit {id: r.toId}) MERGE (c)-[e:PART_OF]->(p) SET e.rule = r.rule',
  ['rows'],
);

export const MERGE_SUCCESSIONS = statement(
  'MERGE_SUCCESSIONS',
  'Links a renamed or merged unit to its successor, with the reform year.',
  'UNWIND $rows AS r MATCH (a:Unit {id: r.fromId}) MATCH (b:Unit {id: r.toId}) MERGE (a)-[e:SUCCEEDED_BY]->(b) ' +
    'SET e.year = r.year, e.rule = r.rule',
  ['rows'],
);

export const MERGE_ADMINISTERS = statement(
  'MERGE_ADMINISTERS',
  'Links a town or subdistrict government to the place it administers.',
  'UNWIND $rows AS r MATCH (u:Unit {id: r.id}) MATCH (p:Place {id: r.placeId}) MERGE (u)-[e:ADMINISTERS]->(p) SET e.rule = r.rule',
  ['rows'],
);

export const CLEAR_GRAPH = statement(
  'CLEAR_GRAPH',
  'Removes every node and edge (ingest --reset, tests).',
  'MATCH (n) DETACH DELETE n',
);
