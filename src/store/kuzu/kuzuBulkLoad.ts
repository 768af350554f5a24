import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import type { TxRunner } from '../TxRunner.js';
import type { LoadOptions } from '../rows.js';
import { REL_TABLES } from '../graphModel.js';
import type { BulkDocument } from '../bulkFormat.js';
import * as W from '../cypher/writeStatements.js';
import { SharedEntities } from '../cypher/SharedEntities.js';
import { addStoredCounts, addPairCounts, type PairTotals } from '../cypher/pairTotals.js';
import { addYears, decodeYears, writeProjectYears, type ProjectYears } from '../cypher/projectYears.js';
import { CsvStaging, type StagedFile } from './CsvStaging.js';
import { kuzuPrepared, relFileName, stageNode, stageRel } from './preparedDocument.js';

/** A bulk load's options: the store's, and where to stage (the runner: DATA_DIR/staging, emptied at open). */
export interface KuzuBulkOptions extends LoadOptions {
  stagingRoot?: string;
  /**
   * Runs first inside the first chunk's transaction, before it writes anything: the removal of
   * the stored version of the document a replace-in-bulk loads (KuzuRunner.replaceInBulk), so
   * the old version goes and the new one comes in one commit.
   */
  beforeFirstChunk?: (tx: TxRunner) => Promise<SummaryBaseline>;
}

/**
 * What a replaced document's removal leaves of the summaries (KuzuRunner.replaceInBulk): the
 * years of every project and the totals of every unit pair either of its versions counts, over
 * the other documents, read before anything was deleted. The chunk takes them instead of
 * reading the stored summaries back (the removal's transaction is the chunk's own: quirk
 * KUZU-EXISTS-SAME-TX, read-backs within a transaction are not trusted).
 */
export interface SummaryBaseline {
  projectYears: ProjectYears;
  pairTotals: PairTotals;
}

/** Rows per batched MERGE of shared entities. */
const BATCH = 5_000;

/** What a bulk load needs from the Kùzu runner: a transaction with COPY. */
export interface KuzuBulkTx extends TxRunner {
  copy(table: string, file: StagedFile, ends?: [string, string]): Promise<void>;
}

/**
 * Tasks staged per transaction for each MB of Kùzu's buffer pool (quirk KUZU-BUFFER-POOL). A transaction's COPYs need
 * the pool: at 1M tasks one transaction loaded in a 1,024 MB pool and failed in a 512 MB one
 * ("buffer pool is full" in COPY RESPONSIBLE_FOR), so 1M tasks need 0.5–1 GB; 500 tasks per MB
 * leaves at least twice that. Fewer, larger transactions are much faster: each commit rewrites
 * the adjacency of every node it adds edges to — all units — so at 1M tasks four 250k commits
 * took 28 s of a 96 s load and one commit 2 s of 75 s (same machine, same run of the code).
 */
export const BULK_TASKS_PER_POOL_MB = 500;

/** Tasks per transaction when the pool's size is not known. */
export const BULK_CHUNK_TASKS = 250_000;

/** Tasks per bulk transaction for a buffer pool of `poolMB` (BULK_CHUNK_TASKS when unknown). */
export function bulkChunkTasks(poolMB: number | undefined): number {
  return poolMB ? Math.max(1_000, poolMB * BULK_TASKS_PER_POOL_MB) : BULK_CHUNK_TASKS;
}

/**
 * Loads many new documents at once: their own nodes and edges are staged as CSV
 * and loaded with `COPY` (two orders of magnitude faster than row-wise CREATE);
 * shared units, projects and places are deduplicated in memory and merged in
 * large batches. Documents go in chunks of about `options.bulkChunkTasks` tasks (the runner
 * sizes them to its buffer pool: bulkChunkTasks; BULK_CHUNK_TASKS when unset), one
 * transaction each: a failure keeps nothing of its chunk (every document stays
 * whole) and the chunks before it stay loaded. The documents must not be in the
 * store yet (the loader replaces changed ones one by one). Returns how many were loaded.
 */
export async function kuzuBulkLoad(
  write: <T>(work: (tx: KuzuBulkTx) => Promise<T>) => Promise<T>,
  docs: AsyncIterable<BulkDocument> | Iterable<BulkDocument>,
  options: KuzuBulkOptions = {},
): Promise<number> {
  const root = options.stagingRoot ?? os.tmpdir();
  fs.mkdirSync(root, { recursive: true });
  let loaded = 0;
  let chunk = new Chunk(root);
  let before = options.beforeFirstChunk;
  const commit = async () => {
    const n = await chunk.commit(write, options, before);
    if (n > 0) before = undefined;
    return n;
  };
  try {
    for await (const doc of docs) {
      chunk.add(doc, options.pipeline ?? '');
      if (chunk.tasks >= (options.bulkChunkTasks ?? BULK_CHUNK_TASKS)) {
        loaded += await commit();
        chunk = new Chunk(root);
      }
    }
    loaded += await commit();
    return loaded;
  } finally {
    chunk.remove();
  }
}

// Private: the documents of one transaction, staged.
class Chunk {
  private readonly staging: CsvStaging;
  private readonly shared = new SharedEntities();
  private readonly pairs = new ChunkPairTotals();
  private readonly years = new ChunkProjectYears();
  documents = 0;
  tasks = 0;

  constructor(root: string) {
    this.staging = new CsvStaging(fs.mkdtempSync(path.join(root, 'copy-')));
  }

  /** Stages a document: as extracted (prepared here) or prepared on a worker thread. */
  add(doc: BulkDocument, pipeline: string): void {
    const prepared = kuzuPrepared(doc, pipeline);
    for (const f of prepared.files) this.staging.append(f.name, f.text, f.rows, f.multiline);
    this.shared.add(prepared.shared);
    this.pairs.addPairs(prepared.pairs, prepared.shared.document.year);
    this.years.add(prepared.shared.projects, prepared.shared.document.year);
    this.documents++;
    this.tasks += prepared.tasks;
  }

  async commit(
    write: <T>(work: (tx: KuzuBulkTx) => Promise<T>) => Promise<T>, options: LoadOptions, before?: (tx: TxRunner) => Promise<SummaryBaseline>,
  ): Promise<number> {
    if (this.documents === 0) return 0;
    const { staging, shared, pairs, years } = this;
    try {
      const staged = staging.finish();
      await write(async (tx) => {
        const baseline = before ? await before(tx) : undefined;
        await years.readStored(tx, baseline?.projectYears);
        // New persons are copied, not MERGE'd one row at a time (they outnumber units 5 to 1).
        await shared.merge(tx, options, async (label, rows) => {
          for (const r of rows) stageNode(staging, label, r);
          const file = staging.finish().get(label);
          if (file) await tx.copy(label, file);
        });
        for (const table of ['Document', 'Section', 'Task', 'Target']) {
          const file = staged.get(table);
          if (file) await tx.copy(table, file);
        }
        for (const rel of REL_TABLES) {
          for (const ends of rel.ends) {
            const file = staged.get(relFileName(rel.type, ends));
            if (file) await tx.copy(rel.type, file, rel.ends.length > 1 ? ends : undefined);
          }
        }
        await shared.mergeRelations(tx);
        await years.write(tx);
        await pairs.writePairTotals(tx, staging, baseline?.pairTotals);
      });
      return this.documents;
    } finally {
      this.remove();
    }
  }

  remove(): void {
    this.staging.remove();
  }
}

/**
 * The years of the projects a chunk mentions (`Project.years`, `yearCount`): the stored years
 * plus the chunk's documents' years, computed here rather than read back from the CONCERNS
 * edges (quirk KUZU-COPIED-EDGES-READBACK): Kùzu 0.11.3 reads the edges a transaction has just copied into a non-empty rel table
 * with other edges' properties. A CONCERNS edge carries its document's year (stageDocument),
 * so a project's years are those of its documents.
 */
class ChunkProjectYears {
  private readonly years: ProjectYears = new Map();

  add(projects: ReadonlyArray<{ id: string }>, year: number | null): void {
    // A document without a year gives its projects no year (never 0).
    addYears(this.years, projects.map((p) => p.id), year === null ? [] : [year]);
  }

  /**
   * Adds the years already stored for the chunk's projects (call before the chunk writes
   * anything); a project in `baseline` takes its years from there instead, and a baseline
   * project the chunk does not mention is written too (with no year left, it was pruned).
   */
  async readStored(tx: TxRunner, baseline?: ProjectYears): Promise<void> {
    const ids = [...this.years.keys()].filter((id) => !baseline?.has(id));
    for (const [id, years] of baseline ?? []) if (years.size > 0 || this.years.has(id)) addYears(this.years, [id], years);
    for (let i = 0; i < ids.length; i += BATCH) {
      for (const r of await tx.run(W.READ_PROJECT_YEARS, { ids: ids.slice(i, i + BATCH) })) addYears(this.years, [String(r.id)], decodeYears(r.years));
    }
  }

  write(tx: TxRunner): Promise<void> {
    return writeProjectYears(tx, this.years);
  }
}

// Private: the batch's unit-pair totals (CO_TOTAL), added to those already stored.
class ChunkPairTotals {
  private readonly pairs: PairTotals = new Map();

  /** Adds a document's shared-task counts to the batch's pair totals. */
  addPairs(rows: ReadonlyArray<{ a: string; b: string; shared: number }>, year: number | null): void {
    addPairCounts(this.pairs, rows, year);
  }

  /**
   * Writes the CO_TOTAL edges of every pair the batch touched: stored totals plus the
   * batch's counts (the batch's documents are all new), staged as CSV and copied.
   */
  async writePairTotals(tx: KuzuBulkTx, staging: CsvStaging, baseline?: PairTotals): Promise<void> {
    // A baseline pair's total over the other documents is known: it is not read, and its row is rewritten.
    for (const [key, t] of baseline ?? []) {
      const own = this.pairs.get(key);
      if (own) {
        own.shared += t.shared;
        for (const y of t.years) own.years.add(y);
      } else {
        this.pairs.set(key, { a: t.a, b: t.b, shared: t.shared, years: new Set(t.years) });
      }
    }
    if (this.pairs.size === 0) return;
    const units = [...new Set([...this.pairs.values()].flatMap((p) => [p.a, p.b]))];
    const stored: Array<Record<string, unknown>> = [];
    for (let i = 0; i < units.length; i += BATCH) stored.push(...(await tx.run(W.READ_PAIR_TOTALS, { ids: units.slice(i, i + BATCH) })));
    const touched = [
      ...addStoredCounts(this.pairs, stored.filter((r) => !baseline?.has(`${String(r.a)}|${String(r.b)}`))),
      ...[...(baseline?.values() ?? [])].map(({ a, b }) => ({ a, b })),
    ];
    for (let i = 0; i < touched.length; i += BATCH) await tx.run(W.DELETE_PAIR_TOTALS, { pairs: touched.slice(i, i + BATCH) });
    for (const t of this.pairs.values()) {
      if (t.shared === 0) continue; // a pair only the replaced version had keeps no edge
      stageRel(staging, 'CO_TOTAL', ['Unit', 'Unit'], t.a, t.b, { shared: t.shared, years: [...t.years].sort((x, y) => x - y) });
    }
    const file = staging.finish().get(relFileName('CO_TOTAL', ['Unit', 'Unit']));
    if (file) await tx.copy('CO_TOTAL', file);
  }
}
