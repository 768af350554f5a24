import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { defaultGazetteer } from '../../src/ingest/resolve/gazetteer.js';
import { resolveUnit } from '../../src/ingest/resolve/resolveUnit.js';
import { defaultUnitDictionary } from '../../src/ingest/resolve/unitDictionary.js';
import type { MergeEntry } from '../../scripts/lib/listMerges.js';
import { tempDataDir } from '../helpers/backends.js';
import { runScript } from '../helpers/runScript.js';

/* `npm run merges` as a user runs it: real child processes on a real Kùzu folder holding the seeds. */

const ALL = { offset: 0, limit: 10_000 };
let data: ReturnType<typeof tempDataDir>;
let env: Record<string, string>;
let listed: MergeEntry[];

async function withStore<T>(read: (store: GraphStore) => Promise<T>): Promise<T> {
  const store = await openStore({ backend: 'kuzu', dataDir: data.dir });
  try {
    return await read(store);
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  data = tempDataDir('merges-data');
  env = { DATA_DIR: data.dir };
  expect((await runScript('ingest', [], env)).code).toBe(0);
  const result = await runScript('merges', ['--json'], env);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  listed = JSON.parse(result.stdout) as MergeEntry[];
}, 120_000);
afterAll(() => data.cleanup());

describe('npm run merges', () => {
  it('lists every canonical unit and project once, with every printed form each responsibility and mention used', async () => {
    const { units, projects, responsibilities, mentions, documents } = await withStore(async (s) => {
      const tasks = (await s.tasks({}, ALL)).rows.map((t) => t.id);
      const projects = (await s.projects({}, ALL)).rows;
      return {
        units: (await s.units({}, ALL)).rows,
        projects,
        responsibilities: await s.responsibilitiesByTaskIds(tasks),
        mentions: await s.mentionsByProjectIds(projects.map((p) => p.id)),
        documents: (await s.documentFingerprints()).map((d) => d.id),
      };
    });
    expect(listed.filter((e) => e.kind === 'unit').map((e) => e.id).sort()).toEqual(units.map((u) => u.id).sort());
    expect(listed.filter((e) => e.kind === 'project').map((e) => e.id).sort()).toEqual(projects.map((p) => p.id).sort());

    // Every (node, printed form, rule, document) the edges carry appears, with exactly their count.
    const expected = new Map<string, number>();
    const add = (key: string) => expected.set(key, (expected.get(key) ?? 0) + 1);
    for (const r of responsibilities) add(`${r.unitId}|${r.surface}|${r.resolution}|${r.evidence.documentId}`);
    for (const m of mentions) add(`${m.projectId}|${m.surface}|${m.resolution}|${m.evidence.documentId}`);
    const got = new Map<string, number>();
    const uses = new Map<string, number>();
    for (const e of listed) {
      for (const s of e.surfaces) {
        expect(s.documents.length).toBeGreaterThan(0);
        for (const d of s.documents) {
          expect(documents).toContain(d);
          got.set(`${e.id}|${s.surface}|${s.rule}|${d}`, 0);
        }
        uses.set(`${e.id}|${s.surface}|${s.rule}`, s.uses);
      }
    }
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    const usesExpected = new Map<string, number>();
    for (const [key, n] of expected) {
      const k = key.slice(0, key.lastIndexOf('|'));
      usesExpected.set(k, (usesExpected.get(k) ?? 0) + n);
    }
    expect(uses).toEqual(usesExpected);
    // Every rule is named, and a printed form other than the canonical name is one of the unit's aliases.
    for (const e of listed) for (const s of e.surfaces) expect(s.rule).not.toBe('');
    const aliases = new Map(units.map((u) => [u.id, new Set([u.name, ...u.aliases])]));
    for (const e of listed.filter((e) => e.kind === 'unit')) for (const s of e.surfaces) expect(aliases.get(e.id)!.has(s.surface)).toBe(true);
    // The rule stored per printed form is what resolution says for that form in the unit's region, and it leads to this unit.
    const ctx = { dict: defaultUnitDictionary(), gaz: defaultGazetteer() };
    for (const e of listed.filter((e) => e.kind === 'unit')) {
      for (const s of e.surfaces) {
        const again = resolveUnit(s.surface, { ...ctx, region: e.region }).unit;
        expect({ surface: s.surface, id: again.id, rule: again.rule }).toEqual({ surface: s.surface, id: e.id, rule: s.rule });
      }
    }
    // The seeds do merge: short forms joined into full names by a dictionary entry.
    expect(listed.some((e) => e.kind === 'unit' && e.surfaces.some((s) => s.surface !== e.name && s.rule.startsWith('dict:')))).toBe(true);
  });

  it('filters by kind and region, prints a table a person can read, and refuses a bad --kind in one line', async () => {
    const region = listed.find((e) => e.kind === 'unit')!.region;
    const result = await runScript('merges', ['--kind', 'unit', '--region', region, '--json'], env);
    expect(result.code).toBe(0);
    const some = JSON.parse(result.stdout) as MergeEntry[];
    expect(some).toEqual(listed.filter((e) => e.kind === 'unit' && e.region === region));

    const text = await runScript('merges', ['--kind', 'unit'], env);
    expect(text.code).toBe(0);
    const merged = listed.find((e) => e.kind === 'unit' && e.surfaces.some((s) => s.surface !== e.name))!;
    const form = merged.surfaces.find((s) => s.surface !== merged.name)!;
    expect(text.stdout).toContain(`unit ${merged.name}  (${merged.id}; rule ${merged.rule})`);
    expect(text.stdout).toMatch(new RegExp(`\\n  ${form.surface}\\s+${form.rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+${form.uses}×\\s+${form.documents.join(', ')}`));
    expect(text.stdout).not.toMatch(/^project /m);

    const bad = await runScript('merges', ['--kind', 'person'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toEqual(['dutygraph: BAD_USER_INPUT: --kind must be unit or project (got "person")']);
  }, 60_000);
});
