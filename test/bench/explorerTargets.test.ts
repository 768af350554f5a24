import { describe, expect, it } from 'vitest';
import type { ExplorerFigures } from '../../bench/lib/explorerPhase.js';
import { parseBenchArgs } from '../../bench/lib/options.js';
import type { BenchResults } from '../../bench/lib/results.js';
import { checkTargets } from '../../bench/lib/targets.js';

/*
 * The explorer phase's targets (issue 22): a year's network interactive ≤ 2 s after the request,
 * the sample graph's first paint ≤ 1 s. The phase itself runs Chromium (npm run bench -- --explorer,
 * measured in bench/README.md); here, that its figures are judged against those lines and that a
 * run without it says "not measured" rather than passing.
 */

function figures(interactiveP50Ms: number, firstPaintP50Ms: number): ExplorerFigures {
  return {
    year: 2021, api: { nodes: 900, edges: 2000, truncated: false }, drawn: { nodes: 900, edges: 2000 },
    interactiveP50Ms, interactiveMaxMs: interactiveP50Ms, sinceNavigationP50Ms: interactiveP50Ms + 300, firstPaintP50Ms: 300,
    fpsDuringLayout: 30, runs: 5, outsideRequests: 0,
    sample: { firstPaintP50Ms, firstPaintMaxMs: firstPaintP50Ms, interactiveAtP50Ms: firstPaintP50Ms + 200, nodes: 17, edges: 19, runs: 5 },
  };
}

function run(explorer: ExplorerFigures | null): Omit<BenchResults, 'targets'> {
  return {
    tasks: 100_000, seed: 1, mode: 'ingest-only', command: 'npm run bench -- --explorer', startedAt: '', totalSeconds: 0,
    machine: { cores: 2, node: '', store: '', kuzu: '', cpu: '', memoryGB: 0, platform: '', loadAverage: { start: 0, end: 0 }, neo4jStartSeconds: null },
    corpus: { dir: '', documents: 0, mb: 0, reused: true, genSeconds: 0 },
    ingest: { seconds: NaN, tasksPerSec: NaN, extractSeconds: NaN, loadSeconds: NaN, stagedSeconds: NaN, writeSeconds: NaN, extractMBps: NaN, rssMB: NaN, diskMB: NaN, counts: {} },
    accuracy: null, formats: null, params: null, queries: {}, heavyQuery: null,
    baselines: { sharedTasksNaiveMs: null, naiveRunsMs: [], sharedTasksSpeedup: null, sharedTasksRawSpeedup: null, naiveAgrees: null, naiveQuery: '', emptyRequestP50Ms: null, speedupCeiling: null },
    throughput: {}, server: { afterWarmupRssMB: null, peakRssMB: null }, explorer, phases: {}, errors: [],
  };
}

const met = (r: Omit<BenchResults, 'targets'>, id: string) => checkTargets(r).find((t) => t.id === id)?.met;

describe('bench explorer targets', () => {
  it('--explorer turns the phase on; it is off by default', () => {
    expect(parseBenchArgs(['--explorer']).explorer).toBe(true);
    expect(parseBenchArgs([]).explorer).toBeUndefined();
  });

  it('judges the network against 2 s and the sample first paint against 1 s', () => {
    expect(met(run(figures(1_200, 600)), 'explorer.network.interactiveMs')).toBe(true);
    expect(met(run(figures(1_200, 600)), 'explorer.sample.firstPaintMs')).toBe(true);
    expect(met(run(figures(2_400, 600)), 'explorer.network.interactiveMs')).toBe(false);
    expect(met(run(figures(1_200, 1_100)), 'explorer.sample.firstPaintMs')).toBe(false);
  });

  it('a run without the phase reports both as not measured', () => {
    expect(met(run(null), 'explorer.network.interactiveMs')).toBeNull();
    expect(met(run(null), 'explorer.sample.firstPaintMs')).toBeNull();
  });
});
