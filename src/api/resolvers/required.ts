import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors.js';

/** A row an edge points at must exist; a dangling reference is a store fault, not a user error. */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) {
    throw new GraphQLError(`Missing ${what}`, { extensions: { code: ErrorCode.StoreFailed } });
  }
  return value;
}

/** loadMany results without misses (ids that resolve to nothing are dropped). */
export function present<T>(values: ReadonlyArray<T | null | Error>): T[] {
  return values.filter((v): v is T => v !== null && !(v instanceof Error));
}
