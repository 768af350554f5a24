import { statement } from '../cypher/Statement.js';

/*
 * Neo4j's bulk path: the per-document write statements (cypher/writeStatements.ts) with the
 * document's id, year and region on every row instead of as parameters, so one UNWIND carries
 * the rows of many documents. Neo4j only (Kùzu's bulk path copies CSV files instead).
 * They write exactly the properties the per-document statements write.
 */

// Private: the evidence columns of the row variable `v`.
function evidence(v: string): string {
  return `quote: ${v}.quote, spanStart: ${v}.spanStart, spanEnd: ${v}.spanEnd, rule: ${v}.rule`;
}

const EVIDENCE = evidence('r');

export const BULK_STORED_DOCUMENTS = statement(
  'BULK_STORED_DOCUMENTS',
  'Which of these documents are stored already (a bulk load takes new documents only).',
  'UNWIND $ids AS key MATCH (d:Document {id: key}) RETURN d.id AS id',
  ['ids'],
);

export const BULK_CREATE_DOCUMENTS = statement(
  'BULK_CREATE_DOCUMENTS',
  'Creates document nodes.',
  'UNWIND $rows AS r CREATE (:Document {id: r.id, file: r.file, title: r.title, year: r.year, region: r.region, genre: r.genre, ' +
    'issuer: r.issuer, date: r.date, sha256: r.sha256, length: r.length, inferred: r.inferred, pipeline: r.pipeline, ' +
    'format: r.format, encoding: r.encoding, textSha256: r.textSha256, text: r.text})',
  ['rows'],
);

export const BULK_CREATE_SECTIONS = statement(
  'BULK_CREATE_SECTIONS',
  "Creates documents' sections, each linked to its document.",
  'UNWIND $rows AS r MATCH (d:Document {id: r.documentId}) ' +
    'CREATE (s:Section {id: r.id, documentId: r.documentId, parentId: r.parentId, number: r.number, title: r.title, ' +
    `level: r.level, ordinal: r.ordinal, ${EVIDENCE}})-[:IN_DOCUMENT]->(d)`,
  ['rows'],
);

export const BULK_CREATE_TASKS = statement(
  'BULK_CREATE_TASKS',
  "Creates documents' tasks, each linked to its document and section, with the task's responsibilities, project mentions, " +
    'places and targets carried on its row (each edge found from the task just created, not looked up again by id).',
  'UNWIND $rows AS r MATCH (d:Document {id: r.documentId}) ' +
    'CREATE (t:Task {id: r.id, documentId: r.documentId, sectionId: r.sectionId, number: r.number, text: r.text, ' +
    `starred: r.starred, kind: r.kind, ordinal: r.ordinal, year: r.year, region: r.region, ${EVIDENCE}, ` +
    'deadlinePrinted: r.deadlinePrinted, deadlineDate: r.deadlineDate, deadlineKind: r.deadlineKind, deadlineRule: r.deadlineRule, ' +
    'deadlineStart: r.deadlineStart, deadlineEnd: r.deadlineEnd})-[:IN_DOCUMENT]->(d) ' +
    'WITH t, r ' +
    'CALL (t, r) { WITH t, r WHERE r.sectionId IS NOT NULL MATCH (s:Section {id: r.sectionId}) CREATE (t)-[:IN_SECTION]->(s) } ' +
    'CALL (t, r) { UNWIND r.responsibilities AS e MATCH (u:Unit {id: e.unitId}) ' +
    'CREATE (u)-[:RESPONSIBLE_FOR {role: e.role, ord: e.ord, surface: e.surface, resolution: e.resolution, documentId: r.documentId, ' +
    `year: r.year, ${evidence('e')}}]->(t) } ` +
    'CALL (t, r) { UNWIND r.mentions AS e MATCH (p:Project {id: e.projectId}) ' +
    `CREATE (t)-[:CONCERNS {surface: e.surface, resolution: e.resolution, status: e.status, documentId: r.documentId, year: r.year, ${evidence('e')}}]->(p) } ` +
    'CALL (t, r) { UNWIND r.locations AS e MATCH (p:Place {id: e.placeId}) ' +
    `CREATE (t)-[:LOCATED_IN {documentId: r.documentId, year: r.year, ${evidence('e')}}]->(p) } ` +
    'CALL (t, r) { UNWIND r.targets AS e CREATE (t)-[:SETS]->(:Target {id: e.id, documentId: r.documentId, ' +
    `taskId: t.id, metric: e.metric, value: toFloat(e.value), unit: e.unit, comparator: e.comparator, year: r.year, ${evidence('e')}}) }`,
  ['rows'],
);

export const BULK_CREATE_CO_RESPONSIBILITY = statement(
  'BULK_CREATE_CO_RESPONSIBILITY',
  "Stores, per unit pair and document, how many of the document's tasks both are responsible for (a.id < b.id).",
  'UNWIND $rows AS r MATCH (a:Unit {id: r.a}) MATCH (b:Unit {id: r.b}) ' +
    'CREATE (a)-[:CO_RESPONSIBLE {documentId: r.documentId, year: r.year, region: r.region, shared: r.shared}]->(b)',
  ['rows'],
);

export const BULK_CREATE_ASSIGNMENTS = statement(
  'BULK_CREATE_ASSIGNMENTS',
  "Links persons to the tasks of each document they are named on, with role, printed order and evidence.",
  'UNWIND $rows AS r MATCH (n:Person {id: r.personId}) MATCH (t:Task {id: r.taskId}) ' +
    `CREATE (n)-[:ASSIGNED_TO {role: r.role, ord: r.ord, surface: r.surface, documentId: r.documentId, year: r.year, ${EVIDENCE}}]->(t)`,
  ['rows'],
);

export const BULK_CREATE_PROJECT_LOCATIONS = statement(
  'BULK_CREATE_PROJECT_LOCATIONS',
  'Links projects to the places they are located in, as read from each document.',
  'UNWIND $rows AS r MATCH (j:Project {id: r.subjectId}) MATCH (p:Place {id: r.placeId}) ' +
    `CREATE (j)-[:LOCATED_IN {documentId: r.documentId, year: r.year, ${EVIDENCE}}]->(p)`,
  ['rows'],
);

/** Every bulk statement, for the Cypher lint test. */
export const NEO4J_BULK_STATEMENTS = [
  BULK_STORED_DOCUMENTS, BULK_CREATE_DOCUMENTS, BULK_CREATE_SECTIONS, BULK_CREATE_TASKS, BULK_CREATE_CO_RESPONSIBILITY,
  BULK_CREATE_ASSIGNMENTS, BULK_CREATE_PROJECT_LOCATIONS,
];
