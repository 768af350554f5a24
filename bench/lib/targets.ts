import type { BenchResults, TargetCheck } from './results.js';

/** Scale the issue's targets are set at. */
const TARGET_TASKS = 100_000;
const MILLION = 1_000_000;

/** Checks every target of issue 5 against one run's figures; a figure not measured in this run gives `met: null`. */
export function checkTargets(r: Omit<BenchResults, 'targets'>): TargetCheck[] {
  const out: TargetCheck[] = [];
  const scaleNote = r.tasks === TARGET_TASKS ? undefined : `targets are set at ${TARGET_TASKS.toLocaleString('en')} tasks; this run has ${r.tasks.toLocaleString('en')}`;
  const add = (id: string, target: string, value: number | null, ok: (v: number) => boolean, note = scaleNote) =>
    out.push({ id, target, value, met: value === null || Number.isNaN(value) ? null : ok(value), ...(note ? { note } : {}) });

  for (const [name, q] of Object.entries(r.queries)) {
    add(`${name}.p50`, 'p50 ≤ 50 ms end to end', q.p50Ms, (v) => v <= 50);
    add(`${name}.p99`, 'p99 ≤ 200 ms end to end', q.p99Ms, (v) => v <= 200);
    if (q.rawP50Ms >= 5) add(`${name}.overhead`, 'overhead ≤ 1.3 (raw p50 ≥ 5 ms)', q.overhead, (v) => v <= 1.3);
  }
  if (r.mode !== 'ingest-only') {
    const { speedupCeiling, emptyRequestP50Ms } = r.baselines;
    const ceilingNote = speedupCeiling !== null && speedupCeiling < 300
      ? `an empty request ({ __typename }) takes ${emptyRequestP50Ms} ms here, so no request can be more than ${speedupCeiling}× faster than the naive join`
      : undefined;
    add('sharedTasks.speedup', 'sharedTasks global ≥ 300× faster than the naive self-join', r.baselines.sharedTasksSpeedup, (v) => v >= 300,
      [scaleNote, ceilingNote].filter(Boolean).join('; ') || undefined);
  }
  add('ingest.tasksPerSec', 'ingest ≥ 50,000 tasks/s', r.ingest.tasksPerSec, (v) => v >= 50_000);
  add('extract.MBps', 'extraction ≥ 5 MB/s on one core', r.ingest.extractMBps, (v) => v >= 5, undefined);
  const atMillion = r.tasks >= MILLION;
  const millionNote = atMillion ? undefined : 'measured only with --tasks 1000000';
  add('ingest.1M.seconds', '1M tasks load in ≤ 60 s', atMillion ? r.ingest.seconds : null, (v) => v <= 60, millionNote);
  add('server.1M.rssMB', 'server RSS ≤ 1 GB at 1M tasks', atMillion ? r.server.peakRssMB : null, (v) => v <= 1024, millionNote);
  const e = r.explorer ?? null;
  const explorerNote = e ? `${e.api.edges} edges in ${e.year}'s network${scaleNote ? `; ${scaleNote}` : ''}` : 'measured only with --explorer';
  add('explorer.network.interactiveMs', "a year's network interactive in the explorer ≤ 2 s after the request (p50)", e ? e.interactiveP50Ms : null, (v) => v <= 2_000, explorerNote);
  add('explorer.sample.firstPaintMs', "the sample graph's explorer first paint ≤ 1 s (p50)", e ? e.sample.firstPaintP50Ms : null, (v) => v <= 1_000, e ? undefined : explorerNote);
  return out;
}
