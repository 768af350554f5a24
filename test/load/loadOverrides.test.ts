import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/loadCorpus.js';
import { parseUserOverrides } from '../../src/ingest/resolve/userOverrides.js';
import { backendNames, openEmptyStore, tempDataDir } from '../helpers/backends.js';

/*
 * The overrides fingerprint on the bulk path (20+ new documents, extracted here and on a worker
 * thread): each document stores the fingerprint of the entries it prints, so a second load of
 * the same files with the same file is all unchanged, and an edit reloads only the concerned.
 */
const docs = tempDataDir('overrides-bulk');
afterAll(() => docs.cleanup());
const files = Array.from({ length: 24 }, (_, i) => {
  const file = path.join(docs.dir, `d${String(i).padStart(2, '0')}.txt`);
  // Every fourth document prints 区经信委, the name the merge entry concerns.
  const unit = i % 4 === 0 ? '区经信委' : '区商务委';
  fs.writeFileSync(file, `一、工作\n(1)推进第${i}项工作。(责任单位:区经委、${unit})\n`);
  return file;
});
const concerned = files.filter((_, i) => i % 4 === 0).length;
const meta = () => ({ region: '上海市嘉定区', year: 2023 });
// Names every document prints (区经委) are left out: an entry concerns the documents printing any of its names.
const merge = parseUserOverrides({ merge: [{ names: ['区经信委', '区信息委'], into: '嘉定区经济委员会' }] });

describe.each(backendNames())('overrides on the bulk path (%s)', (backend) => {
  it.each([0, 1])('with %i extraction workers', async (extractWorkers) => {
    const { store, cleanup } = await openEmptyStore(backend);
    try {
      const first = await loadCorpus(store, files, { metaFor: meta, overrides: merge, extractWorkers });
      expect(first.loaded).toHaveLength(files.length);
      const again = await loadCorpus(store, files, { metaFor: meta, overrides: merge, extractWorkers });
      expect(again.loaded).toEqual([]);
      expect(again.unchanged).toHaveLength(files.length);
      const undone = await loadCorpus(store, files, { metaFor: meta, overrides: parseUserOverrides({}), extractWorkers });
      expect(undone.loaded).toHaveLength(concerned);
      expect(undone.unchanged).toHaveLength(files.length - concerned);
    } finally {
      await cleanup();
    }
  }, 120_000);
});
