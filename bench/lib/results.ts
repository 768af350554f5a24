import type { QueryParams } from './queries.js';
import type { ThroughputFigures } from './throughput.js';
import type { AccuracyFigures } from './accuracy.js';
import type { ExplorerFigures } from './explorerPhase.js';
import type { FormatReadFigures } from './formatsPhase.js';
import type { PeerFigures } from './peerPhase.js';

/** One root query's latencies: end to end over HTTP, and its store calls replayed alone. */
export interface QueryFigures {
  p50Ms: number;
  p99Ms: number;
  /**
   * The first time the server was sent this request (the first warm-up, not in p50/p99): it
   * compiles the operation, and what the store keeps between writes (units, the global pair
   * ranking) may not have been read yet.
   */
  firstMs: number;
  rawP50Ms: number;
  rawP99Ms: number;
  /** p50Ms ÷ rawP50Ms. */
  overhead: number;
  /** Timed repetitions of each (fewer than asked when the per-query time budget ran out). */
  reps: number;
  /** Store calls one request makes, and in how many sequential waves. */
  storeCalls: number;
  waves: number;
  /** Store methods called, in order (`method×n`). */
  calls: string;
  /** Each replayed store call's p50 (ms), in replay order: where the raw time goes. */
  rawCallsP50Ms: string;
  /** Size of the JSON response, bytes. */
  responseBytes: number;
}

/** One target of issue 5: what it asks, the measured value, and whether it is met (null: not measured in this run). */
export interface TargetCheck {
  id: string;
  target: string;
  value: number | null;
  met: boolean | null;
  note?: string;
}

/** bench/results.json: the shape, plus the figures that explain it. */
export interface BenchResults {
  tasks: number;
  seed: number;
  mode: 'full' | 'quick' | 'ingest-only';
  command: string;
  startedAt: string;
  totalSeconds: number;
  machine: {
    cores: number; node: string; store: string; kuzu: string; cpu: string; memoryGB: number; platform: string;
    /** 1-minute load average when the run started and when it ended (other work on the machine skews every figure). */
    loadAverage: { start: number; end: number };
    /** Neo4j: launcher spawned → ready, seconds (null: Kùzu, or a Neo4j given by NEO4J_URI). */
    neo4jStartSeconds: number | null;
  };
  corpus: { dir: string; documents: number; mb: number; reused: boolean; genSeconds: number };
  ingest: {
    /** Whole ingest in its own process: open store + loadCorpus (read, extract, write) + close. */
    seconds: number;
    tasksPerSec: number;
    /** Extraction alone over the same corpus (best single-core pass), seconds. */
    extractSeconds: number;
    /**
     * seconds − extractSeconds: what the load adds to one-thread extraction (reading, hashing,
     * staging, writing). A large corpus is extracted on worker threads alongside the staging,
     * so this is not the store's own time: see stagedSeconds and writeSeconds.
     */
    loadSeconds: number;
    /** Until the last document was handed to the store (read, check, extract, stage; earlier transactions' writes). */
    stagedSeconds: number;
    /** seconds − stagedSeconds: the last bulk transaction's merges, COPYs and commit, and closing the store. */
    writeSeconds: number;
    extractMBps: number;
    /** Peak RSS of the ingest process, MB. */
    rssMB: number;
    diskMB: number;
    counts: Record<string, number>;
  };
  /** The extraction scored against the generator's answer key (truth/ beside the corpus); not timed, not a target. */
  accuracy: AccuracyFigures | null;
  /** Reading speed per document format (bench/lib/formatsPhase.ts); null when skipped (--no-formats) or failed. */
  formats: FormatReadFigures[] | null;
  params: QueryParams | null;
  queries: Record<string, QueryFigures>;
  /** The heavy throughput request (sharedTasks with each pair's tasks) timed alone like a root query; not a target. */
  heavyQuery: QueryFigures | null;
  baselines: {
    sharedTasksNaiveMs: number | null;
    naiveRunsMs: number[];
    /** Naive ms ÷ sharedTasksGlobal end-to-end p50. */
    sharedTasksSpeedup: number | null;
    /** Naive ms ÷ sharedTasksGlobal raw store p50. */
    sharedTasksRawSpeedup: number | null;
    /** The naive join and the precomputed pairs give the same top pairs and counts. */
    naiveAgrees: boolean | null;
    naiveQuery: string;
    /** p50 of `{ __typename }` end to end: the floor under every request, whatever the store does. */
    emptyRequestP50Ms: number | null;
    /** Naive ms ÷ emptyRequestP50Ms: the most any root query could beat the naive join by, end to end. */
    speedupCeiling: number | null;
  };
  throughput: Record<string, ThroughputFigures>;
  server: { afterWarmupRssMB: number | null; peakRssMB: number | null };
  /** The explorer in Chromium (issue 22); null unless run with --explorer (or when it failed: see errors). */
  explorer: ExplorerFigures | null;
  /** Neo4j runs: `@neo4j/graphql` 7 over the same graph, timed in the same run (bench/lib/peerPhase.ts); null on Kùzu or when it failed. */
  peer?: PeerFigures | null;
  targets: TargetCheck[];
  phases: Record<string, number>;
  errors: string[];
  /** `--store both`: the Neo4j run, in this same shape (this object is the Kùzu run). */
  neo4j?: BenchResults;
  /** `--store both`: Neo4j ÷ Kùzu figure by figure (bench/lib/compareBackends.ts). */
  comparison?: BackendComparison;
}

/** Neo4j beside Kùzu: each ratio is Neo4j's figure ÷ Kùzu's (latency > 1: Neo4j slower; rate < 1: Neo4j slower). */
export interface BackendComparison {
  ingestTasksPerSec: { kuzu: number; neo4j: number; ratio: number };
  queries: Record<string, { kuzuP50Ms: number; neo4jP50Ms: number; ratio: number; kuzuRawP50Ms: number; neo4jRawP50Ms: number; rawRatio: number }>;
  throughput: Record<string, { kuzuReqPerSec: number; neo4jReqPerSec: number; ratio: number }>;
  sharedTasksNaiveMs: { kuzu: number | null; neo4j: number | null; ratio: number | null };
  neo4jStartSeconds: number | null;
  /** `@neo4j/graphql` beside ours: its p50 ÷ ours on Neo4j, and ÷ ours on Kùzu. */
  peer: Record<string, { kuzuP50Ms: number | null; neo4jP50Ms: number | null; peerP50Ms: number; ratioToNeo4j: number; ratioToKuzu: number }>;
}
