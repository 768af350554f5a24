import { GraphQLError } from 'graphql';
import { DutyGraphError, ErrorCode, messageOf } from '../../errors.js';

/** A row an edge points at must exist; a dangling reference is a store fault, not a user error. */
export function required<T>(value: T | null | undefined | Error, what: string): T {
  if (value instanceof Error) throw asStoreError(value);
  if (value === null || value === undefined) {
    throw new GraphQLError(`Missing ${what}`, { extensions: { code: ErrorCode.StoreFailed } });
  }
  return value;
}

/**
 * loadMany results without misses (ids that resolve to nothing are dropped). A failed
 * key is an error on the field, never a shorter list: DataLoader hands failures back as
 * `Error` values, and dropping them made a store failure read as `[]`.
 */
export function present<T>(values: ReadonlyArray<T | null | Error>): T[] {
  const failed = values.find((v): v is Error => v instanceof Error);
  if (failed) throw asStoreError(failed);
  return values.filter((v): v is T => v !== null);
}

/** List-valued loadMany results, position for position; a failed key fails the whole field. */
export function lists<T>(values: ReadonlyArray<T[] | Error>): T[][] {
  const failed = values.find((v): v is Error => v instanceof Error);
  if (failed) throw asStoreError(failed);
  return values as T[][];
}

/** An error of ours keeps its code (e.g. REQUEST_TIMEOUT); anything else from the store is STORE_FAILED. */
export function asStoreError(error: Error): Error {
  if (error instanceof DutyGraphError || error instanceof GraphQLError) return error;
  return new DutyGraphError(ErrorCode.StoreFailed, messageOf(error), { cause: error });
}
