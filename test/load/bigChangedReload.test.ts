import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/load/collectFiles.js';
import { BULK_MIN_CHARS, loadCorpus, type LoadOptions } from '../../src/load/loadCorpus.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { openStore } from '../../src/store/openStore.js';
import { corpusMeta } from '../../scripts/lib/corpusMeta.js';
import { tempDataDir } from '../helpers/backends.js';
import { BIG_FILE, writeBigReloadCorpus, type BigReloadCorpus } from '../helpers/bigReloadCorpus.js';
import { graphDump } from '../helpers/graphDump.js';
import { dumpGraph } from '../store/graphDump.js';

/*
 * A changed document of BULK_MIN_CHARS characters or more (issue 17: a 16 MB task list replaced
 * row by row took minutes) is reloaded by `ingest` through the store's bulk path: its new
 * version extracted, then old out and new in by COPY in one transaction. Real Kùzu on disk;
 * the store is watched (not replaced) to see which of its writes the loader used.
 */
const temps: Array<{ cleanup: () => void }> = [];
let docs: BigReloadCorpus;
const NO_FAULTS = { unknownDocuments: [], orphans: [], pairTotalsOff: [], projectYearsOff: [] };

function temp(label: string): string {
  const t = tempDataDir(label);
  temps.push(t);
  return t.dir;
}

/** The store, with the name of every method the loader calls recorded in `calls`. */
function watched(store: GraphStore, calls: string[]): GraphStore {
  return new Proxy(store, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(prop));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

type Picture = Awaited<ReturnType<typeof graphDump>>;
type Dump = Awaited<ReturnType<typeof dumpGraph>>['dump'];

/**
 * The dump without the CO_TOTAL row count: Kùzu 0.11.3's `count(r)` of CO_TOTAL counts rows the
 * row path's replace (DELETE then CREATE of a pair's total, replaceDocument) deleted — 216 where
 * a scan finds 213 distinct pairs, none twice — before any bulk reload. The rows themselves are
 * compared, as scanned, in `pairTotals`.
 */
function countsAsScanned(d: Dump) {
  return { ...d, tables: { ...d.tables, CO_TOTAL: d.pairTotals.length } };
}

/**
 * The picture without the shared entities' aliases: a surviving unit or project keeps the names
 * a removed version alone printed (SharedEntities unions names with those stored, on either
 * write path: replaceDocument does the same), so those are not compared here.
 */
function withoutAliases(p: Picture) {
  return { ...p, units: p.units.map((u) => ({ ...u, aliases: [] })), projects: p.projects.map((x) => ({ ...x, aliases: [] })) };
}

/** Loads `dir` into the Kùzu graph under `dataDir`; returns the summary, the store's calls and the graph's dumps (taken after close). */
async function load(dataDir: string, dir: string, options: Partial<LoadOptions> = {}) {
  const calls: string[] = [];
  const store = await openStore({ backend: 'kuzu', dataDir });
  let summary;
  let picture;
  try {
    summary = await loadCorpus(watched(store, calls), collectFiles([dir]), { metaFor: corpusMeta([dir]), ...options });
    picture = await graphDump(store);
  } finally {
    await store.close();
  }
  const { dump, faults } = await dumpGraph(dataDir);
  return { summary, calls, picture, dump, faults };
}

let cleanB: Awaited<ReturnType<typeof load>>;
let cleanA: Awaited<ReturnType<typeof load>>;

beforeAll(async () => {
  docs = writeBigReloadCorpus(temp('big-reload-docs'));
  expect(docs.chars.b).toBeGreaterThanOrEqual(BULK_MIN_CHARS);
  cleanA = await load(temp('big-reload-clean-a'), docs.a);
  cleanB = await load(temp('big-reload-clean-b'), docs.b);
  for (const clean of [cleanA, cleanB]) {
    expect(clean.summary.failures).toEqual([]);
    expect(clean.faults).toEqual(NO_FAULTS);
  }
  // What the reload must get right is there to get wrong: A cites entities B does not (orphans
  // once B replaces it), and the big document shares entities with the small ones.
  const inB = new Set(cleanB.dump.shared);
  expect(cleanA.dump.shared.filter((id) => !inB.has(id)).length).toBeGreaterThan(0);
}, 180_000);

afterAll(() => {
  for (const t of temps) t.cleanup();
});

describe('a large changed document reloaded by ingest', () => {
  it.each([['changed content', false], ['--force', true]] as const)('%s: replaced through the bulk path; the graph equals a clean load of the new version', async (_, force) => {
    const dataDir = temp('big-reload');
    await load(dataDir, docs.a);
    const reload = await load(dataDir, docs.b, { force });
    expect(reload.summary.failures).toEqual([]);
    expect(reload.summary.loaded).toContain(BIG_FILE);
    expect(reload.calls.filter((c) => c === 'replaceDocumentInBulk')).toHaveLength(1);
    // --force reloads the small documents too, each replaced row by row; the big one never is.
    expect(reload.calls.filter((c) => c === 'replaceDocument')).toHaveLength(force ? reload.summary.loaded.length - 1 : 0);
    expect(reload.faults).toEqual(NO_FAULTS);
    expect(countsAsScanned(reload.dump)).toEqual(countsAsScanned(cleanB.dump));
    expect(withoutAliases(reload.picture)).toEqual(withoutAliases(cleanB.picture));
  }, 180_000);

  it('a new version its extraction refuses leaves the old one whole, and nothing is written', async () => {
    const dataDir = temp('big-reload-refused');
    await load(dataDir, docs.a);
    // One unit per task at most: the new version's tasks naming several units refuse it.
    const refused = await load(dataDir, docs.b, { maxUnitsPerTask: 1 });
    expect(refused.summary.failures.map((f) => f.file)).toEqual([expect.stringContaining(BIG_FILE)]);
    expect(refused.calls.filter((c) => /^(replace|remove|bulk)/.test(c))).toEqual([]);
    expect(refused.dump).toEqual(cleanA.dump);
    expect(refused.picture).toEqual(cleanA.picture);
  }, 180_000);
});
