import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBench, type BenchResults } from '../../bench/run.js';

/*
 * Keeps `npm run bench` working: a 2,000-task run with 3 repetitions and 1-second throughput
 * runs must produce every figure, as a finite number, and write results.json in the issue's
 * shape. How fast is not checked here (bench/README.md reports that).
 */

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-smoke-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const ROOT_QUERIES = [
  'sharedTasksGlobal', 'sharedTasksUnit', 'recurringProjects', 'accountabilityChain', 'neighborhood',
  'coResponsibilityNetwork', 'search', 'unitTasks', 'documentTasks',
];

function expectFinite(label: string, value: unknown): void {
  expect(typeof value, label).toBe('number');
  expect(Number.isFinite(value), `${label} = ${String(value)}`).toBe(true);
}

describe('npm run bench (smoke: --tasks 2000 --reps 3)', () => {
  let results: BenchResults;
  const out = path.join(work, 'results.json');

  it('runs every phase without errors and writes results.json', async () => {
    results = await runBench({
      tasks: 2000, seed: 1, reps: 3, out, corpusRoot: path.join(work, 'corpus'),
      throughputSeconds: 1, connections: 4, queryBudgetMs: 3_000, command: 'vitest smoke',
    });
    expect(results.errors).toEqual([]);
    const written = JSON.parse(fs.readFileSync(out, 'utf8')) as BenchResults;
    expect(written.tasks).toBe(2000);
    expect(Object.keys(written)).toEqual(expect.arrayContaining(['tasks', 'machine', 'ingest', 'queries', 'baselines', 'throughput']));
  }, 90_000);

  it('produces every figure as a finite number', () => {
    expect(results.machine.store).toBe('kuzu');
    expectFinite('machine.cores', results.machine.cores);
    for (const key of ['seconds', 'tasksPerSec', 'extractSeconds', 'loadSeconds', 'stagedSeconds', 'writeSeconds', 'extractMBps', 'rssMB', 'diskMB'] as const) {
      expectFinite(`ingest.${key}`, results.ingest[key]);
    }
    expect(results.ingest.counts.tasks).toBe(2000);
    const a = results.accuracy!;
    expect(a.tasks.gold).toBe(2000);
    expect(a.responsibilities.gold).toBeGreaterThan(0);
    for (const [key, v] of Object.entries({ ...a.tasks, ...a.responsibilities, roles: a.roles.accuracy })) expectFinite(`accuracy.${key}`, v);
    expect(a.recurringProjects?.regions, 'the recurring projects of the loaded graph were not scored').toBeGreaterThan(0);
    expectFinite('accuracy.recurringProjects.recall', a.recurringProjects!.recall);
    expect(Object.keys(results.queries).sort()).toEqual([...ROOT_QUERIES].sort());
    for (const [name, q] of Object.entries(results.queries)) {
      for (const key of ['p50Ms', 'p99Ms', 'firstMs', 'rawP50Ms', 'rawP99Ms', 'overhead'] as const) expectFinite(`queries.${name}.${key}`, q[key]);
      expect(q.storeCalls, `${name} made no store call`).toBeGreaterThan(0);
      expect(q.reps).toBeGreaterThanOrEqual(1);
    }
    expectFinite('baselines.sharedTasksNaiveMs', results.baselines.sharedTasksNaiveMs);
    expectFinite('baselines.sharedTasksSpeedup', results.baselines.sharedTasksSpeedup);
    expectFinite('baselines.emptyRequestP50Ms', results.baselines.emptyRequestP50Ms);
    expectFinite('baselines.speedupCeiling', results.baselines.speedupCeiling);
    // At 2,000 tasks the naive join takes a few ms: the empty request caps the speedup far below 300×, and the target says so.
    const speedup = results.targets.find((t) => t.id === 'sharedTasks.speedup');
    if (results.baselines.speedupCeiling! < 300) expect(speedup?.note).toMatch(/empty request .* no request can be more than \d+× faster/);
    expect(results.baselines.naiveAgrees, 'the precomputed pairs and the naive self-join disagree').toBe(true);
    expect(Object.keys(results.throughput).sort()).toEqual(['heavy', 'small']);
    for (const [name, t] of Object.entries(results.throughput)) {
      for (const key of ['reqPerSec', 'p99Ms', 'errors'] as const) expectFinite(`throughput.${name}.${key}`, t[key]);
      expect(t.requests, `${name}: no request completed`).toBeGreaterThan(0);
      expect(t.errors, `${name}: requests failed under load`).toBe(0);
    }
    expectFinite('server.peakRssMB', results.server.peakRssMB);
    expect(results.targets.length).toBeGreaterThan(0);
    for (const t of results.targets) expect([true, false, null]).toContain(t.met);
  });
});
