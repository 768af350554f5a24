import type { ApiLimits } from '../config.js';
import type { GraphStore } from '../store/GraphStore.js';
import type { Loaders } from './loaders.js';
import type { Receipt } from './receipts.js';

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
