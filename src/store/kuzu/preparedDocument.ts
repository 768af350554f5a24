import type { ExtractedDocument } from '../../model/records.js';
import { DutyGraphError, ErrorCode } from '../../errors.js';
import { isPrepared, type BulkDocument, type BulkFormat } from '../bulkFormat.js';
import { NODE_TABLES, REL_TABLES } from '../graphModel.js';
import {
  assignmentRows, coResponsibilityRows, documentParams, locationRows, mentionRows, responsibilityRows, sectionRows, targetRows,
  taskRows,
} from '../cypher/documentRows.js';
import { csvLine, spansLines } from './CsvStaging.js';
import type { RowSink } from './RowSink.js';

/** What the shared-entity merge of a bulk load reads from a document. */
export type SharedParts = Pick<ExtractedDocument, 'document' | 'units' | 'projects' | 'places' | 'unitRelations' | 'persons'>;

/**
 * A document made ready for Kùzu's bulk path: its own nodes and edges as CSV text per staged
 * file, and the little the load still needs from it (shared entities, unit-pair counts).
 * Plain data, so a worker thread can prepare it and send it to the loading thread as strings,
 * which cost far less to pass than the extracted document's objects.
 */
export interface KuzuPreparedDocument {
  format: typeof KUZU_CSV.name;
  files: PreparedFile[];
  shared: SharedParts;
  pairs: Array<{ a: string; b: string; shared: number }>;
  tasks: number;
}

/** One staged file's rows from one document. */
export interface PreparedFile {
  /** The staged file's name (a node table, or `TYPE.From.To` for a rel table's end labels). */
  name: string;
  /** CSV lines, each ending in a newline. */
  text: string;
  rows: number;
  /** Whether a value spans lines (Kùzu's parallel CSV reader cannot split those). */
  multiline: boolean;
}

/** The bulk format KuzuRunner declares: this module prepares documents in it (prepareForBulk, on worker threads). */
export const KUZU_CSV = { name: 'kuzu-csv', preparer: import.meta.url } as const satisfies BulkFormat;

/** The KUZU_CSV preparer (bulkFormat.ts loads it by the format's `preparer`). */
export function prepareForBulk(doc: ExtractedDocument, pipeline: string): KuzuPreparedDocument {
  return prepareKuzuDocument(doc, pipeline);
}

/** A bulk input as the bulk path stages it: prepared here when extracted; one prepared in another format is refused. */
export function kuzuPrepared(doc: BulkDocument, pipeline: string): KuzuPreparedDocument {
  if (!isPrepared(doc)) return prepareKuzuDocument(doc, pipeline);
  if (doc.format !== KUZU_CSV.name) {
    throw new DutyGraphError(ErrorCode.StoreFailed, `The kuzu store takes documents prepared as ${KUZU_CSV.name} (got one prepared as ${doc.format})`);
  }
  return doc as KuzuPreparedDocument;
}

/** Prepares one extracted document for the bulk path (pure: runs on any thread). */
export function prepareKuzuDocument(doc: ExtractedDocument, pipeline: string): KuzuPreparedDocument {
  const files = new DocumentFiles();
  const pairs = coResponsibilityRows(doc);
  stageDocument(files, doc, pipeline, pairs);
  const { document, units, projects, places, unitRelations, persons = [] } = doc;
  return { format: KUZU_CSV.name, files: files.list(), shared: { document, units, projects, places, unitRelations, persons }, pairs, tasks: doc.tasks.length };
}

/** The staged file of a rel table's rows between two end labels. */
export function relFileName(type: string, [from, to]: [string, string]): string {
  return `${type}.${from}.${to}`;
}

/** Adds a rel row: its two ends, then its properties in the model's column order. */
export function stageRel(sink: RowSink, type: string, ends: [string, string], from: string, to: string, row: Record<string, unknown> = {}): void {
  const columns = COLUMNS.get(type)!;
  const values = new Array<unknown>(columns.length + 2);
  values[0] = from;
  values[1] = to;
  for (let i = 0; i < columns.length; i++) values[i + 2] = row[columns[i]!] ?? null;
  sink.add(relFileName(type, ends), values);
}

// Private: one document's rows, gathered per file.
class DocumentFiles implements RowSink {
  private readonly files = new Map<string, { lines: string[]; multiline: boolean }>();

  add(name: string, values: readonly unknown[]): void {
    let file = this.files.get(name);
    if (!file) this.files.set(name, (file = { lines: [], multiline: false }));
    const line = csvLine(values);
    if (!file.multiline && spansLines(line)) file.multiline = true;
    file.lines.push(line);
  }

  list(): PreparedFile[] {
    return [...this.files].map(([name, f]) => ({ name, text: f.lines.join(''), rows: f.lines.length, multiline: f.multiline }));
  }
}

// Private: a row's values in the model's column order for a table (rel rows: from, to, then properties).
const COLUMNS = new Map<string, string[]>([
  ...NODE_TABLES.map((t) => [t.label, Object.keys(t.properties)] as [string, string[]]),
  ...REL_TABLES.map((t) => [t.type, Object.keys(t.properties)] as [string, string[]]),
]);

/** Adds a node row: its properties in the model's column order. */
export function stageNode(sink: RowSink, table: string, row: Record<string, unknown>): void {
  const columns = COLUMNS.get(table)!;
  const values = new Array<unknown>(columns.length);
  for (let i = 0; i < columns.length; i++) values[i] = row[columns[i]!] ?? null;
  sink.add(table, values);
}

// Private: a document's own nodes and edges, as CSV rows.
function stageDocument(sink: RowSink, doc: ExtractedDocument, pipeline: string, pairs: ReturnType<typeof coResponsibilityRows>): void {
  const { id: documentId, year, region } = doc.document;
  stageNode(sink, 'Document', documentParams(doc, pipeline));
  for (const s of sectionRows(doc)) {
    stageNode(sink, 'Section', Object.assign(s, { documentId }));
    stageRel(sink, 'IN_DOCUMENT', ['Section', 'Document'], s.id, documentId);
    if (s.parentId !== null) stageRel(sink, 'SUBSECTION_OF', ['Section', 'Section'], s.id, s.parentId);
  }
  for (const t of taskRows(doc)) {
    stageNode(sink, 'Task', Object.assign(t, { documentId, year, region }));
    stageRel(sink, 'IN_DOCUMENT', ['Task', 'Document'], t.id, documentId);
    if (t.sectionId !== null) stageRel(sink, 'IN_SECTION', ['Task', 'Section'], t.id, t.sectionId);
  }
  for (const g of targetRows(doc)) {
    stageNode(sink, 'Target', Object.assign(g, { value: Number(g.value), documentId, year }));
    stageRel(sink, 'SETS', ['Task', 'Target'], g.taskId, g.id);
  }
  const scope = { documentId, year };
  for (const r of responsibilityRows(doc)) stageRel(sink, 'RESPONSIBLE_FOR', ['Unit', 'Task'], r.unitId, r.taskId, Object.assign(r, scope));
  for (const a of assignmentRows(doc)) stageRel(sink, 'ASSIGNED_TO', ['Person', 'Task'], a.personId, a.taskId, Object.assign(a, scope));
  for (const m of mentionRows(doc)) stageRel(sink, 'CONCERNS', ['Task', 'Project'], m.taskId, m.projectId, Object.assign(m, scope));
  for (const l of locationRows(doc, 'TASK')) stageRel(sink, 'LOCATED_IN', ['Task', 'Place'], l.subjectId, l.placeId, Object.assign(l, scope));
  for (const l of locationRows(doc, 'PROJECT')) stageRel(sink, 'LOCATED_IN', ['Project', 'Place'], l.subjectId, l.placeId, Object.assign(l, scope));
  for (const p of pairs) stageRel(sink, 'CO_RESPONSIBLE', ['Unit', 'Unit'], p.a, p.b, { shared: p.shared, documentId, year, region });
}
