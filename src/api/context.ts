import type { ApiLimits } from '../config.js';
import type { GraphStore } from '../store/GraphStore.js';
import type { Loaders } from './loaders.js';

/** What every resolver gets: the store, this request's loaders, and the limits. */
export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  limits: ApiLimits;
}
