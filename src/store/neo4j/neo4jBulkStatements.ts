import { statement } from '../cypher/Statement.js';

/*
 * Neo4j's bulk path: the per-document write statements (cypher/writeStatements.ts) with the
 * document's id, year and region on every row instead of as parameters, so one UNWIND carries
 * the rows of many documents. Neo4j only (Kùzu's bulk path copies CSV files instead).
 * They write exactly the properties the per-document statements write.
 */

const EVIDENCE = 'quote: r.quote, spanStart: r.spanStart, spanEnd: r.spanEnd, rule: r.rule';

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
  "Creates documents' tasks, each linked to its document.",
  'UNWIND $rows AS r MATCH (d:Document {id: r.documentId}) ' +
    'CREATE (t:Task {id: r.id, documentId: r.documentId, sectionId: r.sectionId, number: r.number, text: r.text, ' +
    `starred: r.starred, kind: r.kind, ordinal: r.ordinal, year: r.year, region: r.region, ${EVIDENCE}, ` +
    'deadlinePrinted: r.deadlinePrinted, deadlineDate: r.deadlineDate, deadlineKind: r.deadlineKind, deadlineRule: r.deadlineRule, ' +
    'deadlineStart: r.deadlineStart, deadlineEnd: r.deadlineEnd})-[:IN_DOCUMENT]->(d)',
  ['rows'],
);

export const BULK_CREATE_RESPONSIBILITIES = statement(
  'BULK_CREATE_RESPONSIBILITIES',
  'Links units to the tasks they are responsible for, with role, printed order and evidence.',
  'UNWIND $rows AS r MATCH (u:Unit {id: r.unitId}) MATCH (t:Task {id: r.taskId}) ' +
    'CREATE (u)-[:RESPONSIBLE_FOR {role: r.role, ord: r.ord, surface: r.surface, resolution: r.resolution, documentId: r.documentId, ' +
    `year: r.year, ${EVIDENCE}}]->(t)`,
  ['rows'],
);

export const BULK_CREATE_CO_RESPONSIBILITY = statement(
  'BULK_CREATE_CO_RESPONSIBILITY',
  "Stores, per unit pair and document, how many of the document's tasks both are responsible for (a.id < b.id).",
  'UNWIND $rows AS r MATCH (a:Unit {id: r.a}) MATCH (b:Unit {id: r.b}) ' +
    'CREATE (a)-[:CO_RESPONSIBLE {documentId: r.documentId, year: r.year, region: r.region, shared: r.shared}]->(b)',
  ['rows'],
);

export const BULK_CREATE_MENTIONS = statement(
  'BULK_CREATE_MENTIONS',
  'Links tasks to the projects they mention, with the surface form, status and evidence.',
  'UNWIND $rows AS r MATCH (t:Task {id: r.taskId}) MATCH (p:Project {id: r.projectId}) ' +
    `CREATE (t)-[:CONCERNS {surface: r.surface, resolution: r.resolution, status: r.status, documentId: r.documentId, year: r.year, ${EVIDENCE}}]->(p)`,
  ['rows'],
);

export const BULK_CREATE_TASK_LOCATIONS = statement(
  'BULK_CREATE_TASK_LOCATIONS',
  'Links tasks to the places they are located in.',
  'UNWIND $rows AS r MATCH (t:Task {id: r.subjectId}) MATCH (p:Place {id: r.placeId}) ' +
    `CREATE (t)-[:LOCATED_IN {documentId: r.documentId, year: r.year, ${EVIDENCE}}]->(p)`,
  ['rows'],
);

export const BULK_CREATE_PROJECT_LOCATIONS = statement(
  'BULK_CREATE_PROJECT_LOCATIONS',
  'Links projects to the places they are located in, as read from each document.',
  'UNWIND $rows AS r MATCH (j:Project {id: r.subjectId}) MATCH (p:Place {id: r.placeId}) ' +
    `CREATE (j)-[:LOCATED_IN {documentId: r.documentId, year: r.year, ${EVIDENCE}}]->(p)`,
  ['rows'],
);

export const BULK_CREATE_TARGETS = statement(
  'BULK_CREATE_TARGETS',
  'Creates numeric targets, each linked from its task (the value travels as text, as on the per-document path).',
  'UNWIND $rows AS r MATCH (t:Task {id: r.taskId}) CREATE (t)-[:SETS]->(:Target {id: r.id, documentId: r.documentId, ' +
    `taskId: r.taskId, metric: r.metric, value: toFloat(r.value), unit: r.unit, comparator: r.comparator, year: r.year, ${EVIDENCE}})`,
  ['rows'],
);

/** Every bulk statement, for the Cypher lint test. */
export const NEO4J_BULK_STATEMENTS = [
  BULK_STORED_DOCUMENTS, BULK_CREATE_DOCUMENTS, BULK_CREATE_SECTIONS, BULK_CREATE_TASKS, BULK_CREATE_RESPONSIBILITIES,
  BULK_CREATE_CO_RESPONSIBILITY, BULK_CREATE_MENTIONS, BULK_CREATE_TASK_LOCATIONS, BULK_CREATE_PROJECT_LOCATIONS,
  BULK_CREATE_TARGETS,
];
