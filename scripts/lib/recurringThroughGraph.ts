import { loadCorpus } from '../../src/load/loadCorpus.js';
import type { DocumentMeta } from '../../src/model/records.js';
import type { RecurringProject } from '../../src/ingest/resolve/recurringProjects.js';
import { openStore } from '../../src/store/openStore.js';
import { reportedRecurring } from './corpusEval.js';
import { kuzuStoreConfig } from './kuzuStoreConfig.js';
import { tempDir } from './tempDir.js';

/**
 * Loads documents into a temporary Kùzu graph exactly as `npm run ingest` would,
 * asks the store which projects recur (at least two years), and returns them in
 * the shape the recurring-project scorer reads. The graph is removed afterwards.
 */
export async function recurringThroughGraph(docs: ReadonlyArray<{ path: string; meta: DocumentMeta }>): Promise<RecurringProject[]> {
  const dir = tempDir('dutygraph-eval-');
  // With the buffer pool `ingest` would use (KUZU_BUFFER_POOL_MB; Kùzu's own default is 80% of
  // the machine's memory), and so the same transaction sizes.
  const store = await openStore(kuzuStoreConfig(dir.path));
  try {
    const metaByPath = new Map(docs.map((d) => [d.path.split('/').pop()!, d.meta]));
    const summary = await loadCorpus(store, docs.map((d) => d.path), { metaFor: (file) => metaByPath.get(file) ?? {} });
    if (summary.failures.length > 0) throw new Error(summary.failures.map((f) => `${f.file}: ${f.reason}`).join('; '));
    return await reportedRecurring(store);
  } finally {
    await store.close();
    dir.remove();
  }
}
