import type { ApiLimits } from '../config.js';
import type { GraphStore } from '../store/GraphStore.js';
import type { Loaders } from './loaders.js';

/** The ids of the documents a request's data came from, filled in as the store answers (receipts.ts). */
export type Receipt = Set<string>;

/** What every resolver gets: the store, this request's loaders, and the limits. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  limits: ApiLimits;
  /** Ids of the documents this request's data came from (see receipts.ts). */
  receipt: Receipt;
  /** Fires when the request is given up (time limit, client gone); absent when run outside HTTP. */
  signal?: AbortSignal;
}
