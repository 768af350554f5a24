import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../helpers/runScript.js';

/* `npm run eval` as a user runs it: the JSON contract of the issue, on the seeds' gold files. */

describe('npm run eval', () => {
  it('scores seed 000 with the documented JSON shape', async () => {
    const result = await runScript('eval', ['--gold', 'seeds/gold/000_27008efcf6a828d5.json', '--json'], {});
    expect(result.code).toBe(0);
    const score = JSON.parse(result.stdout) as Record<string, Record<string, number>>;
    expect(Object.keys(score).sort()).toEqual(['responsibilities', 'roles', 'tasks']);
    expect(score.tasks).toEqual({ gold: 97, extracted: 97, matched: 97, precision: 1, recall: 1 });
    expect(score.responsibilities).toMatchObject({ gold: 110, matched: 110, f1: 1 });
    expect(score.roles).toMatchObject({ compared: 110, correct: 110, accuracy: 1 });
  });

  it('scores ★ on seed 004', async () => {
    const result = await runScript('eval', ['--gold', 'seeds/gold/004_d033852e6abde348.json', '--json'], {});
    const score = JSON.parse(result.stdout) as { tasks: { matched: number; precision: number }; starred: { gold: number; matched: number } };
    expect(score.tasks).toMatchObject({ matched: 129, precision: 1 });
    expect(score.starred).toEqual({ gold: 25, matched: 25 });
  });

  it('scores recurring projects through a temporary graph', async () => {
    const result = await runScript('eval', ['--recurring', 'seeds/gold/recurring_projects_jiading.json', '--json'], {});
    expect(result.code).toBe(0);
    const score = JSON.parse(result.stdout) as { core: { total: number; found: number; yearsExact: number; recall: number }; precision: number; missing: string[]; unmatched: string[]; reported: number; matchedAny: number };
    expect(score.core.yearsExact).toBe(score.core.total);
    expect(score.precision).toBeGreaterThanOrEqual(0.85);
    expect(score.missing).toEqual([]);
  });

  it('names a missing gold file in one line', async () => {
    const result = await runScript('eval', ['--gold', 'nope.json'], {});
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('nope.json');
  });

  it('names a missing corpus folder, and one without an answer key, in one line', async () => {
    for (const dir of ['no-such-corpus', 'src']) {
      const result = await runScript('eval', ['--corpus', dir], {});
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(dir);
    }
  });
});

interface CorpusJson {
  documents: number;
  total: { tasks: { gold: number; matched: number; recall: number }; responsibilities: { gold: number; f1: number }; starred?: { gold: number; matched: number } };
  groups: Array<{ group: string; documents: number; score: { tasks: { gold: number } } }>;
  worst: Array<{ document: string; score: number }>;
  recurring: { regions: number; score: { core: { total: number; yearsExact: number }; reported: number; precision: number } } | null;
}

describe('npm run eval -- --corpus', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dutygraph-evalcorpus-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('scores every sample with a gold file, and the recurring projects, as the one-file modes do', async () => {
    const result = await runScript('eval', ['--corpus', 'seeds', '--json'], {});
    expect(result.code, result.stderr).toBe(0);
    const c = JSON.parse(result.stdout) as CorpusJson;
    expect(c.documents).toBe(2);
    // seed 000 (97 tasks, 110 responsibilities) and seed 004 (129 tasks, 25 ★), summed.
    expect(c.total.tasks).toMatchObject({ gold: 226, matched: 226 });
    expect(c.total.responsibilities).toMatchObject({ gold: 110, f1: 1 });
    expect(c.total.starred).toEqual({ gold: 25, matched: 25 });
    expect(c.groups.map((g) => g.group)).toEqual(['target_list', 'task_list']);
    expect(c.recurring?.regions).toBe(1);
    expect(c.recurring?.score.core.yearsExact).toBe(c.recurring?.score.core.total);
  });

  it('scores a generated corpus by layout, and finds a damaged document', async () => {
    const dir = path.join(tmp, 'g');
    const gen = await runScript('gen', ['--tasks', '800', '--seed', '5', '--out', dir], {});
    expect(gen.code, gen.stderr).toBe(0);
    const layouts = new Set((JSON.parse(fs.readFileSync(path.join(dir, 'docs/manifest.json'), 'utf8')) as { documents: Array<{ layout: string }> }).documents.map((d) => d.layout));
    const score = async (): Promise<CorpusJson> => {
      const result = await runScript('eval', ['--corpus', dir, '--json'], {});
      expect(result.code, result.stderr).toBe(0);
      return JSON.parse(result.stdout) as CorpusJson;
    };
    const before = await score();
    expect(before.total.tasks.gold).toBe(800);
    // Feature groups (`column-table +continued`) count a document again: the layout groups sum to the corpus.
    expect(before.groups.filter((g) => !g.group.includes(' +')).reduce((n, g) => n + g.score.tasks.gold, 0)).toBe(800);
    for (const layout of layouts) expect(before.groups.some((g) => g.group.startsWith(layout)), layout).toBe(true);
    expect(before.recurring?.regions).toBe(fs.readdirSync(path.join(dir, 'truth')).filter((f) => f.startsWith('recurring_projects_')).length);

    // Cut the largest document in half: its tasks past the cut can no longer be found.
    const docs = fs.readdirSync(path.join(dir, 'docs')).filter((f) => f.endsWith('.txt'));
    const largest = docs.sort((a, b) => fs.statSync(path.join(dir, 'docs', b)).size - fs.statSync(path.join(dir, 'docs', a)).size)[0]!;
    const text = fs.readFileSync(path.join(dir, 'docs', largest), 'utf8');
    fs.writeFileSync(path.join(dir, 'docs', largest), text.slice(0, Math.floor(text.length / 2)));
    const after = await score();
    expect(after.total.tasks.matched).toBeLessThan(before.total.tasks.matched);
    expect(after.total.tasks.recall).toBeLessThan(1);
    expect(after.worst[0]?.document).toBe(largest);
  }, 120_000);
});
