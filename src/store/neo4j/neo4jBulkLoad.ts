import { DutyGraphError, ErrorCode } from '../../errors.js';
import type { ExtractedDocument } from '../../model/records.js';
import { isPrepared, type BulkDocument } from '../bulkFormat.js';
import type { TxRunner } from '../TxRunner.js';
import type { LoadOptions } from '../rows.js';
import {
  assignmentRows, coResponsibilityRows, documentParams, locationRows, mentionRows, responsibilityRows, sectionRows, targetRows, taskRows,
} from '../cypher/documentRows.js';
import { addPairCounts, addStoredCounts, writePairTotals, type PairTotals } from '../cypher/pairTotals.js';
import { addYears, decodeYears, writeProjectYears, type ProjectYears } from '../cypher/projectYears.js';
import { SharedEntities } from '../cypher/SharedEntities.js';
import type { Statement } from '../cypher/Statement.js';
import * as W from '../cypher/writeStatements.js';
import * as B from './neo4jBulkStatements.js';

/**
 * Tasks per transaction. A transaction's state lives on Neo4j's heap (the launcher gives it
 * 1 GB): 10k tasks with their ~30k edges hold well under a tenth of it, and larger chunks
 * gained little (each statement already carries thousands of rows).
 */
export const NEO4J_BULK_CHUNK_TASKS = 10_000;

/** Rows per UNWIND statement. */
const ROWS_PER_STATEMENT = 5_000;

/**
 * Neo4j's bulk path: documents in chunks of about `bulkChunkTasks` tasks, one transaction each,
 * every kind of fact of the whole chunk written by one UNWIND per 5,000 rows (instead of a dozen
 * statements per document). A failure keeps nothing of its chunk; the chunks before it stay.
 * The documents must be new: a chunk naming a stored document fails whole, as on Kùzu.
 *
 * Not `CALL { … } IN TRANSACTIONS`: its inner transactions commit on their own, so a failure
 * would leave part of a document behind; chunks of whole documents keep each one atomic.
 */
export async function neo4jBulkLoad(
  write: <T>(work: (tx: TxRunner) => Promise<T>) => Promise<T>,
  docs: AsyncIterable<BulkDocument> | Iterable<BulkDocument>,
  options: LoadOptions = {},
): Promise<number> {
  const limit = options.bulkChunkTasks ?? NEO4J_BULK_CHUNK_TASKS;
  let loaded = 0;
  let chunk: ExtractedDocument[] = [];
  let tasks = 0;
  for await (const doc of docs) {
    if (isPrepared(doc)) {
      throw new DutyGraphError(ErrorCode.StoreFailed, `The neo4j store takes extracted documents only (got one prepared as ${doc.format})`);
    }
    chunk.push(doc);
    tasks += doc.tasks.length;
    if (tasks >= limit) {
      loaded += await write((tx) => loadChunk(tx, chunk, options));
      chunk = [];
      tasks = 0;
    }
  }
  if (chunk.length > 0) loaded += await write((tx) => loadChunk(tx, chunk, options));
  return loaded;
}

// Private: one chunk in one transaction. The summaries (project years, pair totals) are the
// stored ones plus the chunk's own counts, computed here, never read back (as on Kùzu).
async function loadChunk(tx: TxRunner, docs: readonly ExtractedDocument[], options: LoadOptions): Promise<number> {
  const ids = docs.map((d) => d.document.id);
  const stored = await tx.run(B.BULK_STORED_DOCUMENTS, { ids });
  if (stored.length > 0) {
    throw new DutyGraphError(ErrorCode.StoreFailed, `bulk load: document ${String(stored[0]!.id)} is stored already (a bulk load takes new documents only)`);
  }
  const shared = new SharedEntities();
  const years: ProjectYears = new Map();
  const pairs: PairTotals = new Map();
  const rows = new Rows();
  for (const doc of docs) {
    const { id: documentId, year, region } = doc.document;
    shared.add(doc);
    addYears(years, doc.projects.map((p) => p.id), year === null ? [] : [year]);
    const docPairs = coResponsibilityRows(doc);
    addPairCounts(pairs, docPairs, year);
    rows.add(B.BULK_CREATE_DOCUMENTS, [documentParams(doc, options.pipeline ?? '')]);
    const sections = sectionRows(doc);
    rows.add(B.BULK_CREATE_SECTIONS, sections, { documentId });
    rows.add(W.LINK_SUBSECTIONS, sections.filter((s) => s.parentId !== null));
    rows.add(B.BULK_CREATE_TASKS, tasksWithEdges(doc), { documentId, year, region });
    rows.add(B.BULK_CREATE_CO_RESPONSIBILITY, docPairs, { documentId, year, region });
    rows.add(B.BULK_CREATE_ASSIGNMENTS, assignmentRows(doc), { documentId, year });
    rows.add(B.BULK_CREATE_PROJECT_LOCATIONS, locationRows(doc, 'PROJECT'), { documentId, year });
  }
  const projectIds = [...years.keys()];
  for (let i = 0; i < projectIds.length; i += ROWS_PER_STATEMENT) {
    for (const r of await tx.run(W.READ_PROJECT_YEARS, { ids: projectIds.slice(i, i + ROWS_PER_STATEMENT) })) {
      addYears(years, [String(r.id)], decodeYears(r.years));
    }
  }
  const units = [...new Set([...pairs.values()].flatMap((p) => [p.a, p.b]))];
  for (let i = 0; i < units.length; i += ROWS_PER_STATEMENT) {
    addStoredCounts(pairs, await tx.run(W.READ_PAIR_TOTALS, { ids: units.slice(i, i + ROWS_PER_STATEMENT) }));
  }

  await shared.merge(tx, options);
  await rows.write(tx);
  await shared.mergeRelations(tx);
  await writeProjectYears(tx, years);
  await writePairTotals(tx, pairs);
  return docs.length;
}

// Private: a document's task rows, each carrying its responsibilities, mentions, places and
// targets (BULK_CREATE_TASKS writes them from the task it has just created: one index seek
// fewer per edge than a statement per kind, and a quarter of the statements).
function tasksWithEdges(doc: ExtractedDocument): Array<Record<string, unknown>> {
  const byTask = new Map<string, { responsibilities: object[]; mentions: object[]; locations: object[]; targets: object[] }>();
  const tasks = taskRows(doc).map((t) => {
    const edges = { responsibilities: [], mentions: [], locations: [], targets: [] };
    byTask.set(t.id, edges);
    return Object.assign(t, edges);
  });
  const edgesOf = (taskId: string, what: string) => {
    const edges = byTask.get(taskId);
    if (!edges) throw new DutyGraphError(ErrorCode.StoreFailed, `bulk load: document ${doc.document.id}: a ${what} names task ${taskId}, which the document does not hold`);
    return edges;
  };
  for (const r of responsibilityRows(doc)) edgesOf(r.taskId, 'responsibility').responsibilities.push(emptyAsNull({ ...r }));
  for (const m of mentionRows(doc)) edgesOf(m.taskId, 'mention').mentions.push(emptyAsNull({ ...m }));
  for (const l of locationRows(doc, 'TASK')) edgesOf(l.subjectId, 'place').locations.push(emptyAsNull({ ...l }));
  for (const g of targetRows(doc)) edgesOf(g.taskId, 'target').targets.push(emptyAsNull({ ...g }));
  return tasks;
}

// Private: each statement's rows over the whole chunk, in the order statements were first given.
class Rows {
  private readonly byStatement = new Map<Statement, Array<Record<string, unknown>>>();

  add(s: Statement, rows: ReadonlyArray<object>, extra: Record<string, unknown> = {}): void {
    let list = this.byStatement.get(s);
    if (!list) this.byStatement.set(s, (list = []));
    for (const row of rows) list.push(emptyAsNull({ ...extra, ...row }));
  }

  async write(tx: TxRunner): Promise<void> {
    for (const [s, rows] of this.byStatement) {
      for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) await tx.run(s, { rows: rows.slice(i, i + ROWS_PER_STATEMENT) });
    }
  }
}

// Private: an empty text value stored as null, as the per-document path and Kùzu's CSV store it.
function emptyAsNull(row: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(row)) if (v === '') row[k] = null;
  return row;
}
