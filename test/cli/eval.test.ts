import { describe, expect, it } from 'vitest';
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
});
