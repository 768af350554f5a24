import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpus } from '../gen/helpers.js';
import { tempDataDir } from '../helpers/backends.js';
import { killableIngest, type IngestRun } from '../helpers/killableIngest.js';
import { dumpGraph, type GraphDump } from './graphDump.js';

/*
 * `kill -9` of `npm run ingest` at random moments (real child processes, a real Kùzu folder):
 * during a first bulk load and during an `ingest --force` reload. Each time the graph reopened
 * (with the repair any start does) must hold only whole documents, no edge or shared entity
 * without a document citing it, and summaries equal to a recomputation; after a --force kill
 * it must equal the clean load exactly (every document is there before, old or new alike), and
 * after a bulk kill one more ingest must make it so. CRASH_TRIALS kills of each kind (10 in CI;
 * `npm run soak`: 50). Delays come from a seeded generator (CRASH_SEED) so a failure can be replayed.
 */
const TRIALS = Number(process.env.CRASH_TRIALS ?? 10);
const SEED = Number(process.env.CRASH_SEED ?? 17);

let docs: ReturnType<typeof tempDataDir>;
let clean: GraphDump;
/** Milliseconds from the store's open to the end of a clean first load and of a --force reload. */
let loadMs = 0;
let reloadMs = 0;

// Park–Miller: the same delays for the same seed.
let state = SEED;
const random = () => (state = (state * 48_271) % 2_147_483_647) / 2_147_483_647;

const ingest = (dataDir: string, args: string[], killAfterMs?: number): Promise<IngestRun> => killableIngest(dataDir, docs.dir, args, killAfterMs);

beforeAll(async () => {
  docs = tempDataDir('crash-docs');
  const generated = corpus({ tasks: 500, seed: 11, regions: 2 }).docs;
  for (const d of generated) fs.writeFileSync(path.join(docs.dir, d.file), d.text);
  const manifest = { documents: generated.map((d) => ({ file: d.file, title: d.meta.title, year: d.meta.year, region: d.meta.region, genre: d.meta.genre })) };
  fs.writeFileSync(path.join(docs.dir, 'manifest.json'), JSON.stringify(manifest));
  expect(generated.length).toBeGreaterThanOrEqual(20); // the bulk path
  const data = tempDataDir('crash-clean');
  try {
    const first = await ingest(data.dir, []);
    expect(first.stderr).toBe('');
    loadMs = first.openToEndMs;
    const forced = await ingest(data.dir, ['--force']);
    expect(forced.code).toBe(0);
    reloadMs = forced.openToEndMs;
    const { dump, faults } = await dumpGraph(data.dir);
    clean = dump;
    // The checks themselves hold on a clean load (and so can fail only for a crash).
    expect(faults).toEqual({ unknownDocuments: [], orphans: [], pairTotalsOff: [], projectYearsOff: [] });
    expect(Object.keys(clean.documents)).toHaveLength(generated.length);
  } finally {
    data.cleanup();
  }
}, 120_000);

afterAll(() => docs?.cleanup());

describe(`kill -9 of ingest at random moments (${TRIALS} of each, seed ${SEED})`, () => {
  it('leaves whole documents and exact summaries after every kill, and the clean graph after a --force kill or one more ingest', async () => {
    const outcomes: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      const data = tempDataDir('crash-trial');
      try {
        // A first bulk load, killed.
        const bulkDelay = Math.round(random() * loadMs * 1.1);
        const killed = await ingest(data.dir, [], bulkDelay);
        const notices: string[] = [];
        const after = await dumpGraph(data.dir, notices);
        const context = `trial ${trial}, bulk kill at ${bulkDelay} ms (${killed.signal ?? `exit ${killed.code}`})`;
        expect(after.faults, context).toEqual({ unknownDocuments: [], orphans: [], pairTotalsOff: [], projectYearsOff: [] });
        for (const [id, signature] of Object.entries(after.dump.documents)) expect(`${id} ${signature}`, context).toBe(`${id} ${clean.documents[id]}`);
        expect(fs.readdirSync(path.join(data.dir)).filter((f) => f === 'staging' || f.endsWith('.wal')), context).toEqual([]);
        outcomes.push(`bulk ${bulkDelay}ms: ${Object.keys(after.dump.documents).length} docs${notices.length ? ' (rolled back)' : ''}`);

        // One more ingest completes it: the clean graph exactly.
        const completed = await ingest(data.dir, []);
        expect(completed.code, `${context}: ${completed.stderr}`).toBe(0);
        expect((await dumpGraph(data.dir)).dump, context).toEqual(clean);

        // A --force reload, killed: every document was there before and is the same after.
        const reloadDelay = Math.round(random() * reloadMs * 1.1);
        const reloaded = await ingest(data.dir, ['--force'], reloadDelay);
        const reopened = await dumpGraph(data.dir);
        const context2 = `trial ${trial}, --force kill at ${reloadDelay} ms (${reloaded.signal ?? `exit ${reloaded.code}`})`;
        expect(reopened.faults, context2).toEqual({ unknownDocuments: [], orphans: [], pairTotalsOff: [], projectYearsOff: [] });
        expect(reopened.dump, context2).toEqual(clean);
        outcomes.push(`force ${reloadDelay}ms: equal`);
      } finally {
        data.cleanup();
      }
    }
    console.log(`crash trials (load ${Math.round(loadMs)} ms, reload ${Math.round(reloadMs)} ms): ${outcomes.join('; ')}`);
  }, TRIALS * 60_000 + 60_000);
});
