import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import type { ResponsibilityRow } from '../../src/store/rows.js';
import type { MergeEntry } from '../../scripts/lib/listMerges.js';
import { tempDataDir } from '../helpers/backends.js';
import { runScript } from '../helpers/runScript.js';

/*
 * The user overrides file as a user runs it: real `ingest` and `merges` child processes on a
 * real Kùzu folder, the file in DATA_DIR (the default) or chosen with --overrides.
 */

const JD = '上海市嘉定区';
const DOCS: Record<string, string> = {
  // 区经信委 is a unit of its own by the rules; the merge entry joins it to 区经委's unit.
  'a.txt': '一、产业\n(1)推进氢能产业园建设。(责任单位:区经委)\n(2)推进智能传感器产业园建设。(责任单位:区经信委)\n',
  // The rules read 区交通委 as 区交通委员会; the apart entry keeps it a unit of its own.
  'b.txt': '一、交通\n(1)推进轨道交通建设。(责任单位:区交通委员会)\n(2)推进公交线路优化。(责任单位:区交通委)\n',
  // A collective, a municipal unit moved to 上海市, and a unit renamed.
  'c.txt': '一、商务\n(1)推进楼宇经济发展。(责任单位:区商务委、区联席会议)\n(2)推进重大项目审批。(责任单位:市发展改革委)\n',
};

const MERGE = { region: JD, names: ['区经委', '区经信委'] };
const APART = { region: JD, names: ['区交通委员会', '区交通委'] };
const RENAME = { region: JD, name: '嘉定区商务委员会', to: '嘉定区商务委' };
const COLLECTIVE = { name: '区联席会议' };
const UNIT_REGION = { name: '市发展改革委', to: '上海市' };

let data: ReturnType<typeof tempDataDir>;
let docs: string;
let env: Record<string, string>;

function writeOverrides(content: unknown, file = path.join(data.dir, 'overrides.json')): string {
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

async function ingest(...extra: string[]): Promise<{ loaded: number; unchanged: number }> {
  const r = await runScript('ingest', [docs, '--region', JD, '--year', '2023', ...extra], env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const m = /ingested (\d+) document\(s\), (\d+) unchanged/.exec(r.stdout);
  expect(m).not.toBeNull();
  return { loaded: Number(m![1]), unchanged: Number(m![2]) };
}

// Every responsibility by its printed form: the unit it points to and the rule that resolved it.
async function bySurface(): Promise<Map<string, ResponsibilityRow>> {
  const store = await openStore({ backend: 'kuzu', dataDir: data.dir });
  try {
    const tasks = (await store.tasks({}, { offset: 0, limit: 1000 })).rows.map((t) => t.id);
    return new Map((await store.responsibilitiesByTaskIds(tasks)).map((r) => [r.surface, r]));
  } finally {
    await store.close();
  }
}

beforeAll(() => {
  data = tempDataDir('overrides-data');
  docs = path.join(data.dir, 'docs');
  mkdirSync(docs);
  for (const [file, text] of Object.entries(DOCS)) writeFileSync(path.join(docs, file), text);
  env = { DATA_DIR: data.dir, SEEDS_DIR: path.join(data.dir, 'no-seeds') };
});
afterAll(() => data.cleanup());

describe('the overrides file', () => {
  it('without one, the rules decide (the baseline the entries below change)', async () => {
    expect(await ingest()).toEqual({ loaded: 3, unchanged: 0 });
    const r = await bySurface();
    expect(r.get('区经信委')!.unitId).not.toBe(r.get('区经委')!.unitId);
    expect(r.get('区交通委')!.unitId).toBe(r.get('区交通委员会')!.unitId);
    expect(r.get('区商务委')!.unitId).toBe(`unit:${JD}:嘉定区商务委员会`);
    expect(r.get('区联席会议')!.resolution).not.toMatch(/override/);
    expect(r.get('市发展改革委')!.unitId).toMatch(new RegExp(`^unit:${JD}:`));
  }, 120_000);

  it('forces a merge, and reloads only the document it concerns', async () => {
    writeOverrides({ merge: [MERGE] });
    expect(await ingest()).toEqual({ loaded: 1, unchanged: 2 });
    const r = await bySurface();
    expect(r.get('区经信委')!.unitId).toBe(r.get('区经委')!.unitId);
    expect(r.get('区经信委')!.resolution).toBe('override.merge:区经委=区经信委');
    // Visible in `npm run merges` as the rule that joined the printed form.
    const listed = await runScript('merges', ['--json', '--kind', 'unit'], env);
    expect(listed.code).toBe(0);
    const entry = (JSON.parse(listed.stdout) as MergeEntry[]).find((e) => e.id === r.get('区经委')!.unitId)!;
    expect(entry.surfaces.find((s) => s.surface === '区经信委')?.rule).toBe('override.merge:区经委=区经信委');
  }, 120_000);

  it('keeps two apart, renames, marks a collective and sets a region; an unrelated edit reloads nothing', async () => {
    writeOverrides({ merge: [MERGE], apart: [APART], rename: [RENAME], collective: [COLLECTIVE], unitRegion: [UNIT_REGION] });
    expect(await ingest()).toEqual({ loaded: 2, unchanged: 1 });
    const r = await bySurface();
    expect(r.get('区交通委')!.unitId).not.toBe(r.get('区交通委员会')!.unitId);
    expect(r.get('区交通委')!.resolution).toBe('override.apart:区交通委员会|区交通委');
    expect(r.get('区商务委')!.unitId).toBe(`unit:${JD}:嘉定区商务委`);
    expect(r.get('区商务委')!.resolution).toMatch(/\+override\.rename$/);
    expect(r.get('区联席会议')!.resolution).toBe('override.collective');
    expect(r.get('市发展改革委')!.unitId).toMatch(/^unit:上海市:/);
    expect(r.get('市发展改革委')!.resolution).toMatch(/\+override\.region:上海市$/);

    // An entry for a name no document prints changes no document's fingerprint.
    writeOverrides({ merge: [MERGE, { names: ['区某某局', '区某某委'] }], apart: [APART], rename: [RENAME], collective: [COLLECTIVE], unitRegion: [UNIT_REGION] });
    expect(await ingest()).toEqual({ loaded: 0, unchanged: 3 });
  }, 180_000);

  it('removing an entry undoes it, reloading only its document', async () => {
    writeOverrides({ apart: [APART], rename: [RENAME], collective: [COLLECTIVE], unitRegion: [UNIT_REGION] });
    expect(await ingest()).toEqual({ loaded: 1, unchanged: 2 });
    let r = await bySurface();
    expect(r.get('区经信委')!.unitId).not.toBe(r.get('区经委')!.unitId);
    expect(r.get('区经信委')!.resolution).not.toMatch(/override/);
    expect(r.get('区交通委')!.resolution).toBe('override.apart:区交通委员会|区交通委');

    // The rename alone removed: the document citing the renamed unit reloads, and the unit has its name back.
    writeOverrides({ apart: [APART], collective: [COLLECTIVE], unitRegion: [UNIT_REGION] });
    expect(await ingest()).toEqual({ loaded: 1, unchanged: 2 });
    r = await bySurface();
    expect(r.get('区商务委')!.unitId).toBe(`unit:${JD}:嘉定区商务委员会`);
  }, 180_000);

  it('--overrides chooses another file; removing every entry restores what the rules decide', async () => {
    const chosen = writeOverrides({ merge: [MERGE] }, path.join(data.dir, 'mine.json'));
    writeOverrides({});
    expect(await ingest('--overrides', chosen)).toEqual({ loaded: 3, unchanged: 0 });
    expect((await bySurface()).get('区经信委')!.resolution).toBe('override.merge:区经委=区经信委');
    expect(await ingest()).toEqual({ loaded: 1, unchanged: 2 });
    const r = await bySurface();
    expect(r.get('区经信委')!.unitId).not.toBe(r.get('区经委')!.unitId);
    expect(r.get('区交通委')!.unitId).toBe(r.get('区交通委员会')!.unitId);
    expect(r.get('市发展改革委')!.unitId).toMatch(new RegExp(`^unit:${JD}:`));
  }, 180_000);

  it.each([
    ['{"merge": [{"names": ["区经委"]}]}', 'merge[0].names: must list two or more printed names'],
    ['{"rename": [{"name": "a", "to": "b"}]}', 'rename[0].region: is required'],
    ['{"merges": []}', 'merges: is not a section'],
    ['{"collective": [{"name": "x", "nmae": 1}]}', 'collective[0].nmae: is not a field'],
    ['{"merge": [', 'not JSON'],
  ])('a bad file (%s) is one line naming the file and field, and nothing is read', async (content, reason) => {
    const file = writeOverrides(content, path.join(data.dir, 'bad.json'));
    const r = await runScript('ingest', [docs, '--overrides', file], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(file);
    expect(r.stderr).toContain(reason);
  }, 60_000);

  it('a chosen file that does not exist is named', async () => {
    const r = await runScript('ingest', [docs, '--overrides', path.join(data.dir, 'missing.json')], env);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('missing.json: cannot be read');
  }, 60_000);
});
