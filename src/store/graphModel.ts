/**
 * The graph's node and relationship tables, declared once, in engine-neutral types: each
 * engine's schema is generated from them (typed tables, or uniqueness constraints and
 * indexes), and the Cypher lint test checks every statement's labels,
 * relationship types and property keys against it.
 */

import type { NodeLabel } from '../model/nodeKinds.js';

export type PropertyType = 'STRING' | 'INT64' | 'DOUBLE' | 'BOOLEAN' | 'STRING[]' | 'INT64[]';

export interface NodeTable {
  /** One node kind's label (src/model/nodeKinds.ts): the type makes a table of no kind a compile error. */
  label: NodeLabel;
  properties: Record<string, PropertyType>;
  /** Properties looked up often enough to deserve an index where the engine indexes properties besides the id. */
  indexed: string[];
}

export interface RelTable {
  type: string;
  /** Every (from label, to label) pair the relationship connects. */
  ends: Array<[NodeLabel, NodeLabel]>;
  properties: Record<string, PropertyType>;
}

/*
 * Units, projects and places keep their names twice: as a list (\`names\`) and joined
 * with newlines (\`allNames\`), so substring search is one CONTAINS on a text, never a list
 * predicate (why: quirk KUZU-LIST-PREDICATE-AT-SCALE in store/kuzu/quirks.ts).
 */

/** Evidence stored on an edge or a document-owned node. */
const evidence = { quote: 'STRING', spanStart: 'INT64', spanEnd: 'INT64', rule: 'STRING' } as const;

export const NODE_TABLES: NodeTable[] = [
  {
    label: 'Document',
    properties: {
      id: 'STRING', file: 'STRING', title: 'STRING', year: 'INT64', region: 'STRING', genre: 'STRING',
      issuer: 'STRING', date: 'STRING', sha256: 'STRING', length: 'INT64', inferred: 'STRING', pipeline: 'STRING',
      // How the file was read, and the canonical text every evidence offset points into (issue 18).
      format: 'STRING', encoding: 'STRING', textSha256: 'STRING', text: 'STRING',
    },
    indexed: ['file', 'year', 'region'],
  },
  {
    label: 'Section',
    properties: {
      id: 'STRING', documentId: 'STRING', parentId: 'STRING', number: 'STRING', title: 'STRING',
      level: 'INT64', ordinal: 'INT64', ...evidence,
    },
    indexed: ['documentId'],
  },
  {
    label: 'Task',
    properties: {
      id: 'STRING', documentId: 'STRING', sectionId: 'STRING', number: 'STRING', text: 'STRING',
      starred: 'BOOLEAN', kind: 'STRING', ordinal: 'INT64', year: 'INT64', region: 'STRING', ...evidence,
      // The deadline printed with the task, normalised (ISO date text compares in date order).
      deadlinePrinted: 'STRING', deadlineDate: 'STRING', deadlineKind: 'STRING', deadlineRule: 'STRING',
      deadlineStart: 'INT64', deadlineEnd: 'INT64',
    },
    indexed: ['documentId', 'year', 'region'],
  },
  {
    label: 'Unit',
    properties: {
      id: 'STRING', name: 'STRING', region: 'STRING', kind: 'STRING', names: 'STRING[]', allNames: 'STRING', placeId: 'STRING',
      rule: 'STRING',
    },
    indexed: ['name', 'region'],
  },
  {
    label: 'Project',
    properties: {
      id: 'STRING', name: 'STRING', region: 'STRING', kind: 'STRING', names: 'STRING[]', allNames: 'STRING', rule: 'STRING',
      // Precomputed at load time from its mentions: "which projects recur" reads these instead of
      // aggregating every CONCERNS edge. `years` is text ('2019,2021,2024', see projectYears.ts), not
      // a list property updated in place (why: quirk KUZU-STALE-LIST-PROPERTY in store/kuzu/quirks.ts).
      years: 'STRING', yearCount: 'INT64',
    },
    indexed: ['name', 'region'],
  },
  {
    label: 'Place',
    properties: {
      id: 'STRING', name: 'STRING', kind: 'STRING', parentId: 'STRING', names: 'STRING[]', allNames: 'STRING', code: 'STRING',
    },
    indexed: ['name'],
  },
  {
    // A person named on tasks (责任领导:张三): one per region and name, like units; never a unit.
    label: 'Person',
    properties: { id: 'STRING', name: 'STRING', title: 'STRING', region: 'STRING', rule: 'STRING' },
    indexed: ['name', 'region'],
  },
  {
    label: 'Target',
    properties: {
      id: 'STRING', documentId: 'STRING', taskId: 'STRING', metric: 'STRING', value: 'DOUBLE', unit: 'STRING',
      comparator: 'STRING', year: 'INT64', ...evidence,
    },
    indexed: ['documentId'],
  },
];

/** Properties an extracted edge carries so an auditor can check it against the source. */
const edgeEvidence = { documentId: 'STRING', year: 'INT64', ...evidence } as const;

export const REL_TABLES: RelTable[] = [
  {
    type: 'RESPONSIBLE_FOR',
    ends: [['Unit', 'Task']],
    // resolution: the rule that joined the printed name (surface) to the unit (see `npm run merges`).
    properties: { role: 'STRING', ord: 'INT64', surface: 'STRING', resolution: 'STRING', ...edgeEvidence },
  },
  {
    type: 'ASSIGNED_TO',
    ends: [['Person', 'Task']],
    // role: what the label or column printing the name means (LEADER, PERSON_IN_CHARGE, CONTACT).
    properties: { role: 'STRING', ord: 'INT64', surface: 'STRING', ...edgeEvidence },
  },
  { type: 'IN_SECTION', ends: [['Task', 'Section']], properties: {} },
  { type: 'IN_DOCUMENT', ends: [['Section', 'Document'], ['Task', 'Document']], properties: {} },
  { type: 'SUBSECTION_OF', ends: [['Section', 'Section']], properties: {} },
  {
    type: 'CONCERNS',
    ends: [['Task', 'Project']],
    properties: { surface: 'STRING', resolution: 'STRING', status: 'STRING', ...edgeEvidence },
  },
  { type: 'LOCATED_IN', ends: [['Task', 'Place'], ['Project', 'Place']], properties: { ...edgeEvidence } },
  { type: 'PART_OF', ends: [['Place', 'Place'], ['Unit', 'Unit']], properties: { rule: 'STRING' } },
  { type: 'ADMINISTERS', ends: [['Unit', 'Place']], properties: { rule: 'STRING' } },
  { type: 'SETS', ends: [['Task', 'Target']], properties: {} },
  { type: 'SUCCEEDED_BY', ends: [['Unit', 'Unit']], properties: { year: 'INT64', rule: 'STRING' } },
  {
    // Precomputed at load time (one edge per unit pair per document, a.id < b.id): how many of the
    // document's tasks both units are responsible for. Answers "which units share tasks" without the
    // pairwise self-join over RESPONSIBLE_FOR, and is replaced with its document.
    type: 'CO_RESPONSIBLE',
    ends: [['Unit', 'Unit']],
    properties: { documentId: 'STRING', year: 'INT64', region: 'STRING', shared: 'INT64' },
  },
  {
    // The per-pair total over all documents (a.id < b.id), kept in step with CO_RESPONSIBLE
    // whenever a document is loaded, replaced or removed: the unfiltered "which units share the
    // most tasks" reads one edge per pair instead of summing every document's counts.
    type: 'CO_TOTAL',
    ends: [['Unit', 'Unit']],
    properties: { shared: 'INT64', years: 'INT64[]' },
  },
];

/** Every property key used anywhere in the model. */
export function propertyKeys(): string[] {
  const keys = new Set<string>();
  for (const table of [...NODE_TABLES, ...REL_TABLES]) for (const key of Object.keys(table.properties)) keys.add(key);
  return [...keys].sort();
}
