import type { GraphStore } from '../../src/store/GraphStore.js';

/** One store call a request made: which method, with which arguments, and when it ran. */
export interface StoreCall {
  method: string;
  args: unknown[];
  /** performance.now() at the call and when its promise settled. */
  start: number;
  end: number;
}

/** Methods never recorded: lifecycle, not queries. */
const IGNORED = new Set(['close', 'ping']);

/**
 * Wraps a store so the calls made while `capture()` runs are recorded (method, a copy of the
 * arguments, start and end). The bench serves GraphQL over this wrapper, captures the calls one
 * HTTP request makes, and replays exactly those calls without GraphQL (rawTiming.ts).
 */
export class StoreRecorder {
  readonly store: GraphStore;
  private calls: StoreCall[] | null = null;

  constructor(inner: GraphStore) {
    this.store = new Proxy(inner, {
      get: (target, key, receiver) => {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function' || typeof key !== 'string' || IGNORED.has(key)) return value;
        return (...args: unknown[]) => {
          const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
          const calls = this.calls;
          if (!calls || !(result instanceof Promise)) return result;
          const call: StoreCall = { method: key, args: copyArgs(args), start: performance.now(), end: NaN };
          calls.push(call);
          const settle = () => (call.end = performance.now());
          result.then(settle, settle);
          return result;
        };
      },
    });
  }

  /** Runs `work` and returns the store calls it made, in the order they were made. */
  async capture(work: () => Promise<unknown>): Promise<StoreCall[]> {
    const calls: StoreCall[] = [];
    this.calls = calls;
    try {
      await work();
    } finally {
      this.calls = null;
    }
    return calls;
  }
}

// Private: arguments are replayed later, so keep a copy the caller cannot mutate.
function copyArgs(args: unknown[]): unknown[] {
  try {
    return structuredClone(args);
  } catch {
    return [...args];
  }
}
