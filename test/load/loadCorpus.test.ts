import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/load/collectFiles.js';
import { loadCorpus } from '../../src/load/loadCorpus.js';
import { openStore } from '../../src/store/openStore.js';
import { corpusMeta } from '../../scripts/lib/corpusMeta.js';
import { tempDataDir } from '../helpers/backends.js';

/* A bad seed: `npm start` loads with badFiles 'skip' (the good seeds load), `ingest` refuses all. */
let cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});

describe('loadCorpus with a bad file among the seeds', () => {
  it.each([['skip', 5], ['refuse', 0]] as const)('badFiles %s: %i documents loaded, the bad file reported with its reason', async (badFiles, loaded) => {
    const seeds = tempDataDir('bad-seed');
    const data = tempDataDir('bad-seed-data');
    cleanups.push(seeds.cleanup, data.cleanup);
    for (const f of fs.readdirSync('seeds')) if (f.endsWith('.txt') || f === 'manifest.json') fs.copyFileSync(path.join('seeds', f), path.join(seeds.dir, f));
    fs.writeFileSync(path.join(seeds.dir, '999_empty.txt'), '');
    const store = await openStore({ backend: 'kuzu', dataDir: data.dir });
    try {
      const summary = await loadCorpus(store, collectFiles([seeds.dir]), { metaFor: corpusMeta([seeds.dir]), badFiles });
      expect(summary.failures).toHaveLength(1);
      expect(summary.failures[0]!.file).toContain('999_empty.txt');
      expect(summary.failures[0]!.reason).toMatch(/empty/);
      expect(summary.loaded).toHaveLength(loaded);
      expect(summary.counts.documents).toBe(loaded);
    } finally {
      await store.close();
    }
  }, 120_000);
});
