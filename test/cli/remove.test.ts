import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import { tempDataDir } from '../helpers/backends.js';
import { graphDump } from '../helpers/graphDump.js';
import { runScript } from '../helpers/runScript.js';

/* `npm run remove` as a user runs it: real child processes on a real Kùzu folder holding the seeds. */

const SEED = 'seeds/000_27008efcf6a828d5.txt';
let data: ReturnType<typeof tempDataDir>;
let env: Record<string, string>;

async function withStore<T>(read: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  const store = await openStore({ backend: 'kuzu', dataDir: data.dir });
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  data = tempDataDir('remove-data');
  env = { DATA_DIR: data.dir };
  const ingest = await runScript('ingest', [], env);
  expect(ingest.code).toBe(0);
}, 120_000);
afterAll(() => data.cleanup());

describe('npm run remove', () => {
  it('removes exactly one document by its file, names it when gone, and re-ingesting it gives the same graph as never removing it', async () => {
    const before = await withStore(graphDump);
    const fingerprints = await withStore((s) => s.documentFingerprints());
    const target = fingerprints.find((f) => SEED.endsWith(f.file))!;
    expect(target).toBeDefined();
    // What only this document says: its tasks, and the units and projects no other document cites.
    const own = await withStore(async (s) => {
      const cited = async (id: string) => [
        ...(await s.units({ documentId: id }, { offset: 0, limit: 10_000 })).rows.map((u) => u.id),
        ...(await s.projects({ documentId: id }, { offset: 0, limit: 10_000 })).rows.map((p) => p.id),
      ];
      const all = await cited(target.id);
      const elsewhere = new Set<string>();
      for (const f of fingerprints.filter((f) => f.id !== target.id)) for (const id of await cited(f.id)) elsewhere.add(id);
      return { only: all.filter((id) => !elsewhere.has(id)), shared: all.filter((id) => elsewhere.has(id)) };
    });
    expect(own.only.some((id) => id.startsWith('unit:'))).toBe(true);
    expect(own.shared.length).toBeGreaterThan(0);

    const removed = await runScript('remove', [SEED], env);
    expect(removed.stderr).toBe('');
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain(`removed ${target.id}`);

    const after = await withStore(graphDump);
    expect(after.counts.documents).toBe(before.counts.documents - 1);
    expect(after).not.toEqual(before);
    await withStore(async (s) => {
      expect((await s.tasks({ documentId: target.id }, { offset: 0, limit: 1 })).totalCount).toBe(0);
      const present = async (ids: string[]) => [
        ...(await s.unitsByIds(ids.filter((id) => id.startsWith('unit:')))).map((u) => u.id),
        ...(await s.projectsByIds(ids.filter((id) => id.startsWith('proj:')))).map((p) => p.id),
      ].sort();
      expect(await present(own.only)).toEqual([]);
      // What other documents also cite stays.
      expect(await present(own.shared)).toEqual([...own.shared].sort());
      expect((await s.documentFingerprints()).map((f) => f.id)).not.toContain(target.id);
    });

    // Again: nothing to remove, said in one line, exit 1, graph unchanged.
    const again = await runScript('remove', [SEED], env);
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split('\n')).toEqual([`remove: ${SEED}: not loaded (no document has that id, file name or content)`]);
    expect(await withStore(graphDump)).toEqual(after);

    const back = await runScript('ingest', [SEED], env);
    expect(back.code).toBe(0);
    expect(await withStore(graphDump)).toEqual(before);
  }, 120_000);

  it('removes by document id, and by a copy of the file under another name (matched by content)', async () => {
    const before = await withStore(graphDump);
    const [first, second] = (await withStore((s) => s.documentFingerprints())).sort((a, b) => a.file.localeCompare(b.file));
    const copy = tempDataDir('remove-copy');
    try {
      const renamed = path.join(copy.dir, 'renamed.txt');
      fs.copyFileSync(path.join('seeds', second!.file), renamed);
      const result = await runScript('remove', [first!.id, renamed, 'doc:no-such-document'], env);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain(`removed ${first!.id}`);
      expect(result.stdout).toContain(`removed ${second!.id}`);
      expect(result.stderr.trim().split('\n')).toEqual(['remove: doc:no-such-document: not loaded (no document has that id, file name or content)']);
      expect((await withStore((s) => s.counts())).documents).toBe(before.counts.documents - 2);
    } finally {
      copy.cleanup();
    }
    const back = await runScript('ingest', [], env);
    expect(back.code).toBe(0);
    expect(await withStore(graphDump)).toEqual(before);
  }, 120_000);
});
