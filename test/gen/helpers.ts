import { createHash } from 'node:crypto';
import { generateCorpus } from '../../src/gen/generateCorpus.js';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import type { ExtractedDocument } from '../../src/model/records.js';
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

/** A generated document extracted as `ingest` would: with its manifest metadata and content hash. */
export function extractGenerated(d: GenDocument): ExtractedDocument {
  return extractDocument({
    file: d.file, text: d.text, sha256: createHash('sha256').update(d.text).digest('hex'),
    meta: { title: d.meta.title, year: d.meta.year, region: d.meta.region, genre: d.meta.genre },
  });
}
