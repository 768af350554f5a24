import { nodesById, statement } from './Statement.js';

/*
 * Reads for persons (责任领导, 责任人, 联系人 named on tasks) and their ASSIGNED_TO edges: lookups by
 * id lists, one round trip per level of a GraphQL query.
 */

const PERSON_COLUMNS = 'n.id AS id, n.name AS name, n.title AS title, n.region AS region, n.rule AS rule';

export const PERSONS_BY_IDS = nodesById('PERSONS_BY_IDS', 'Persons by id (loader).', 'n:Person', PERSON_COLUMNS);

export const ASSIGNMENT_COLUMNS =
  'n.id AS personId, t.id AS taskId, r.role AS role, r.ord AS ord, r.surface AS surface, r.documentId AS documentId, r.year AS year, ' +
  'r.quote AS quote, r.spanStart AS spanStart, r.spanEnd AS spanEnd, r.rule AS rule, t.ordinal AS ordinal';

export const ASSIGNMENTS_BY_TASKS = statement('ASSIGNMENTS_BY_TASKS',
  'Who is named on each of these tasks (leaders, persons in charge, contacts), in printed order, with evidence (loader).',
  `MATCH (n:Person)-[r:ASSIGNED_TO]->(t:Task) WHERE t.id IN $ids RETURN ${ASSIGNMENT_COLUMNS} ORDER BY taskId, ord`, ['ids']);

export const ASSIGNMENTS_BY_MANY_TASKS = statement('ASSIGNMENTS_BY_MANY_TASKS', 'ASSIGNMENTS_BY_TASKS for a long id list.',
  `UNWIND $ids AS key MATCH (n:Person)-[r:ASSIGNED_TO]->(t:Task {id: key}) RETURN ${ASSIGNMENT_COLUMNS} ORDER BY taskId, ord`, ['ids']);

export const ASSIGNMENTS_BY_PERSONS = statement('ASSIGNMENTS_BY_PERSONS',
  'The tasks each of these persons is named on, newest first, with role and evidence (loader; pages are cut per person).',
  `UNWIND $ids AS key MATCH (n:Person {id: key})-[r:ASSIGNED_TO]->(t:Task) RETURN ${ASSIGNMENT_COLUMNS} ` +
    'ORDER BY personId, year DESC, documentId, ordinal', ['ids']);
