import type { CypherRunner } from '../CypherRunner.js';
import type { Row } from '../TxRunner.js';
import type { Page, PageRequest } from '../rows.js';
import { num } from './decodeRows.js';
import type { Statement } from './Statement.js';

/** From this many ids on, a lookup joins the UNWIND-ed list instead of testing `IN` per row. */
export const MANY_IDS = 64;

/** The parameters every LIST statement takes besides its filter's. */
const PAGE_PARAMS = new Set(['offset', 'limit']);

/**
 * The read shapes the store's jobs share, over one runner: a page (a COUNT and a LIST with the
 * same filter) and an id-list lookup.
 */
export class StatementReader {
  readonly runner: CypherRunner;

  constructor(runner: CypherRunner) {
    this.runner = runner;
  }

  /**
   * A COUNT statement and a LIST statement with the same filter, run together. The filter's
   * parameters are the ones the COUNT statement declares, each taken from `filter` (null when
   * absent); `fixed` gives those that may not be null.
   */
  async page<T>(
    count: Statement, list: Statement, filter: object, page: PageRequest, map: (r: Row) => T, fixed: Record<string, unknown> = {},
  ): Promise<Page<T>> {
    const params = filterParams(count, filter, fixed);
    const [totals, rows] = await Promise.all([
      this.runner.read(count, params),
      page.limit > 0 ? this.runner.read(list, { ...params, offset: page.offset, limit: page.limit }) : Promise.resolve([]),
    ]);
    return { totalCount: num(totals[0]?.total), rows: rows.map(map) };
  }

  /** An id-list lookup; an empty list never reaches the driver. */
  async byIds<T>(lookup: Statement, ids: readonly string[], map: (r: Row) => T): Promise<T[]> {
    if (ids.length === 0) return [];
    return (await this.runner.lookup(lookup, [...new Set(ids)])).map(map);
  }
}

/** The short-list or the long-list form of a lookup. */
export function sized(ids: readonly string[], few: Statement, many: Statement): Statement {
  return new Set(ids).size >= MANY_IDS ? many : few;
}

// Private: a filter's values for the parameters `statement` declares (offset and limit are the page's).
function filterParams(statement: Statement, filter: object, fixed: Record<string, unknown>): Record<string, unknown> {
  const values = filter as Record<string, unknown>;
  return Object.fromEntries(statement.params.filter((p) => !PAGE_PARAMS.has(p)).map((p) => [p, p in fixed ? fixed[p] : values[p] ?? null]));
}
