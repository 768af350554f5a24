import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/openStore.js';
import { REPO_ROOT } from './childProcess.js';
import { ensureCorpus } from './corpus.js';
import { measureCorpusExtraction, type ExtractionFigures } from './extraction.js';
import { scoreExtraction, scoreRecurringInGraph } from './accuracy.js';
import { runExplorerPhase, type ExplorerFigures } from './explorerPhase.js';
import { measureFormatReading } from './formatsPhase.js';
import { measureIngest, type IngestFigures } from './ingest.js';
import { NAIVE_SHARED_TASKS, measureNaiveBaseline, type NaiveFigures } from './naiveBaseline.js';
import { defaultOptions, type BenchOptions } from './options.js';
import { round } from './percentiles.js';
import { pickParams } from './pickParams.js';
import { runQueryPhase, type QueryPhaseResult } from './queryPhase.js';
import type { BenchResults } from './results.js';
import { runServerPhase, type ServerPhaseResult } from './serverPhase.js';
import { checkTargets } from './targets.js';
import { withTimeout } from './withTimeout.js';
import { embeddedEngineFrom } from '../../src/store/kuzu/embeddedDriver.js';
import { neo4jFromEnv, openBenchStore, type BenchBackend, type BenchStore } from './benchStore.js';
import { measureNaiveBaselineNeo4j } from './naiveNeo4j.js';
import { compareBackends } from './compareBackends.js';
import { runPeerPhase, type PeerFigures } from './peerPhase.js';

/**
 * One benchmark run (issue 5): corpus → extraction (speed, then accuracy against the
 * generator's answer key) → ingest (own process) → root queries end to end and raw (in
 * process) → naive baseline (store closed) → the graph's recurring projects scored → server
 * process: RSS and throughput. Each phase has a time budget; a failed phase is recorded in `errors` and the
 * phases that need it are skipped. Writes `options.out` when set.
 */
export async function runBench(partial: Partial<BenchOptions> = {}): Promise<BenchResults> {
  const o = defaultOptions(partial);
  if (o.store !== 'both') return runBenchOn(o, o.store, o.out);
  // --store both: the same corpus (reused from disk) and queries, Kùzu first, then Neo4j; the
  // reading-speed phase does not depend on the store, so it runs once.
  const kuzu = await runBenchOn(o, 'kuzu', null);
  const neo4j = await runBenchOn({ ...o, noFormats: true }, 'neo4j', null);
  const results: BenchResults = { ...kuzu, errors: [...kuzu.errors, ...neo4j.errors.map((e) => `neo4j ${e}`)], neo4j, comparison: compareBackends(kuzu, neo4j) };
  writeResults(o.out, results);
  return results;
}

// Private: one backend's run (the whole pipeline below), written to `out` when set.
async function runBenchOn(o: BenchOptions, backend: BenchBackend, out: string | null): Promise<BenchResults> {
  const started = performance.now();
  const loadAtStart = os.loadavg()[0]!;
  const phases: Record<string, number> = {};
  const errors: string[] = [];
  const phase = async <T>(name: string, budgetMs: number, work: () => Promise<T>): Promise<T | null> => {
    const t0 = performance.now();
    o.log(`${name}: start (budget ${Math.round(budgetMs / 1000)} s)`);
    try {
      return await withTimeout(name, budgetMs, work());
    } catch (error) {
      errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      o.log(`${name}: FAILED ${errors[errors.length - 1]}`);
      return null;
    } finally {
      phases[name] = round((performance.now() - t0) / 1000);
    }
  };
  const scale = Math.max(1, o.tasks / 100_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dutygraph-bench-'));
  let target: BenchStore | null = null;

  try {
    o.log(`store: ${backend}`);
    target = backend === 'kuzu'
      ? await openBenchStore('kuzu', dataDir, null, o.log)
      : await phase('neo4jStart', 360_000, () => openBenchStore('neo4j', dataDir, o.neo4j ?? neo4jFromEnv(process.env), o.log));
    const corpus = await phase('corpus', 120_000 * scale, () => ensureCorpus(o.corpusRoot, o.tasks, o.seed, 120_000 * scale));
    const extraction: ExtractionFigures | null = corpus
      ? await phase('extraction', 120_000 * scale, async () => measureCorpusExtraction(corpus.docsDir, o.extractRounds))
      : null;
    const scored = corpus ? await phase('accuracy', 120_000 * scale, () => scoreExtraction(corpus.dir)) : null;
    const formats = o.noFormats ? null : await phase('formats', 300_000, () => measureFormatReading(formatTasks(o), o.seed));
    const t = target;
    const ingestScale = backend === 'neo4j' ? 4 * scale : scale;
    const ingest: IngestFigures | null = corpus && t
      ? await phase('ingest', 420_000 * ingestScale, () => measureIngest(corpus.docsDir, t, 420_000 * ingestScale, o.log))
      : null;

    let queries: QueryPhaseResult | null = null;
    let naive: NaiveFigures | null = null;
    let server: ServerPhaseResult | null = null;
    let peer: PeerFigures | null = null;
    if (ingest && t && !o.ingestOnly) {
      queries = await phase('queries', 10 * o.queryBudgetMs * 2 + 120_000, () => runQueryPhase(t, { reps: o.reps, budgetMs: o.queryBudgetMs, warmupRounds: o.warmupRounds, log: o.log }));
      // The peer (@neo4j/graphql) over the same Neo4j graph, right after ours.
      const peerConfig = t.config();
      const q = queries;
      if (peerConfig.backend === 'neo4j' && q) {
        peer = await phase('peer', 6 * o.queryBudgetMs * 2 + 120_000, () => runPeerPhase(peerConfig, q.params, q.queries, { reps: o.reps, budgetMs: o.queryBudgetMs, log: o.log }));
      }
      const naiveOptions = { limit: 20, maxRuns: o.quick ? 1 : 3, budgetMs: 30_000, queryTimeoutMs: 180_000 };
      const neo4jConfig = t.config();
      naive = await phase('naive', 240_000, () => neo4jConfig.backend === 'neo4j'
        ? measureNaiveBaselineNeo4j(neo4jConfig, naiveOptions)
        : measureNaiveBaseline(dataDir, naiveOptions));
    }
    const recurring = corpus && ingest && scored && t
      ? await phase('recurring', 120_000 * scale, () => scoreRecurringInGraph(corpus.dir, t))
      : null;
    const params = queries?.params ?? (ingest && t && o.ingestOnly ? await phase('params', 120_000 * scale, () => paramsOf(t)) : null);
    if (ingest && t && params) {
      server = await phase('server', 4 * o.throughputSeconds * 1000 + 180_000 * scale, () => runServerPhase(t, params, {
        throughputSeconds: o.ingestOnly ? 0 : o.throughputSeconds, connections: o.connections, startTimeoutMs: 120_000 * scale, log: o.log,
      }));
    }
    const explorer: ExplorerFigures | null = ingest && o.explorer
      ? await phase('explorer', 600_000 * scale, () => runExplorerPhase(dataDir, { runs: o.quick ? 3 : 5, log: o.log }))
      : null;

    const tasks = ingest?.counts.tasks ?? NaN;
    const shared = queries?.queries.sharedTasksGlobal;
    const body: Omit<BenchResults, 'targets'> = {
      tasks: o.tasks,
      seed: o.seed,
      mode: o.ingestOnly ? 'ingest-only' : o.quick ? 'quick' : 'full',
      command: o.command,
      startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
      totalSeconds: 0,
      machine: { ...machine(backend), neo4jStartSeconds: target?.startSeconds ?? null, loadAverage: { start: round(loadAtStart), end: round(os.loadavg()[0]!) } },
      corpus: {
        dir: corpus ? path.relative(REPO_ROOT, corpus.dir) || corpus.dir : '', documents: extraction?.documents ?? NaN,
        mb: round(extraction?.mb ?? NaN), reused: corpus?.reused ?? false, genSeconds: round(corpus?.seconds ?? NaN),
      },
      ingest: {
        seconds: round(ingest?.seconds ?? NaN),
        tasksPerSec: round(ingest ? tasks / ingest.seconds : NaN, 0),
        extractSeconds: round(extraction?.seconds ?? NaN),
        loadSeconds: round(ingest && extraction ? ingest.seconds - extraction.seconds : NaN),
        stagedSeconds: round(ingest?.stagedSeconds ?? NaN),
        writeSeconds: round(ingest ? ingest.seconds - ingest.stagedSeconds : NaN),
        extractMBps: round(extraction?.mbPerSec ?? NaN),
        rssMB: round(ingest ? ingest.maxRssKB / 1024 : NaN, 0),
        diskMB: round(ingest ? ingest.diskBytes / 1e6 : NaN, 1),
        counts: ingest?.counts ?? {},
      },
      accuracy: scored ? { ...scored, recurringProjects: recurring } : null,
      formats,
      params,
      queries: queries?.queries ?? {},
      heavyQuery: queries?.heavy ?? null,
      baselines: {
        sharedTasksNaiveMs: naive ? round(naive.ms, 1) : null,
        naiveRunsMs: naive ? naive.runs.map((v) => round(v, 1)) : [],
        sharedTasksSpeedup: naive && shared ? round(naive.ms / shared.p50Ms, 1) : null,
        sharedTasksRawSpeedup: naive && shared ? round(naive.ms / shared.rawP50Ms, 1) : null,
        naiveAgrees: naive && queries ? sameTop(naive.top, queries.sharedTop) : null,
        naiveQuery: NAIVE_SHARED_TASKS,
        emptyRequestP50Ms: queries?.emptyRequest.p50Ms ?? null,
        speedupCeiling: naive && queries && queries.emptyRequest.p50Ms > 0 ? round(naive.ms / queries.emptyRequest.p50Ms, 0) : null,
      },
      throughput: server?.throughput ?? {},
      explorer,
      ...(backend === 'neo4j' ? { peer } : {}),
      server: { afterWarmupRssMB: server ? round(server.afterWarmupRssMB, 0) : null, peakRssMB: server ? round(server.peakRssMB, 0) : null },
      phases,
      errors,
    };
    body.totalSeconds = round((performance.now() - started) / 1000, 1);
    const results: BenchResults = { ...body, targets: checkTargets(body) };
    writeResults(out, results);
    return results;
  } finally {
    await target?.stop();
    if (o.keepData) o.log(`kept DATA_DIR ${dataDir}`);
    else fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// Private: query parameters picked from a closed DATA_DIR (ingest-only runs, which skip the query phase).
async function paramsOf(target: BenchStore) {
  const store = await openStore(target.config());
  try {
    return await pickParams(store);
  } finally {
    await store.close();
  }
}

// Private: the formats phase's corpus: 1,500 tasks (300 with --quick), a twentieth of the bench's for a small one (PDF rendering costs ~0.5 s a document).
function formatTasks(o: BenchOptions): number {
  return Math.min(o.quick ? 300 : 1500, Math.max(100, Math.floor(o.tasks / 20)));
}

// Private: the naive join and the precomputed pairs agree on the top pairs and their counts.
function sameTop(naive: NaiveFigures['top'], pairs: ReadonlyArray<{ a: string; b: string; sharedCount: number }>): boolean {
  return naive.length === pairs.length && naive.every((n, i) => n.a === pairs[i]!.a && n.b === pairs[i]!.b && n.shared === pairs[i]!.sharedCount);
}

// Private: what the figures were measured on.
function machine(backend: BenchBackend): Omit<BenchResults['machine'], 'loadAverage' | 'neo4jStartSeconds'> {
  // The embedded engine's package and version (EMBEDDED_ENGINE: kuzu, or @ladybugdb/core).
  let kuzu = 'unknown';
  try {
    const engine = embeddedEngineFrom();
    const pkg = engine === 'ladybug' ? '@ladybugdb/core' : 'kuzu';
    const version = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, `node_modules/${pkg}/package.json`), 'utf8')) as { version: string }).version;
    kuzu = engine === 'kuzu' ? version : `${pkg} ${version}`;
  } catch {
    // keep 'unknown'
  }
  return {
    cores: os.availableParallelism(), node: process.version, store: backend, kuzu,
    cpu: os.cpus()[0]?.model ?? 'unknown', memoryGB: round(os.totalmem() / 2 ** 30, 1), platform: `${os.platform()} ${os.release()}`,
  };
}

// Private: results.json, when asked for.
function writeResults(out: string | null, results: BenchResults): void {
  if (!out) return;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
}
