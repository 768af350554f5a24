import { nodesById, statement } from './Statement.js';

/*
 * Reads for projects, places, mentions, targets and unit relations: lookups by
 * id lists (one round trip per level of a GraphQL query) and filtered pages.
 */

export const PROJECT_COLUMNS =
  'p.id AS id, p.name AS name, p.region AS region, p.kind AS kind, p.names AS names, p.rule AS rule';

export const PROJECTS_BY_IDS = nodesById('PROJECTS_BY_IDS', 'Projects by id (loader).', 'p:Project', PROJECT_COLUMNS);

// Mentions are matched at the top level (Kùzu loses parameters used only inside an EXISTS
// with other conditions), then each project is kept once; the name parameter is bound to a
// variable because Kùzu cannot read a parameter inside a list predicate (quirk KUZU-PARAM-IN-LIST-PREDICATE).
const PROJECT_FILTER =
  'MATCH (p:Project)<-[c:CONCERNS]-(:Task) ' +
  'WHERE ($region IS NULL OR p.region CONTAINS $region) AND p.kind IN $kinds ' +
  'AND ($yearFrom IS NULL OR c.year >= $yearFrom) AND ($yearTo IS NULL OR c.year <= $yearTo) ' +
  'AND ($documentId IS NULL OR c.documentId = $documentId) ' +
  'AND ($nameContains IS NULL OR p.allNames CONTAINS $nameContains) ' +
  'AND ($placeId IS NULL OR EXISTS { MATCH (p)-[:LOCATED_IN]->(l:Place) WHERE l.id = $placeId }) ' +
  'WITH DISTINCT p';
const PROJECT_FILTER_PARAMS = ['region', 'kinds', 'nameContains', 'placeId', 'yearFrom', 'yearTo', 'documentId'] as const;

export const COUNT_PROJECTS = statement('COUNT_PROJECTS', 'How many projects match a filter?',
  `${PROJECT_FILTER} RETURN count(p) AS total`, PROJECT_FILTER_PARAMS);

/** Project pages in each order the API offers (ORDER BY cannot be a parameter). */
export const LIST_PROJECTS = {
  NAME: statement('LIST_PROJECTS_BY_NAME', 'One page of projects matching a filter, by name.',
    `${PROJECT_FILTER} RETURN ${PROJECT_COLUMNS} ORDER BY name, id SKIP $offset LIMIT $limit`,
    [...PROJECT_FILTER_PARAMS, 'offset', 'limit']),
  MENTIONS_DESC: statement('LIST_PROJECTS_BY_MENTIONS', 'One page of projects matching a filter, most mentioned first.',
    `${PROJECT_FILTER} MATCH (p)<-[m:CONCERNS]-(:Task) WITH p, count(m) AS mentions ` +
      `RETURN ${PROJECT_COLUMNS}, mentions ORDER BY mentions DESC, id SKIP $offset LIMIT $limit`,
    [...PROJECT_FILTER_PARAMS, 'offset', 'limit']),
  YEARS_DESC: statement('LIST_PROJECTS_BY_YEARS', 'One page of projects matching a filter, mentioned in most years first.',
    `${PROJECT_FILTER} MATCH (p)<-[m:CONCERNS]-(:Task) WITH p, count(DISTINCT m.year) AS years ` +
      `RETURN ${PROJECT_COLUMNS}, years ORDER BY years DESC, id SKIP $offset LIMIT $limit`,
    [...PROJECT_FILTER_PARAMS, 'offset', 'limit']),
} as const;

export const MENTION_COLUMNS =
  'p.id AS projectId, t.id AS taskId, c.documentId AS documentId, c.year AS year, c.surface AS surface, c.resolution AS resolution, ' +
  'c.status AS status, c.quote AS quote, c.spanStart AS spanStart, c.spanEnd AS spanEnd, c.rule AS rule';

export const MENTIONS_BY_PROJECTS = statement('MENTIONS_BY_PROJECTS',
  'Every mention of each of these projects, by year then document order (loader).',
  `MATCH (t:Task)-[c:CONCERNS]->(p:Project) WHERE p.id IN $ids RETURN ${MENTION_COLUMNS} ` +
    'ORDER BY projectId, year, documentId, t.ordinal', ['ids']);

export const MENTIONS_BY_TASKS = statement('MENTIONS_BY_TASKS', 'The projects each of these tasks mentions (loader).',
  `MATCH (t:Task)-[c:CONCERNS]->(p:Project) WHERE t.id IN $ids RETURN ${MENTION_COLUMNS} ORDER BY taskId, spanStart`,
  ['ids']);

export const MENTIONS_BY_MANY_TASKS = statement('MENTIONS_BY_MANY_TASKS', 'MENTIONS_BY_TASKS for a long id list.',
  `UNWIND $ids AS key MATCH (t:Task {id: key})-[c:CONCERNS]->(p:Project) RETURN ${MENTION_COLUMNS} ORDER BY taskId, spanStart`,
  ['ids']);

export const UNITS_BY_PROJECTS = statement('UNITS_BY_PROJECTS',
  'Units responsible for tasks that concern each of these projects (loader).',
  'MATCH (u:Unit)-[:RESPONSIBLE_FOR]->(:Task)-[:CONCERNS]->(p:Project) WHERE p.id IN $ids ' +
    'RETURN DISTINCT p.id AS projectId, u.id AS unitId ORDER BY projectId, unitId', ['ids']);

const PLACE_COLUMNS =
  'l.id AS id, l.name AS name, l.kind AS kind, l.parentId AS parentId, l.names AS names, l.code AS code';

export const PLACES_BY_IDS = nodesById('PLACES_BY_IDS', 'Places by id (loader).', 'l:Place', PLACE_COLUMNS);

const PLACE_FILTER =
  'MATCH (l:Place) WHERE ($kind IS NULL OR l.kind = $kind) ' +
  'AND ($parentId IS NULL OR l.parentId = $parentId) ' +
  'AND ($nameContains IS NULL OR l.allNames CONTAINS $nameContains)';
const PLACE_FILTER_PARAMS = ['kind', 'parentId', 'nameContains'] as const;

export const COUNT_PLACES = statement('COUNT_PLACES', 'How many places match a filter?',
  `${PLACE_FILTER} RETURN count(l) AS total`, PLACE_FILTER_PARAMS);
export const LIST_PLACES = statement('LIST_PLACES', 'One page of places matching a filter, by name.',
  `${PLACE_FILTER} RETURN ${PLACE_COLUMNS} ORDER BY name, id SKIP $offset LIMIT $limit`,
  [...PLACE_FILTER_PARAMS, 'offset', 'limit']);

export const CHILD_PLACES = statement('CHILD_PLACES', 'Places directly within each of these places (loader).',
  'MATCH (c:Place)-[:PART_OF]->(l:Place) WHERE l.id IN $ids RETURN l.id AS parentId, c.id AS id ORDER BY parentId, c.name',
  ['ids']);

export const LOCATIONS_OF = statement('LOCATIONS_OF', 'The places each of these tasks or projects is located in (loader).',
  'MATCH (s)-[r:LOCATED_IN]->(l:Place) WHERE s.id IN $ids ' +
    'RETURN DISTINCT s.id AS subjectId, l.id AS placeId ORDER BY subjectId, placeId', ['ids']);

export const LOCATED_HERE = statement('LOCATED_HERE',
  'The tasks and projects located in each of these places, with the evidence (loader).',
  'MATCH (s)-[r:LOCATED_IN]->(l:Place) WHERE l.id IN $ids ' +
    'RETURN l.id AS placeId, s.id AS subjectId, r.documentId AS documentId, r.year AS year, r.quote AS quote, ' +
    'r.spanStart AS spanStart, r.spanEnd AS spanEnd, r.rule AS rule ORDER BY placeId, year, subjectId', ['ids']);

const unitRelations = (typeOf: string) =>
  'MATCH (a:Unit)-[r:PART_OF|SUCCEEDED_BY]->(b:Unit) WHERE a.id IN $ids OR b.id IN $ids ' +
  `RETURN a.id AS fromId, b.id AS toId, ${typeOf} AS kind, r.year AS year, r.rule AS rule`;

export const UNIT_RELATIONS = statement('UNIT_RELATIONS',
  'Supervision (PART_OF) and reform (SUCCEEDED_BY) edges touching each of these units, both directions (loader).',
  { kuzu: unitRelations('label(r)'), neo4j: unitRelations('type(r)') }, ['ids']);

export const ADMINISTERED_PLACES = statement('ADMINISTERED_PLACES',
  'Which place each of these units governs, and which unit governs each of these places (loader).',
  'MATCH (u:Unit)-[:ADMINISTERS]->(l:Place) WHERE u.id IN $ids OR l.id IN $ids RETURN u.id AS unitId, l.id AS placeId',
  ['ids']);

// The printed forms a node was joined from: one row per (surface, rule, document), with how often.
const surfaceColumns = (node: string, edge: string) =>
  `${node}.id AS nodeId, ${edge}.surface AS surface, ${edge}.resolution AS rule, ${edge}.documentId AS documentId, count(*) AS uses`;

export const UNIT_SURFACES = statement('UNIT_SURFACES',
  'Every printed name each of these units was resolved from, the rule that joined it, and the documents printing it (loader, merges).',
  `MATCH (u:Unit)-[r:RESPONSIBLE_FOR]->(:Task) WHERE u.id IN $ids RETURN ${surfaceColumns('u', 'r')}`, ['ids']);

export const PROJECT_SURFACES = statement('PROJECT_SURFACES',
  'Every printed name each of these projects was resolved from, the rule that joined it, and the documents printing it (loader, merges).',
  `MATCH (:Task)-[c:CONCERNS]->(p:Project) WHERE p.id IN $ids RETURN ${surfaceColumns('p', 'c')}`, ['ids']);
