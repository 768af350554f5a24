import { DutyGraphError, ErrorCode, messageOf } from '../errors.js';
import type { GraphStore } from '../store/GraphStore.js';

/**
 * One request's view of the store. Once `signal` fires (the request ran past its time
 * limit, or its client went away) every further store call fails at once with
 * REQUEST_TIMEOUT instead of starting: the resolvers still pending stop asking, so an
 * abandoned request stops costing the store anything (a query already running is bounded
 * by the store's own per-query timeout). Every failure of the store itself reaches the
 * resolvers as a `DutyGraphError(STORE_FAILED)`, whatever the driver threw. `onAnswer` is
 * told of every answer (the health check's evidence that the store works).
 */
export function guardedStore(store: GraphStore, signal: AbortSignal, onAnswer: () => void = () => undefined): GraphStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (signal.aborted) return Promise.reject(abandoned(signal));
        let result: unknown;
        try {
          result = (value as (...a: unknown[]) => unknown).apply(target, args);
        } catch (error) {
          return Promise.reject(storeFailure(String(key), error));
        }
        if (!(result instanceof Promise)) return result;
        return result.then(
          (value: unknown) => (onAnswer(), value),
          (error: unknown) => Promise.reject(storeFailure(String(key), error)),
        );
      };
    },
  });
}

// Private: why calls are refused once the request was given up.
function abandoned(signal: AbortSignal): DutyGraphError {
  return signal.reason instanceof DutyGraphError
    ? signal.reason
    : new DutyGraphError(ErrorCode.RequestTimeout, 'The request was stopped before the store was asked');
}

// Private: our own errors keep their code; anything else the store threw is STORE_FAILED (the log gets the message).
function storeFailure(method: string, error: unknown): DutyGraphError {
  if (error instanceof DutyGraphError) return error;
  return new DutyGraphError(ErrorCode.StoreFailed, `${method}: ${messageOf(error)}`, { cause: error });
}
