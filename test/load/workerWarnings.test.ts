import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { extractFile, type ExtractJob } from '../../src/load/extractFile.js';
import { extractInWorkers } from '../../src/load/extractPool.js';
import type { ExtractionWarning } from '../../src/model/records.js';
import { tempDataDir } from '../helpers/backends.js';
import { KUZU_CSV } from '../../src/store/kuzu/preparedDocument.js';

/* A document prepared for the bulk path on a worker thread keeps no warnings of its own: the worker's reply carries them. */

let inputs: ReturnType<typeof tempDataDir>;
let jobs: ExtractJob[];
beforeAll(() => {
  inputs = tempDataDir('worker-warnings');
  fs.copyFileSync(new URL('../fixtures/warnings/every-warning.txt', import.meta.url), path.join(inputs.dir, 'every-warning.txt'));
  fs.copyFileSync(path.join('seeds', '003_face59470fb1d086.txt'), path.join(inputs.dir, '003.txt'));
  jobs = ['every-warning.txt', '003.txt'].map((f) => ({ path: path.join(inputs.dir, f), meta: f === '003.txt' ? { year: 2021, region: '上海市嘉定区' } : {} }));
});
afterAll(() => inputs.cleanup());

describe('extractInWorkers', () => {
  it('tells each prepared document\'s warnings, as extraction on this thread reports them', async () => {
    const noted: Array<[string, ExtractionWarning[]]> = [];
    for await (const doc of extractInWorkers(jobs, 1, { format: KUZU_CSV, pipeline: 'p1' }, (job, w) => noted.push([job.path, w]))) expect(doc.format).toBe(KUZU_CSV.name);
    const here = await Promise.all(jobs.map(async (j) => [j.path, (await extractFile(j)).warnings] as [string, ExtractionWarning[]]));
    expect(noted).toStrictEqual(here);
    expect(noted[0]![1]).toHaveLength(5);
  });
});
