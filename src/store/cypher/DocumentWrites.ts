import { DutyGraphError, ErrorCode } from '../../errors.js';
import type { ExtractedDocument } from '../../model/records.js';
import { isPrepared, type BulkDocument, type BulkFormat } from '../bulkFormat.js';
import type { CypherRunner } from '../CypherRunner.js';
import type { TxRunner } from '../TxRunner.js';
import type { LoadOptions } from '../rows.js';
import { str } from './decodeRows.js';
import {
  assignmentRows, coResponsibilityRows, documentParams, locationRows, mentionRows, responsibilityRows, sectionRows, targetRows, taskRows,
} from './documentRows.js';
import { addPairCounts, pairTotalsOutsideDocument, writePairTotals, type PairTotals } from './pairTotals.js';
import { addYears, writeProjectYears, yearsOutsideDocument, type ProjectYears } from './projectYears.js';
import { SharedEntities } from './SharedEntities.js';
import type { Statement } from './Statement.js';
import * as W from './writeStatements.js';

/**
 * The store's writes: a document replaced, removed or bulk-loaded, the graph cleared, and the
 * derived summaries (project years, unit-pair totals) kept in step with each of them.
 */
export class DocumentWrites {
  private readonly runner: CypherRunner;

  constructor(runner: CypherRunner) {
    this.runner = runner;
  }

  get bulkFormat(): BulkFormat | null {
    return this.runner.bulkFormat ?? null;
  }

  replaceDocument(doc: ExtractedDocument, options: LoadOptions = {}): Promise<void> {
    return this.runner.write(async (tx) => {
      const { id: documentId, year } = doc.document;
      const pairs = coResponsibilityRows(doc);
      // The summaries are computed here from what other documents say (read before anything is
      // written) plus this document, never read back: see yearsOutsideDocument.
      const { projectYears, pairTotals } = await summariesOutsideDocument(tx, documentId, doc.projects.map((p) => p.id), pairs);
      await deleteDocumentFacts(tx, documentId);
      // Prune before loading: shared entities only this document used go now and are merged again
      // below. (Pruning after the load lost entities: Kùzu's EXISTS did not see every edge created
      // earlier in the same transaction: quirk KUZU-EXISTS-SAME-TX.)
      await prune(tx);
      await loadDocumentFacts(tx, doc, pairs, options);
      addYears(projectYears, doc.projects.map((p) => p.id), year === null ? [] : [year]);
      addPairCounts(pairTotals, pairs, year);
      await writeSummaries(tx, projectYears, pairTotals);
    });
  }

  async bulkLoad(docs: AsyncIterable<BulkDocument> | Iterable<BulkDocument>, options: LoadOptions = {}): Promise<number> {
    if (this.runner.bulkLoad) return this.runner.bulkLoad(docs, options);
    let count = 0;
    for await (const doc of docs) {
      if (isPrepared(doc)) {
        throw new DutyGraphError(ErrorCode.StoreFailed, `The ${this.runner.backend} store takes extracted documents only (got one prepared as ${doc.format})`);
      }
      await this.replaceDocument(doc, options);
      count++;
    }
    return count;
  }

  async clear(): Promise<void> {
    await this.runner.write((tx) => tx.run(W.CLEAR_GRAPH));
  }

  /**
   * Replaces a stored document through the runner's bulk path in one transaction (the old
   * version's facts removed first, the summaries over the other documents read before that);
   * a runner without one replaces it row by row.
   */
  async replaceDocumentInBulk(doc: BulkDocument, options: LoadOptions = {}): Promise<void> {
    const replaceInBulk = this.runner.replaceInBulk?.bind(this.runner);
    if (replaceInBulk) {
      return replaceInBulk(doc, options, async (tx, { documentId, projectIds, pairs }) => {
        const summaries = await summariesOutsideDocument(tx, documentId, projectIds, pairs);
        await deleteDocumentFacts(tx, documentId);
        await prune(tx);
        return summaries;
      });
    }
    if (isPrepared(doc)) {
      throw new DutyGraphError(ErrorCode.StoreFailed, `The ${this.runner.backend} store takes extracted documents only (got one prepared as ${doc.format})`);
    }
    return this.replaceDocument(doc, options);
  }

  removeDocument(documentId: string): Promise<void> {
    return this.runner.write((tx) => removeDocumentFacts(tx, documentId));
  }
}

// Private: removes everything the document owns (its nodes and the edges they carry).
// Private: removes a document with what it alone contributed, the summaries recomputed without it.
async function removeDocumentFacts(tx: TxRunner, documentId: string): Promise<void> {
  const { projectYears, pairTotals } = await summariesOutsideDocument(tx, documentId, [], []);
  await deleteDocumentFacts(tx, documentId);
  await prune(tx);
  await writeSummaries(tx, projectYears, pairTotals);
}

async function deleteDocumentFacts(tx: TxRunner, documentId: string): Promise<void> {
  for (const s of [
    W.DELETE_DOCUMENT_TASKS, W.DELETE_DOCUMENT_SECTIONS, W.DELETE_DOCUMENT_TARGETS,
    W.DELETE_DOCUMENT_PROJECT_LOCATIONS, W.DELETE_DOCUMENT_CO_RESPONSIBILITY, W.DELETE_DOCUMENT,
  ]) {
    await tx.run(s, { documentId });
  }
}

// Private: shared entities not referenced any more are removed.
async function prune(tx: TxRunner): Promise<void> {
  for (const s of [W.PRUNE_UNITS, W.PRUNE_PERSONS, W.PRUNE_PROJECTS, W.PRUNE_PLACES]) await tx.run(s);
}

// Private: the project years and unit-pair totals a document's replacement or removal changes,
// as the other documents give them: the projects and pairs the stored version of the document
// counts, and those of its new version (`projectIds`, `pairs`). Read before any write.
async function summariesOutsideDocument(
  tx: TxRunner, documentId: string, projectIds: readonly string[], pairs: ReadonlyArray<{ a: string; b: string }>,
): Promise<{ projectYears: ProjectYears; pairTotals: PairTotals }> {
  const projectsBefore = await tx.run(W.PROJECTS_OF_DOCUMENT, { documentId });
  const pairsBefore = await tx.run(W.PAIRS_OF_DOCUMENT, { documentId });
  return {
    projectYears: await yearsOutsideDocument(tx, [...projectsBefore.map((r) => str(r.id)), ...projectIds], documentId),
    pairTotals: await pairTotalsOutsideDocument(tx, [...pairsBefore.map((r) => ({ a: str(r.a), b: str(r.b) })), ...pairs], documentId),
  };
}

// Private: stores the summaries; a project left without years was pruned with its last mention.
async function writeSummaries(tx: TxRunner, projectYears: ProjectYears, pairTotals: PairTotals): Promise<void> {
  await writeProjectYears(tx, new Map([...projectYears].filter(([, years]) => years.size > 0)));
  await writePairTotals(tx, pairTotals);
}

// Private: loads one document: shared entities first (merged), then its own nodes, then edges
// (`pairs`: its unit-pair counts, coResponsibilityRows).
async function loadDocumentFacts(
  tx: TxRunner, doc: ExtractedDocument, pairs: ReadonlyArray<{ a: string; b: string; shared: number }>, options: LoadOptions,
): Promise<void> {
  const { id: documentId, year, region } = doc.document;
  const scope = { documentId, year };

  const shared = new SharedEntities();
  shared.add(doc);
  await shared.merge(tx, options);

  await tx.run(W.CREATE_DOCUMENT, emptyAsNull(documentParams(doc, options.pipeline ?? '')));
  const sections = sectionRows(doc);
  await runRows(tx, W.CREATE_SECTIONS, sections, { documentId });
  await runRows(tx, W.LINK_SUBSECTIONS, sections.filter((s) => s.parentId !== null));
  const tasks = taskRows(doc);
  await runRows(tx, W.CREATE_TASKS, tasks, { documentId, year, region });
  await runRows(tx, W.LINK_TASK_SECTIONS, tasks.filter((t) => t.sectionId !== null));
  await runRows(tx, W.CREATE_RESPONSIBILITIES, responsibilityRows(doc), scope);
  await runRows(tx, W.CREATE_ASSIGNMENTS, assignmentRows(doc), scope);
  await runRows(tx, W.CREATE_CO_RESPONSIBILITY, pairs, { documentId, year, region });
  await runRows(tx, W.CREATE_MENTIONS, mentionRows(doc), scope);
  await runRows(tx, W.CREATE_TASK_LOCATIONS, locationRows(doc, 'TASK'), scope);
  await runRows(tx, W.CREATE_PROJECT_LOCATIONS, locationRows(doc, 'PROJECT'), scope);
  await runRows(tx, W.CREATE_TARGETS, targetRows(doc), scope);

  await shared.mergeRelations(tx);
}

// Private: one batched statement for a list of rows (skipped when empty: an empty list has no element type to bind).
async function runRows(tx: TxRunner, s: Statement, rows: readonly object[], extra: Record<string, unknown> = {}): Promise<void> {
  if (rows.length > 0) await tx.run(s, { ...extra, rows: rows.map(emptyAsNull) });
}

// Private: an empty text value stored as null, as the bulk path's CSV stores it (Kùzu reads ""
// as NULL), so a fact is stored the same whichever path loaded it (an unnumbered heading's number).
function emptyAsNull<T extends object>(row: T): T {
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(row)) {
    if (v !== '') continue;
    out ??= { ...(row as Record<string, unknown>) };
    out[k] = null;
  }
  return (out ?? row) as T;
}
