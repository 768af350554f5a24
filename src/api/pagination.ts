import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors.js';
import type { Page, PageRequest } from '../store/rows.js';

/*
 * Relay connections over offset pages. A cursor is the opaque base64url of
 * `o:<offset>`; `after` a cursor starts the page just past it.
 */

export interface Connection<T> {
  totalCount: number;
  nodes: T[];
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/** The page a `first`/`after` pair asks for; a bad value is a BAD_USER_INPUT error naming the argument. */
export function pageRequest(first: number | null | undefined, after: string | null | undefined, maxPageSize: number): PageRequest {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 0 || limit > maxPageSize) {
    throw new GraphQLError(`first must be between 0 and ${maxPageSize} (got ${limit})`, {
      extensions: { code: ErrorCode.BadInput, argumentName: 'first' },
    });
  }
  return { offset: after ? decodeCursor(after) + 1 : 0, limit };
}

/** A connection from a page of rows starting at `request.offset`. */
export function toConnection<T>(page: Page<T>, request: PageRequest): Connection<T> {
  const edges = page.rows.map((node, i) => ({ cursor: encodeCursor(request.offset + i), node }));
  return {
    totalCount: page.totalCount,
    nodes: page.rows,
    edges,
    pageInfo: {
      hasNextPage: request.offset + page.rows.length < page.totalCount,
      hasPreviousPage: request.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A connection over a list already in memory (e.g. a unit's task ids). */
export function sliceToPage<T>(all: readonly T[], request: PageRequest): Page<T> {
  return { totalCount: all.length, rows: all.slice(request.offset, request.offset + request.limit) };
}

/** Past any list the graph can hold: a cursor beyond it was not issued here (and would overflow the store's SKIP). */
export const MAX_CURSOR_OFFSET = 1_000_000_000;

// Private: the offset a cursor names.
function decodeCursor(cursor: string): number {
  const match = /^o:(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match || Number(match[1]) > MAX_CURSOR_OFFSET) {
    throw new GraphQLError(`after is not a cursor this API issued ("${cursor.length > 40 ? `${cursor.slice(0, 40)}…` : cursor}")`, {
      extensions: { code: ErrorCode.BadInput, argumentName: 'after' },
    });
  }
  return Number(match[1]);
}
