import { generateCorpus } from '../../src/gen/generateCorpus.js';
import { ProjectLedger } from '../../src/gen/ProjectLedger.js';
import type { RecurringTruth } from '../../src/gen/ProjectLedger.js';
import type { GenDocument, GenOptions } from '../../src/gen/types.js';

/** A generated corpus held in memory (small corpora only) with its recurring truth. */
export interface Corpus {
  docs: GenDocument[];
  recurring: { file: string; truth: RecurringTruth }[];
}

const cache = new Map<string, Corpus>();

/** Generate (once per options) a corpus in memory. */
export function corpus(options: GenOptions): Corpus {
  const key = JSON.stringify(options);
  const hit = cache.get(key);
  if (hit) return hit;
  const ledger = new ProjectLedger();
  const docs = [...generateCorpus(options, ledger)];
  const c = { docs, recurring: [...ledger.recurring()] };
  cache.set(key, c);
  return c;
}
