import { nodesById, statement } from './Statement.js';

/*
 * Read statements shared by both backends. Every list is paged with SKIP/LIMIT
 * and has a COUNT twin taking the same filter; lookups by id take a list so a
 * request's loaders fetch a whole level in one round trip.
 */

export const PING = statement('PING', 'Is the store answering?', 'RETURN 1 AS ok');

export const DOCUMENT_FINGERPRINTS = statement(
  'DOCUMENT_FINGERPRINTS',
  'Which documents are loaded, and the content hash each was loaded from (to skip unchanged files).',
  'MATCH (d:Document) RETURN d.id AS id, d.file AS file, d.sha256 AS sha256, d.pipeline AS pipeline ORDER BY id',
);

const DOCUMENT_COLUMNS =
  'd.id AS id, d.file AS file, d.title AS title, d.year AS year, d.region AS region, d.genre AS genre, ' +
  'd.issuer AS issuer, d.date AS date, d.sha256 AS sha256, d.length AS length, d.inferred AS inferred, ' +
  'd.format AS format, d.encoding AS encoding, d.textSha256 AS textSha256';
const DOCUMENT_FILTER =
  'WHERE ($year IS NULL OR d.year = $year) AND ($region IS NULL OR d.region CONTAINS $region) ' +
  'AND ($genre IS NULL OR d.genre = $genre) AND ($yearFrom IS NULL OR d.year >= $yearFrom) ' +
  'AND ($yearTo IS NULL OR d.year <= $yearTo)';
const DOCUMENT_FILTER_PARAMS = ['year', 'region', 'genre', 'yearFrom', 'yearTo'] as const;

export const COUNT_DOCUMENTS = statement('COUNT_DOCUMENTS', 'How many documents match a filter?',
  `MATCH (d:Document) ${DOCUMENT_FILTER} RETURN count(d) AS total`, DOCUMENT_FILTER_PARAMS);
export const LIST_DOCUMENTS = statement('LIST_DOCUMENTS', 'One page of documents matching a filter, by year then id.',
  `MATCH (d:Document) ${DOCUMENT_FILTER} RETURN ${DOCUMENT_COLUMNS} ORDER BY year, id SKIP $offset LIMIT $limit`,
  [...DOCUMENT_FILTER_PARAMS, 'offset', 'limit']);
export const DOCUMENTS_BY_IDS = nodesById('DOCUMENTS_BY_IDS', 'Documents by id (loader).', 'd:Document', DOCUMENT_COLUMNS);

/** Canonical texts by document id (Document.text, Evidence.context); apart from DOCUMENT_COLUMNS so lists never carry them. */
export const DOCUMENT_TEXTS = nodesById('DOCUMENT_TEXTS', 'Canonical texts of documents by id.', 'd:Document', 'd.id AS id, d.text AS text');

const UNIT_COLUMNS = 'u.id AS id, u.name AS name, u.region AS region, u.kind AS kind, u.names AS names, u.placeId AS placeId, u.rule AS rule';
const UNIT_FILTER =
  'WHERE ($region IS NULL OR u.region CONTAINS $region) AND ($kind IS NULL OR u.kind = $kind) ' +
  'AND ($year IS NULL OR EXISTS { MATCH (u)-[y:RESPONSIBLE_FOR]->(:Task) WHERE y.year = $year }) ' +
  'AND ($nameContains IS NULL OR u.allNames CONTAINS $nameContains) ' +
  'AND ($documentId IS NULL OR EXISTS { MATCH (u)-[r:RESPONSIBLE_FOR]->(:Task) WHERE r.documentId = $documentId })';
const UNIT_FILTER_PARAMS = ['region', 'kind', 'nameContains', 'documentId', 'year'] as const;
const UNIT_MATCH = 'MATCH (u:Unit)';

export const COUNT_UNITS = statement('COUNT_UNITS', 'How many units match a filter?',
  `${UNIT_MATCH} ${UNIT_FILTER} RETURN count(u) AS total`, UNIT_FILTER_PARAMS);
/** Unit pages in each order the API offers (ORDER BY cannot be a parameter). */
export const LIST_UNITS = {
  NAME: statement('LIST_UNITS_BY_NAME', 'One page of units matching a filter, by name.',
    `${UNIT_MATCH} ${UNIT_FILTER} RETURN ${UNIT_COLUMNS} ORDER BY name, id SKIP $offset LIMIT $limit`,
    [...UNIT_FILTER_PARAMS, 'offset', 'limit']),
  TASKS_DESC: statement('LIST_UNITS_BY_TASKS', 'One page of units matching a filter, busiest first.',
    `${UNIT_MATCH} ${UNIT_FILTER} OPTIONAL MATCH (u)-[w:RESPONSIBLE_FOR]->(:Task) WITH u, count(w) AS workload ` +
      `RETURN ${UNIT_COLUMNS}, workload ORDER BY workload DESC, name, id SKIP $offset LIMIT $limit`,
    [...UNIT_FILTER_PARAMS, 'offset', 'limit']),
} as const;
export const UNITS_BY_IDS = nodesById('UNITS_BY_IDS', 'Units by id (loader).', 'u:Unit', UNIT_COLUMNS);

// What a drawing of many units needs: their aliases (a list each) are most of a unit row's transfer.
const UNIT_SUMMARY_COLUMNS = 'u.id AS id, u.name AS name, u.region AS region, u.kind AS kind';
export const UNIT_SUMMARIES_BY_IDS = nodesById('UNIT_SUMMARIES_BY_IDS', 'Name, region and kind of units by id.',
  'u:Unit', UNIT_SUMMARY_COLUMNS);

export const TASK_COLUMNS =
  't.id AS id, t.documentId AS documentId, t.sectionId AS sectionId, t.number AS number, t.text AS text, ' +
  't.starred AS starred, t.kind AS kind, t.ordinal AS ordinal, t.year AS year, t.region AS region, ' +
  't.quote AS quote, t.spanStart AS spanStart, t.spanEnd AS spanEnd, t.rule AS rule, ' +
  't.deadlinePrinted AS deadlinePrinted, t.deadlineDate AS deadlineDate, t.deadlineKind AS deadlineKind, ' +
  't.deadlineRule AS deadlineRule, t.deadlineStart AS deadlineStart, t.deadlineEnd AS deadlineEnd';
const TASK_FILTER =
  'WHERE ($year IS NULL OR t.year = $year) AND ($documentId IS NULL OR t.documentId = $documentId) ' +
  'AND ($yearFrom IS NULL OR t.year >= $yearFrom) AND ($yearTo IS NULL OR t.year <= $yearTo) ' +
  'AND ($region IS NULL OR t.region CONTAINS $region) AND ($kind IS NULL OR t.kind = $kind) ' +
  'AND ($starred IS NULL OR t.starred = $starred) AND ($textContains IS NULL OR t.text CONTAINS $textContains) ' +
  'AND (($unitId IS NULL AND $role IS NULL) OR EXISTS { MATCH (x:Unit)-[y:RESPONSIBLE_FOR]->(t) ' +
  'WHERE ($unitId IS NULL OR x.id = $unitId) AND ($role IS NULL OR y.role = $role) }) ' +
  'AND ($genre IS NULL OR EXISTS { MATCH (t)-[:IN_DOCUMENT]->(g:Document) WHERE g.genre = $genre }) ' +
  'AND ($projectId IS NULL OR EXISTS { MATCH (t)-[:CONCERNS]->(j:Project) WHERE j.id = $projectId }) ' +
  'AND ($placeId IS NULL OR EXISTS { MATCH (t)-[:LOCATED_IN]->(l:Place) WHERE l.id = $placeId }) ' +
  // ISO dates compare as text; a task without a dated deadline is never due before anything.
  'AND ($dueBefore IS NULL OR (t.deadlineDate IS NOT NULL AND t.deadlineDate <= $dueBefore))';
const TASK_FILTER_PARAMS = [
  'year', 'yearFrom', 'yearTo', 'documentId', 'region', 'kind', 'starred', 'textContains', 'unitId', 'role', 'genre',
  'projectId', 'placeId', 'dueBefore',
] as const;

export const COUNT_TASKS = statement('COUNT_TASKS', 'How many tasks match a filter?',
  `MATCH (t:Task) ${TASK_FILTER} RETURN count(t) AS total`, TASK_FILTER_PARAMS);
/** Task pages in each order the API offers (ORDER BY cannot be a parameter). */
export const LIST_TASKS = {
  DOCUMENT_ORDER: statement('LIST_TASKS', 'One page of tasks matching a filter, oldest year first, in document order.',
    `MATCH (t:Task) ${TASK_FILTER} RETURN ${TASK_COLUMNS} ORDER BY year, documentId, ordinal SKIP $offset LIMIT $limit`,
    [...TASK_FILTER_PARAMS, 'offset', 'limit']),
  YEAR_DESC: statement('LIST_TASKS_NEWEST', 'One page of tasks matching a filter, newest year first, in document order.',
    `MATCH (t:Task) ${TASK_FILTER} RETURN ${TASK_COLUMNS} ORDER BY year DESC, documentId, ordinal SKIP $offset LIMIT $limit`,
    [...TASK_FILTER_PARAMS, 'offset', 'limit']),
} as const;
export const TASKS_BY_IDS = nodesById('TASKS_BY_IDS', 'Tasks by id (loader).', 't:Task', TASK_COLUMNS);

// From the pairs' units along their edges, not by task id: Kùzu then reads the columns of the
// reached tasks only (a semi-mask on the task scan). Looking a long id list up hashes every row
// of the task table with all its text columns (at 1M tasks: +700 MB and ~0.5 s per lookup).
// The units are matched as two lists; the caller keeps the pairs it asked for, drops repeats and
// applies the scope: `$year IS NULL OR …` in the WHERE made Kùzu 2.3× slower (80 → 187 ms at 100k).
// `a <> b`: both embedded engines may match one edge twice in a pattern (quirk EDGE-REUSE-IN-PATTERN, store/kuzu/quirks.ts).
export const TASKS_SHARED_BY = statement('TASKS_SHARED_BY', 'Which tasks do units of $as share with units of $bs (whole rows)?',
  `MATCH (a:Unit)-[:RESPONSIBLE_FOR]->(t:Task)<-[:RESPONSIBLE_FOR]-(b:Unit) WHERE a.id IN $as AND b.id IN $bs AND a <> b RETURN a.id AS a, b.id AS b, ${TASK_COLUMNS}`,
  ['as', 'bs']);

const SECTION_COLUMNS =
  's.id AS id, s.documentId AS documentId, s.parentId AS parentId, s.number AS number, s.title AS title, s.level AS level, ' +
  's.ordinal AS ordinal, s.quote AS quote, s.spanStart AS spanStart, s.spanEnd AS spanEnd, s.rule AS rule';
export const SECTIONS_BY_IDS = nodesById('SECTIONS_BY_IDS', 'Sections by id (loader).', 's:Section', SECTION_COLUMNS);

export const RESPONSIBILITY_COLUMNS =
  't.id AS taskId, u.id AS unitId, r.role AS role, r.ord AS ord, r.surface AS surface, r.resolution AS resolution, r.documentId AS documentId, ' +
  'r.year AS year, r.quote AS quote, r.spanStart AS spanStart, r.spanEnd AS spanEnd, r.rule AS rule';

/**
 * The same lookup for long id lists: Kùzu tests `x.id IN $ids` against the whole list for
 * every row (2.3 s for 2,500 ids at 100k tasks) but joins an UNWIND-ed list (0.1 s).
 */
/** The same lookup for long id lists. */
export const RESPONSIBILITIES_BY_MANY_TASKS = statement('RESPONSIBILITIES_BY_MANY_TASKS',
  'RESPONSIBILITIES_BY_TASKS for a long id list.',
  `UNWIND $ids AS key MATCH (u:Unit)-[r:RESPONSIBLE_FOR]->(t:Task {id: key}) RETURN ${RESPONSIBILITY_COLUMNS} ORDER BY taskId, ord`,
  ['ids']);

export const RESPONSIBILITIES_BY_TASKS = statement('RESPONSIBILITIES_BY_TASKS',
  'Who is responsible for each of these tasks, in printed order, with evidence (loader).',
  `MATCH (u:Unit)-[r:RESPONSIBLE_FOR]->(t:Task) WHERE t.id IN $ids RETURN ${RESPONSIBILITY_COLUMNS} ORDER BY taskId, ord`, ['ids']);

/*
 * A project's tasks and who is responsible for them, reached from the project: at 100k tasks,
 * the busiest project's 89 tasks and 129 responsibilities in 2–4 ms, against 20–90 ms to look
 * the same tasks up by id.
 */
export const TASKS_OF_PROJECTS = statement('TASKS_OF_PROJECTS',
  'The tasks that concern each of these projects (whole rows).',
  `MATCH (p:Project)<-[:CONCERNS]-(t:Task) WHERE p.id IN $ids RETURN DISTINCT p.id AS projectId, ${TASK_COLUMNS}`, ['ids']);

export const RESPONSIBILITIES_OF_PROJECTS = statement('RESPONSIBILITIES_OF_PROJECTS',
  'Who is responsible for the tasks that concern each of these projects, in printed order, with evidence.',
  'MATCH (p:Project)<-[:CONCERNS]-(t:Task)<-[r:RESPONSIBLE_FOR]-(u:Unit) WHERE p.id IN $ids ' +
    `RETURN DISTINCT ${RESPONSIBILITY_COLUMNS} ORDER BY taskId, ord`, ['ids']);

const TASK_IDS_COLUMNS =
  'RETURN DISTINCT u.id AS unitId, t.id AS taskId, t.year AS year, t.region AS region, t.documentId AS documentId, ' +
  't.ordinal AS ordinal ORDER BY unitId, year DESC, documentId, ordinal';

export const TASK_IDS_BY_MANY_UNITS = statement('TASK_IDS_BY_MANY_UNITS', 'TASK_IDS_BY_UNITS for a long id list.',
  `UNWIND $ids AS key MATCH (u:Unit {id: key})-[:RESPONSIBLE_FOR]->(t:Task) ${TASK_IDS_COLUMNS}`, ['ids']);

export const TASK_IDS_BY_UNITS = statement('TASK_IDS_BY_UNITS',
  'Which tasks each of these units is responsible for, newest first (loader; pages are cut per unit).',
  'MATCH (u:Unit)-[:RESPONSIBLE_FOR]->(t:Task) WHERE u.id IN $ids ' +
    'RETURN DISTINCT u.id AS unitId, t.id AS taskId, t.year AS year, t.region AS region, t.documentId AS documentId, ' +
    't.ordinal AS ordinal ORDER BY unitId, year DESC, documentId, ordinal', ['ids']);

export const COUNT_BY_LABEL = statement('COUNT_BY_LABEL', 'How many nodes and edges of each kind the graph holds.',
  'MATCH (d:Document) WITH count(d) AS documents ' +
    'OPTIONAL MATCH (s:Section) WITH documents, count(s) AS sections ' +
    'OPTIONAL MATCH (t:Task) WITH documents, sections, count(t) AS tasks ' +
    'OPTIONAL MATCH (u:Unit) WITH documents, sections, tasks, count(u) AS units ' +
    'OPTIONAL MATCH (p:Project) WITH documents, sections, tasks, units, count(p) AS projects ' +
    'OPTIONAL MATCH (l:Place) WITH documents, sections, tasks, units, projects, count(l) AS places ' +
    'OPTIONAL MATCH (g:Target) WITH documents, sections, tasks, units, projects, places, count(g) AS targets ' +
    'OPTIONAL MATCH ()-[r:RESPONSIBLE_FOR]->() WITH documents, sections, tasks, units, projects, places, targets, count(r) AS responsibilities ' +
    'OPTIONAL MATCH ()-[c:CONCERNS]->() WITH documents, sections, tasks, units, projects, places, targets, responsibilities, count(c) AS mentions ' +
    'OPTIONAL MATCH (n:Person) WITH documents, sections, tasks, units, projects, places, targets, responsibilities, mentions, count(n) AS persons ' +
    'OPTIONAL MATCH ()-[a:ASSIGNED_TO]->() ' +
    'RETURN documents, sections, tasks, units, projects, places, targets, responsibilities, mentions, persons, count(a) AS assignments');

export const TARGET_COLUMNS =
  'g.id AS id, t.id AS taskId, g.documentId AS documentId, g.metric AS metric, g.value AS value, g.unit AS unit, ' +
  'g.comparator AS comparator, g.year AS year, g.quote AS quote, g.spanStart AS spanStart, g.spanEnd AS spanEnd, g.rule AS rule';

export const TARGETS_BY_IDS = statement('TARGETS_BY_IDS', 'Targets by id (loader).',
  `UNWIND $ids AS key MATCH (t:Task)-[:SETS]->(g:Target {id: key}) RETURN ${TARGET_COLUMNS}`, ['ids']);

export const TARGETS_BY_MANY_TASKS = statement('TARGETS_BY_MANY_TASKS', 'TARGETS_BY_TASKS for a long id list.',
  `UNWIND $ids AS key MATCH (t:Task {id: key})-[:SETS]->(g:Target) RETURN ${TARGET_COLUMNS} ORDER BY taskId, spanStart`, ['ids']);

export const TARGETS_BY_TASKS = statement('TARGETS_BY_TASKS', 'The numeric targets each of these tasks sets (loader).',
  `MATCH (t:Task)-[:SETS]->(g:Target) WHERE t.id IN $ids RETURN ${TARGET_COLUMNS} ORDER BY taskId, spanStart`, ['ids']);
