import type { BulkDocument, BulkFormat } from './bulkFormat.js';
import type { PairTotals } from './cypher/pairTotals.js';
import type { ProjectYears } from './cypher/projectYears.js';
import type { Backend, Statement } from './cypher/Statement.js';
import type { LoadOptions } from './rows.js';
import type { Row, TxRunner } from './TxRunner.js';

/**
 * What a backend must provide for CypherGraphStore: run a named statement, run a
 * unit of work in one write transaction, create its schema, and close. Only
 * `store/kuzu/` talks to `kuzu`, only `store/neo4j/` to `neo4j-driver`; each maps its
 * driver's errors to `DutyGraphError` here at the boundary.
 */
/** What a bulk replace tells the shared removal about the new version (the runner reads it off its own format). */
export interface BulkReplaced {
  documentId: string;
  projectIds: readonly string[];
  pairs: ReadonlyArray<{ a: string; b: string }>;
}

export interface CypherRunner {
  readonly backend: Backend;
  readonly location: string;
  /**
   * Whether this process is the store's only writer (an embedded engine holding its data
   * folder's lock): then answers may be kept until its own next write (openStore wraps the
   * store in CachingGraphStore).
   */
  readonly soleWriter: boolean;
  /** Creates tables / constraints / indexes; idempotent. */
  ensureSchema(): Promise<void>;
  read(statement: Statement, params?: Record<string, unknown>): Promise<Row[]>;
  /**
   * Runs a lookup by `$ids` for these ids (distinct, non-empty), with any other parameters
   * it takes. Rows of one key keep the statement's order; callers group rows by key and must
   * not rely on the order across keys.
   */
  lookup(statement: Statement, ids: readonly string[], params?: Record<string, unknown>): Promise<Row[]>;
  /**
   * Runs `work` in one write transaction: all of it commits or none of it does.
   * `work` may run more than once (Neo4j retries transient failures), so it must not
   * have side effects outside the transaction.
   */
  write<T>(work: (tx: TxRunner) => Promise<T>): Promise<T>;
  /**
   * Loads many documents that are not in the store yet, faster than one
   * `replaceDocument` each, in transactions of whole documents. Optional: backends
   * without a bulk path load them one by one.
   */
  bulkLoad?(docs: AsyncIterable<BulkDocument> | Iterable<BulkDocument>, options: LoadOptions): Promise<number>;
  /**
   * Replaces one stored document through the bulk path in one transaction: `remove` first (the
   * old version's facts; it returns the summaries over the other documents, read before it
   * deleted anything), then the new version as `bulkLoad` loads it, its summaries added to
   * that baseline. Optional: backends without it replace row by row (`replaceDocument`).
   */
  replaceInBulk?(
    doc: BulkDocument, options: LoadOptions,
    remove: (tx: TxRunner, replaced: BulkReplaced) => Promise<{ projectYears: ProjectYears; pairTotals: PairTotals }>,
  ): Promise<void>;
  /** The prepared-document format `bulkLoad` takes besides extracted documents. */
  readonly bulkFormat?: BulkFormat;
  close(): Promise<void>;
}
