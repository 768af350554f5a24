import { NODE_TABLES, REL_TABLES } from '../graphModel.js';
import { statement, type Statement } from './Statement.js';
import { PROJECT_COLUMNS } from './entityStatements.js';

/*
 * The analysts' questions: shared tasks, recurring projects, subgraphs, search
 * and statistics. Aggregates over the whole graph read the CO_RESPONSIBLE
 * counts precomputed at load time instead of joining RESPONSIBLE_FOR with itself.
 */

// Collective placeholders (各相关单位, 区直各部门) share tasks with everyone: left out unless asked for.
const NO_COLLECTIVES = "($includeCollectives OR (a.kind <> 'COLLECTIVE' AND b.kind <> 'COLLECTIVE'))";
const PAIR_FILTER =
  '($year IS NULL OR c.year = $year) AND ($region IS NULL OR c.region CONTAINS $region) ' +
  `AND ($documentId IS NULL OR c.documentId = $documentId) AND ${NO_COLLECTIVES}`;
// Years are collected afterwards for the returned pairs only (PAIR_YEARS): collecting them for
// every pair made the global ranking three times slower.
const PAIR_RETURN =
  'WITH a.id AS a, b.id AS b, sum(c.shared) AS shared ' +
  'WHERE shared >= $minShared RETURN a, b, shared ORDER BY shared DESC, a, b LIMIT $limit';
const PAIR_PARAMS = ['year', 'region', 'documentId', 'minShared', 'limit', 'includeCollectives'] as const;

const TOTAL_RETURN =
  'WITH a.id AS a, b.id AS b, t.shared AS shared, t.years AS years RETURN a, b, shared, years ORDER BY shared DESC, a, b LIMIT $limit';

export const SHARED_PAIRS_TOTAL = statement('SHARED_PAIRS_TOTAL',
  'Which unit pairs share the most tasks over the whole corpus (precomputed totals)?',
  `MATCH (a:Unit)-[t:CO_TOTAL]->(b:Unit) WHERE t.shared >= $minShared AND ${NO_COLLECTIVES} ${TOTAL_RETURN}`,
  ['minShared', 'limit', 'includeCollectives']);

export const SHARED_PAIRS_TOTAL_OF_UNIT = statement('SHARED_PAIRS_TOTAL_OF_UNIT',
  "Which units share the most tasks with this unit over the whole corpus (precomputed totals)?",
  `MATCH (a:Unit)-[t:CO_TOTAL]-(b:Unit) WHERE a.id = $unitId AND t.shared >= $minShared AND ${NO_COLLECTIVES} ${TOTAL_RETURN}`,
  ['unitId', 'minShared', 'limit', 'includeCollectives']);

export const SHARED_PAIRS = statement('SHARED_PAIRS',
  'Which unit pairs share the most tasks (global or filtered by year, region, document)?',
  `MATCH (a:Unit)-[c:CO_RESPONSIBLE]->(b:Unit) WHERE ${PAIR_FILTER} ${PAIR_RETURN}`, PAIR_PARAMS);

export const SHARED_PAIRS_OF_UNIT = statement('SHARED_PAIRS_OF_UNIT',
  "Which units share the most tasks with this unit (its partners)?",
  `MATCH (a:Unit)-[c:CO_RESPONSIBLE]-(b:Unit) WHERE a.id = $unitId AND ${PAIR_FILTER} ${PAIR_RETURN}`,
  ['unitId', ...PAIR_PARAMS]);

export const SHARED_PAIRS_AMONG = statement('SHARED_PAIRS_AMONG', 'Which pairs among these units share tasks?',
  `MATCH (a:Unit)-[c:CO_RESPONSIBLE]->(b:Unit) WHERE a.id IN $unitIds AND b.id IN $unitIds AND ${PAIR_FILTER} ${PAIR_RETURN}`,
  ['unitIds', ...PAIR_PARAMS]);

export const PAIR_YEARS = statement('PAIR_YEARS',
  'In which years do pairs among these units share tasks (within the same filter)? The caller keeps the pairs it asked for.',
  // One query over the pairs' units, filtered to the asked pairs by the caller: matching each pair
  // (UNWIND $pairs … {id: p.a} … {id: p.b}) was several times slower on Kùzu.
  'MATCH (a:Unit)-[c:CO_RESPONSIBLE]->(b:Unit) WHERE a.id IN $ids AND b.id IN $ids AND ' + PAIR_FILTER + ' ' +
    'RETURN a.id AS a, b.id AS b, collect(DISTINCT c.year) AS years',
  ['ids', 'year', 'region', 'documentId', 'includeCollectives']);

// Both return the whole project row, so a request needs no second lookup to name the projects.
export const RECURRING_PROJECTS_ALL_YEARS = statement('RECURRING_PROJECTS_ALL_YEARS',
  'Which projects are mentioned in at least $minYears distinct years (no year range: read the precomputed summaries)?',
  'MATCH (p:Project) WHERE p.yearCount >= $minYears AND ($region IS NULL OR p.region CONTAINS $region) AND p.kind IN $kinds ' +
    `RETURN ${PROJECT_COLUMNS}, p.years AS years ORDER BY p.yearCount DESC, name, id LIMIT $limit`,
  ['region', 'kinds', 'minYears', 'limit']);

export const RECURRING_PROJECTS = statement('RECURRING_PROJECTS',
  'Which projects are mentioned in at least $minYears distinct years (within a year range, region and kinds)?',
  'MATCH (p:Project)<-[c:CONCERNS]-(:Task) WHERE ($region IS NULL OR p.region CONTAINS $region) AND p.kind IN $kinds ' +
    'AND ($fromYear IS NULL OR c.year >= $fromYear) AND ($toYear IS NULL OR c.year <= $toYear) ' +
    'WITH p, collect(DISTINCT c.year) AS years WHERE size(years) >= $minYears ' +
    `RETURN ${PROJECT_COLUMNS}, years ORDER BY size(years) DESC, name, id`,
  ['region', 'kinds', 'fromYear', 'toYear', 'minYears']);

/** Relationships derived at load time (pair counts): not part of any node's neighbourhood. */
const DERIVED = ['CO_RESPONSIBLE', 'CO_TOTAL'];
const notDerived = (typeOf: string) => DERIVED.map((t) => `${typeOf} <> '${t}'`).join(' AND ');

const HOP_RETURN = (source: string, target: string, typeOf: string, labelOf: string) =>
  `RETURN ${source}.id AS source, ${target}.id AS target, ${typeOf} AS type, b.id AS id, ${labelOf} AS kind, ` +
  'coalesce(b.name, b.title, b.metric, b.text) AS label, b.year AS nodeYear, r.year AS year, r.role AS role, ' +
  'r.documentId AS documentId ORDER BY coalesce(year, nodeYear, 0) DESC, id, type, source, target LIMIT $limit';

// One direction of a hop from nodes of one label (a labelled start lets Kùzu look ids up in
// that table instead of scanning every table; Kùzu 0.11.3 also crashes on the UNION ALL of both
// directions, so each direction is its own statement: quirk KUZU-UNION-ALL-HOPS).
const hop = (direction: 'out' | 'in', typeOf: string, labelOf: string, start: string, match: (pattern: string) => string) => {
  const [pattern, source, target] = direction === 'out' ? [`${start}-[r]->(b)`, 'a', 'b'] : [`${start}<-[r]-(b)`, 'b', 'a'];
  return `${match(pattern)} ${notDerived(typeOf)} ${HOP_RETURN(source, target, typeOf, labelOf)}`;
};

function hops(direction: 'out' | 'in', many: boolean): Record<string, Statement> {
  return Object.fromEntries(
    NODE_TABLES.map((t) => {
      const text = (typeOf: string, labelOf: string) => many
        ? hop(direction, typeOf, labelOf, `(a:${t.label} {id: key})`, (p) => `UNWIND $ids AS key MATCH ${p} WHERE`)
        : hop(direction, typeOf, labelOf, `(a:${t.label})`, (p) => `MATCH ${p} WHERE a.id IN $ids AND`);
      const list = statement(`NEIGHBOURS_${direction.toUpperCase()}_${t.label.toUpperCase()}${many ? '_MANY' : ''}`,
        `Edges ${direction === 'out' ? 'leaving' : 'entering'} these ${t.label} nodes, with the far node's kind and label.`,
        { kuzu: text('label(r)', 'label(b)'), neo4j: text('type(r)', 'labels(b)[0]') },
        ['ids', 'limit']);
      return [t.label, list];
    }),
  );
}

/** One hop around nodes of each label, every relationship but the derived pair counts. */
export const NEIGHBOURS = {
  few: { out: hops('out', false), in: hops('in', false) },
  many: { out: hops('out', true), in: hops('in', true) },
} as const;

/** The relationship types (not derived) joining nodes of two labels, either way. */
function typesBetween(x: string, y: string): string[] {
  return REL_TABLES.filter((r) => !DERIVED.includes(r.type) && r.ends.some(([f, t]) => (f === x && t === y) || (f === y && t === x)))
    .map((r) => r.type);
}

/*
 * The next level of a neighbourhood: one hop from nodes that are all neighbours of `$via`.
 * Starting from `$via` (one primary-key lookup) and following its edges reaches them without
 * scanning their table: at 100k tasks, 200 tasks around the busiest unit in 8–12 ms against
 * 180–190 ms for `a.id IN $ids` over every task. The first hop names its relationship types
 * (a predicate on it made Kùzu plan a scan again). A node joined to `$via` by two edges
 * comes back twice: the store drops repeated rows.
 */
function anchoredHops(): Record<string, { out: Statement; in: Statement }> {
  const out: Record<string, { out: Statement; in: Statement }> = {};
  for (const via of NODE_TABLES) {
    for (const next of NODE_TABLES) {
      const types = typesBetween(via.label, next.label);
      if (types.length === 0) continue;
      const start = `(s:${via.label} {id: $via})-[:${types.join('|')}]-(a:${next.label})`;
      const text = (direction: 'out' | 'in', typeOf: string, labelOf: string) =>
        hop(direction, typeOf, labelOf, start, (p) => `MATCH ${p} WHERE a.id IN $ids AND`);
      // Neo4j never binds one relationship twice within a MATCH pattern, so in one pattern the
      // edge from `$via` itself would be missing from the next hop: two MATCH clauses on Neo4j.
      const neo4jText = (direction: 'out' | 'in') =>
        hop(direction, 'type(r)', 'labels(b)[0]', `(a:${next.label})`, (p) => `MATCH ${start} MATCH ${p} WHERE a.id IN $ids AND`);
      const one = (direction: 'out' | 'in') => statement(
        `NEIGHBOURS_${direction.toUpperCase()}_${next.label.toUpperCase()}_VIA_${via.label.toUpperCase()}`,
        `Edges ${direction === 'out' ? 'leaving' : 'entering'} these ${next.label} nodes, all neighbours of one ${via.label}.`,
        { kuzu: text(direction, 'label(r)', 'label(b)'), neo4j: neo4jText(direction) },
        ['via', 'ids', 'limit']);
      out[`${via.label}>${next.label}`] = { out: one('out'), in: one('in') };
    }
  }
  return out;
}

/** NEIGHBOURS for nodes reached from one node, keyed `<its label>><their label>`. */
export const NEIGHBOURS_VIA = anchoredHops();

const nodeSummaries = (labelOf: string) =>
  `MATCH (b) WHERE b.id IN $ids RETURN b.id AS id, ${labelOf} AS kind, coalesce(b.name, b.title, b.metric, b.text) AS label, ` +
  'b.year AS nodeYear';

export const NODE_SUMMARIES = statement('NODE_SUMMARIES', 'Kind and label of any nodes by id (subgraph seeds).',
  { kuzu: nodeSummaries('label(b)'), neo4j: nodeSummaries('labels(b)[0]') }, ['ids']);

/** NODE_SUMMARIES for nodes of one label (ids name their label by prefix): looked up in that table only. */
export const NODE_SUMMARIES_OF = Object.fromEntries(NODE_TABLES.map((t) => {
  const columns = (labelOf: string) => {
    const label = ['name', 'title', 'metric', 'text'].filter((p) => p in t.properties).map((p) => `b.${p}`);
    const year = 'year' in t.properties ? 'b.year' : 'null';
    return `RETURN b.id AS id, ${labelOf} AS kind, ${label.length > 1 ? `coalesce(${label.join(', ')})` : label[0] ?? 'b.id'} AS label, ${year} AS nodeYear`;
  };
  const list = statement(`NODE_SUMMARIES_${t.label.toUpperCase()}`, `Kind and label of these ${t.label} nodes.`,
    { kuzu: `UNWIND $ids AS key MATCH (b:${t.label} {id: key}) ${columns('label(b)')}`, neo4j: `UNWIND $ids AS key MATCH (b:${t.label} {id: key}) ${columns('labels(b)[0]')}` },
    ['ids']);
  return [t.label, list];
})) as Record<string, Statement>;

export const SEARCH = {
  Unit: statement('SEARCH_UNITS', 'Units whose name or an alias contains the text.',
    'MATCH (n:Unit) WHERE n.allNames CONTAINS $text ' +
      'RETURN n.id AS id, n.name AS label, n.names AS names, n.region AS context LIMIT $limit', ['text', 'limit']),
  Person: statement('SEARCH_PERSONS', 'Persons whose name contains the text.',
    'MATCH (n:Person) WHERE n.name CONTAINS $text ' +
      'RETURN n.id AS id, n.name AS label, [n.name] AS names, n.region AS context LIMIT $limit', ['text', 'limit']),
  Project: statement('SEARCH_PROJECTS', 'Projects whose name or an alias contains the text.',
    'MATCH (n:Project) WHERE n.allNames CONTAINS $text ' +
      'RETURN n.id AS id, n.name AS label, n.names AS names, n.region AS context LIMIT $limit', ['text', 'limit']),
  Place: statement('SEARCH_PLACES', 'Places whose name or an alias contains the text.',
    'MATCH (n:Place) WHERE n.allNames CONTAINS $text ' +
      'RETURN n.id AS id, n.name AS label, n.names AS names, n.kind AS context LIMIT $limit', ['text', 'limit']),
  Document: statement('SEARCH_DOCUMENTS', 'Documents whose title contains the text.',
    'MATCH (n:Document) WHERE n.title CONTAINS $text ' +
      'RETURN n.id AS id, n.title AS label, [n.title] AS names, n.region AS context, n.id AS documentId LIMIT $limit', ['text', 'limit']),
  Task: statement('SEARCH_TASKS', 'Tasks whose text contains the text, newest first.',
    'MATCH (n:Task) WHERE n.text CONTAINS $text ' +
      'RETURN n.id AS id, n.text AS label, [n.text] AS names, n.region AS context, n.documentId AS documentId ' +
        'ORDER BY n.year DESC, n.id LIMIT $limit',
    ['text', 'limit']),
} as const;

/**
 * The same searches for a text of two or more Han characters only, where Neo4j can answer from
 * its full-text indexes (neo4jSchema.ts, analyzer `cjk`: overlapping bigrams of each CJK run).
 * Every substring of ≥ 2 Han characters of a name is then the phrase of its consecutive bigrams,
 * so the index finds every node CONTAINS would (no miss), and the CONTAINS that follows keeps
 * exactly CONTAINS's rows: the same candidates as the scan and as Kùzu, ranked by the API
 * (rankSearch) alike. Shorter or mixed texts (one character, Latin, digits, punctuation) keep
 * the scan: the analyzer splits Latin and digit words whole and drops English stop words, so
 * the index could miss them. The text needs no Lucene escaping: it is Han characters only.
 */
const fullText = (index: string, where: string, rest: string, order = '') => ({
  kuzu: `MATCH (n) WHERE ${where} ${rest}${order} LIMIT $limit`,
  neo4j: `CALL db.index.fulltext.queryNodes('${index}', '"' + $text + '"') YIELD node AS n WITH n WHERE ${where} ${rest}${order} LIMIT $limit`,
});
export const SEARCH_INDEXED = {
  Unit: statement('SEARCH_UNITS_INDEXED', 'Units whose name or an alias contains the text (Han only, ≥ 2): full-text index on Neo4j.',
    withLabel(fullText('unit_search', 'n.allNames CONTAINS $text', 'RETURN n.id AS id, n.name AS label, n.names AS names, n.region AS context'), 'Unit'), ['text', 'limit']),
  Person: statement('SEARCH_PERSONS_INDEXED', 'Persons whose name contains the text (Han only, ≥ 2): full-text index on Neo4j.',
    withLabel(fullText('person_search', 'n.name CONTAINS $text', 'RETURN n.id AS id, n.name AS label, [n.name] AS names, n.region AS context'), 'Person'), ['text', 'limit']),
  Project: statement('SEARCH_PROJECTS_INDEXED', 'Projects whose name or an alias contains the text (Han only, ≥ 2): full-text index on Neo4j.',
    withLabel(fullText('project_search', 'n.allNames CONTAINS $text', 'RETURN n.id AS id, n.name AS label, n.names AS names, n.region AS context'), 'Project'), ['text', 'limit']),
  Place: statement('SEARCH_PLACES_INDEXED', 'Places whose name or an alias contains the text (Han only, ≥ 2): full-text index on Neo4j.',
    withLabel(fullText('place_search', 'n.allNames CONTAINS $text', 'RETURN n.id AS id, n.name AS label, n.names AS names, n.kind AS context'), 'Place'), ['text', 'limit']),
  Document: statement('SEARCH_DOCUMENTS_INDEXED', 'Documents whose title contains the text (Han only, ≥ 2): full-text index on Neo4j.',
    withLabel(fullText('document_search', 'n.title CONTAINS $text', 'RETURN n.id AS id, n.title AS label, [n.title] AS names, n.region AS context, n.id AS documentId'), 'Document'), ['text', 'limit']),
  Task: statement('SEARCH_TASKS_INDEXED', 'Tasks whose text contains the text, newest first (Han only, ≥ 2): full-text index on Neo4j.',
    withLabel(fullText('task_search', 'n.text CONTAINS $text', 'RETURN n.id AS id, n.text AS label, [n.text] AS names, n.region AS context, n.documentId AS documentId', ' ORDER BY n.year DESC, n.id'), 'Task'),
    ['text', 'limit']),
} as const;

/** Texts SEARCH_INDEXED answers (see there). */
export const INDEXED_SEARCH_TEXT = /^\p{Script=Han}{2,}$/u;

// Private: Kùzu's scan names the label in its MATCH; Neo4j's index belongs to one label already.
function withLabel(c: { kuzu: string; neo4j: string }, label: string): { kuzu: string; neo4j: string } {
  return { kuzu: c.kuzu.replace('MATCH (n)', `MATCH (n:${label})`), neo4j: c.neo4j };
}

export const STATS_BY_YEAR = statement('STATS_BY_YEAR', 'How many documents and tasks each year has.',
  // Tasks of a document without a year are no year's (never a year-0 or null row).
  'MATCH (t:Task) WHERE t.year IS NOT NULL WITH t.year AS year, count(t) AS tasks, count(DISTINCT t.documentId) AS documents ' +
    'RETURN year, documents, tasks ORDER BY year');

export const STATS_BY_REGION = statement('STATS_BY_REGION', 'How many documents, tasks and units each region has.',
  'MATCH (t:Task) WITH t.region AS region, count(t) AS tasks, count(DISTINCT t.documentId) AS documents ' +
    'OPTIONAL MATCH (u:Unit) WHERE u.region = region WITH region, tasks, documents, count(u) AS units ' +
    'RETURN region, documents, tasks, units ORDER BY region');
