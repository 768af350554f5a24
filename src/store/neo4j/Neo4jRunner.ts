import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { DutyGraphError, ErrorCode, messageOf } from '../../errors.js';
import { cypherFor, type Statement } from '../cypher/Statement.js';
import type { BulkDocument } from '../bulkFormat.js';
import type { CypherRunner } from '../CypherRunner.js';
import type { Row, TxRunner } from '../TxRunner.js';
import type { LoadOptions } from '../rows.js';
import { neo4jBulkLoad } from './neo4jBulkLoad.js';
import { neo4jSchemaStatements } from './neo4jSchema.js';

export interface Neo4jOptions {
  uri: string;
  username: string;
  password: string;
  database: string | undefined;
}

/**
 * Runs statements on a Neo4j server through driver-managed transactions
 * (`executeRead` / `executeWrite`, retried by the driver on transient errors).
 * The only module that imports `neo4j-driver`.
 */
export class Neo4jRunner implements CypherRunner {
  readonly backend = 'neo4j' as const;
  /** Any client of the server may write. */
  readonly soleWriter = false;
  readonly location: string;
  private readonly driver: Driver;
  private readonly database: string | undefined;
  private closed = false;

  private constructor(options: Neo4jOptions, driver: Driver) {
    this.location = options.database ? `${options.uri} (database ${options.database})` : options.uri;
    this.driver = driver;
    this.database = options.database;
  }

  /** Connects, checks the server answers (clear error when it does not), and creates constraints and indexes. */
  static async open(options: Neo4jOptions): Promise<Neo4jRunner> {
    const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.username, options.password), {
      disableLosslessIntegers: true,
      connectionAcquisitionTimeout: 10_000,
    });
    try {
      await driver.verifyConnectivity(options.database ? { database: options.database } : {});
    } catch (error) {
      await driver.close();
      throw new DutyGraphError(
        ErrorCode.StoreUnavailable,
        `Cannot reach Neo4j at ${options.uri} as ${options.username}: ${messageOf(error)}`,
      );
    }
    const runner = new Neo4jRunner(options, driver);
    await runner.ensureSchema();
    return runner;
  }

  async ensureSchema(): Promise<void> {
    for (const ddl of neo4jSchemaStatements()) {
      await this.session().run(ddl).catch((error: unknown) => {
        throw mapError('SCHEMA', error);
      });
    }
  }

  async read(statement: Statement, params: Record<string, unknown> = {}): Promise<Row[]> {
    const session = this.session();
    try {
      return await session.executeRead((tx) => runIn(tx, statement, params));
    } catch (error) {
      throw mapError(statement.name, error);
    } finally {
      await session.close();
    }
  }

  lookup(statement: Statement, ids: readonly string[], params: Record<string, unknown> = {}): Promise<Row[]> {
    // Neo4j seeks its id indexes for `IN $ids` and `UNWIND $ids` alike.
    return this.read(statement, { ...params, ids });
  }

  async write<T>(work: (tx: TxRunner) => Promise<T>): Promise<T> {
    const session = this.session();
    try {
      return await session.executeWrite((tx) => work({ run: (s, p = {}) => runIn(tx, s, p) }));
    } catch (error) {
      throw mapError('write transaction', error);
    } finally {
      await session.close();
    }
  }

  /** Many new documents in chunks of whole documents, one transaction each (neo4jBulkLoad). */
  bulkLoad(docs: AsyncIterable<BulkDocument> | Iterable<BulkDocument>, options: LoadOptions): Promise<number> {
    return neo4jBulkLoad((work) => this.write(work), docs, options);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }

  // Private: a session on the configured database.
  private session() {
    return this.driver.session(this.database ? { database: this.database } : {});
  }
}

// Private: runs one statement in a managed transaction; whole numbers go as Neo4j integers.
async function runIn(tx: ManagedTransaction, statement: Statement, params: Record<string, unknown>): Promise<Row[]> {
  const result = await tx.run(cypherFor(statement, 'neo4j'), toNeo4j(params) as Record<string, unknown>);
  return result.records.map((record) => record.toObject() as Row);
}

// Private: the driver sends every JS number as a float; ids, years and offsets must be integers.
function toNeo4j(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4j(v)]));
  }
  return value;
}

function mapError(name: string, error: unknown): DutyGraphError {
  if (error instanceof DutyGraphError) return error;
  const code = (error as { code?: string }).code ?? '';
  const unavailable = code === 'ServiceUnavailable' || code === 'SessionExpired';
  return new DutyGraphError(
    unavailable ? ErrorCode.StoreUnavailable : ErrorCode.StoreFailed,
    `Neo4j ${name} failed: ${messageOf(error)}`,
    { cause: error },
  );
}
