import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile, type ExtractJob } from '../../src/load/extractFile.js';
import { extractInWorkers } from '../../src/load/extractPool.js';
import { loadCorpus } from '../../src/load/loadCorpus.js';
import { prepareForBulk } from '../../src/store/bulkFormat.js';
import { KUZU_CSV, type KuzuPreparedDocument } from '../../src/store/kuzu/preparedDocument.js';
import { openStore } from '../../src/store/openStore.js';
import { corpus } from '../gen/helpers.js';
import { tempDataDir } from '../helpers/backends.js';

/*
 * Extraction on worker threads (the bulk path of loadCorpus): real threads, real files, and
 * real Kùzu stores loaded both ways.
 */

let inputs: ReturnType<typeof tempDataDir>;
let jobs: ExtractJob[];
beforeAll(() => {
  inputs = tempDataDir('extract-pool');
  // 40-odd generated documents in several layouts, and the five samples.
  const generated = corpus({ tasks: 600, seed: 7 }).docs;
  for (const doc of generated) fs.writeFileSync(path.join(inputs.dir, doc.file), doc.text);
  for (const file of fs.readdirSync('seeds').filter((f) => f.endsWith('.txt'))) fs.copyFileSync(path.join('seeds', file), path.join(inputs.dir, file));
  jobs = fs.readdirSync(inputs.dir).sort().map((file) => ({ path: path.join(inputs.dir, file), meta: { year: 2020 + (file.length % 5) } }));
});
afterAll(() => inputs.cleanup());

async function collect(documents: AsyncIterable<{ document: { file: string } }>): Promise<string[]> {
  const files: string[] = [];
  for await (const doc of documents) files.push(doc.document.file);
  return files;
}

describe('extractInWorkers', () => {
  it('yields what extraction on this thread gives, in the order of the jobs', async () => {
    expect(jobs.length).toBeGreaterThan(30);
    const here = await Promise.all(jobs.map(extractFile));
    for (const workers of [1, 3]) {
      const there = [];
      for await (const doc of extractInWorkers(jobs, workers)) there.push(doc);
      expect(there).toStrictEqual(here);
    }
  });

  it('prepares each document for the bulk path as this thread would, when asked', async () => {
    const prepare = { format: KUZU_CSV, pipeline: 'p1' };
    const here = await Promise.all(jobs.slice(0, 12).map(async (j) => prepareForBulk(prepare.format, await extractFile(j), prepare.pipeline)));
    const there: KuzuPreparedDocument[] = [];
    for await (const doc of extractInWorkers(jobs.slice(0, 12), 2, prepare)) there.push(doc as KuzuPreparedDocument);
    expect(there).toStrictEqual(here);
    expect(there[0]!.files.find((f) => f.name === 'Task')!.rows).toBe((await extractFile(jobs[0]!)).tasks.length);
  });

  it('throws at the turn of a file that went missing, naming it, after the documents before it', async () => {
    const gone = { path: path.join(inputs.dir, 'gone.txt'), meta: {} };
    const withGap = [...jobs.slice(0, 5), gone, ...jobs.slice(5, 9)];
    const seen: string[] = [];
    await expect(async () => {
      for await (const doc of extractInWorkers(withGap, 2)) seen.push(doc.document.file);
    }).rejects.toThrow(/gone\.txt: no such file/);
    expect(seen).toEqual(jobs.slice(0, 5).map((j) => path.basename(j.path)));
  });

  it('stops its threads when the caller stops early or fails', async () => {
    const threads = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
    const before = threads();
    for await (const doc of extractInWorkers(jobs, 2)) {
      expect(doc.tasks).toBeDefined();
      break;
    }
    await expect(collect(extractInWorkers([{ path: path.join(inputs.dir, 'nope.txt'), meta: {} }], 1))).rejects.toThrow(/nope\.txt/);
    expect(threads()).toBe(before);
    expect(await collect(extractInWorkers([], 2))).toEqual([]);
    expect(threads()).toBe(before);
  });
});

describe('loadCorpus with extraction on worker threads', () => {
  it('loads the same graph as extraction on the loading thread', async () => {
    const paths = jobs.map((j) => j.path);
    const metaFor = (file: string) => jobs.find((j) => path.basename(j.path) === file)!.meta;
    const graphs = [];
    for (const extractWorkers of [0, 2]) {
      const data = tempDataDir('extract-pool-data');
      const store = await openStore({ backend: 'kuzu', dataDir: data.dir });
      try {
        const summary = await loadCorpus(store, paths, { metaFor, extractWorkers });
        expect(summary.failures).toEqual([]);
        expect(summary.loaded).toHaveLength(paths.length);
        const pairs = await store.sharedPairs(null, { minShared: 1, limit: 30 });
        graphs.push({
          counts: summary.counts,
          pairs,
          recurring: await store.recurringProjects({ minYears: 2 }),
          units: await store.unitsByIds(pairs.flatMap((p) => [p.a, p.b])),
          shared: [...(await store.tasksSharedBy(pairs.slice(0, 3), {}))],
        });
      } finally {
        await store.close();
        data.cleanup();
      }
    }
    expect(graphs[0]!.counts.tasks).toBeGreaterThan(500);
    expect(graphs[0]!.pairs.length).toBeGreaterThan(0);
    expect(graphs[1]).toEqual(graphs[0]);
  });

  it.each([0, 1])('writes nothing of a bulk load whose file went missing before its extraction, and names it (%i workers)', async (extractWorkers) => {
    const copy = tempDataDir('extract-pool-copy');
    const data = tempDataDir('extract-pool-data');
    const store = await openStore({ backend: 'kuzu', dataDir: data.dir });
    try {
      const paths = jobs.map((j) => {
        const to = path.join(copy.dir, path.basename(j.path));
        fs.copyFileSync(j.path, to);
        return to;
      });
      const victim = paths[paths.length - 3]!;
      // The loader reads every file once to check it, then again to extract it: remove one in between.
      const summary = await loadCorpus(store, paths, {
        metaFor: () => ({}),
        extractWorkers,
        onProgress: (done) => {
          if (done === 0 && fs.existsSync(victim)) fs.rmSync(victim);
        },
      });
      expect(summary.failures).toHaveLength(1);
      expect(summary.failures[0]!.reason).toBe(`${victim}: no such file`);
      expect(summary.loaded).toEqual([]);
      expect(summary.counts.documents).toBe(0);
    } finally {
      await store.close();
      data.cleanup();
      copy.cleanup();
    }
  });
});
