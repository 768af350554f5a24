import path from 'node:path';
import { parseCliArgs } from '../../scripts/lib/parseArgs.js';
import type { StoreConfig } from '../../src/config.js';
import type { BenchBackend } from './benchStore.js';
import { REPO_ROOT } from './childProcess.js';

/** What one bench run measures, and how long it may take for each part. */
export interface BenchOptions {
  tasks: number;
  seed: number;
  /** Timed repetitions per root query (each end to end and raw). */
  reps: number;
  /** Where results.json is written (null: not written). */
  out: string | null;
  /** Fewer repetitions and shorter throughput runs. */
  quick: boolean;
  /** Corpus, extraction, ingest and server RSS only (no query, baseline or throughput figures). */
  ingestOnly: boolean;
  /** Corpora live in `<corpusRoot>/<tasks>-<seed>/` and are reused. */
  corpusRoot: string;
  /** autocannon: seconds per request kind, and connections. */
  throughputSeconds: number;
  connections: number;
  /** Timed extraction passes (best reported). */
  extractRounds: number;
  /** Wall budget per root query for its repetitions, ms. */
  queryBudgetMs: number;
  /** Rounds of every request sent to the server before any is timed (bench/lib/queryPhase.ts). */
  warmupRounds: number;
  /** Skip the formats phase (reading speed of each document format). */
  noFormats: boolean;
  /** Also run the explorer phase (bench/lib/explorerPhase.ts: /explore in Debian's Chromium). */
  explorer: boolean;
  /** Keep the temporary DATA_DIR (it is printed) instead of deleting it. */
  keepData: boolean;
  /** Which backend(s) to load and query: `both` runs Kùzu then Neo4j on the same corpus and records the ratio. */
  store: BenchBackend | 'both';
  /** The Neo4j to use (CLEARED first); null: NEO4J_URI if set, else the bench starts its own through tools/neo4j. */
  neo4j: Extract<StoreConfig, { backend: 'neo4j' }> | null;
  /** The command line, recorded in results.json. */
  command: string;
  /** Progress lines (the CLI prints them to stderr). */
  log: (line: string) => void;
}

export const USAGE =
  'npm run bench -- [--tasks 100000] [--seed 1] [--reps 30] [--out bench/results.json] [--quick] [--ingest-only] ' +
  '[--duration 10] [--connections 10] [--corpus-root bench/corpus] [--keep-data] [--no-formats] [--store kuzu|neo4j|both] [--explorer]';

/** Defaults for everything not given (also what runBench fills in for a partial options object). */
export function defaultOptions(partial: Partial<BenchOptions> = {}): BenchOptions {
  const quick = partial.quick ?? false;
  const tasks = partial.tasks ?? 100_000;
  return {
    tasks,
    seed: partial.seed ?? 1,
    reps: partial.reps ?? (quick ? 10 : 30),
    out: partial.out === undefined ? path.join(REPO_ROOT, 'bench', 'results.json') : partial.out,
    quick,
    ingestOnly: partial.ingestOnly ?? false,
    corpusRoot: partial.corpusRoot ?? path.join(REPO_ROOT, 'bench', 'corpus'),
    throughputSeconds: partial.throughputSeconds ?? (quick ? 3 : 10),
    connections: partial.connections ?? 10,
    extractRounds: partial.extractRounds ?? (quick || tasks >= 500_000 ? 1 : 2),
    queryBudgetMs: partial.queryBudgetMs ?? (quick ? 8_000 : 20_000),
    warmupRounds: partial.warmupRounds ?? (quick ? 3 : 10),
    keepData: partial.keepData ?? false,
    noFormats: partial.noFormats ?? false,
    store: partial.store ?? 'kuzu',
    neo4j: partial.neo4j ?? null,
    explorer: partial.explorer ?? false,
    command: partial.command ?? `npm run bench -- --tasks ${tasks}`,
    log: partial.log ?? (() => undefined),
  };
}

/** Parses the CLI flags (see USAGE); throws a one-line error naming a bad flag. */
export function parseBenchArgs(argv: readonly string[]): Partial<BenchOptions> {
  // The shared CLI parser: --help prints USAGE and exits 0, an unknown flag is one line and exit 2.
  const { values, positionals } = parseCliArgs([...argv], {
    tasks: { type: 'string' }, seed: { type: 'string' }, reps: { type: 'string' }, out: { type: 'string' },
    quick: { type: 'boolean' }, 'ingest-only': { type: 'boolean' }, duration: { type: 'string' },
    connections: { type: 'string' }, 'corpus-root': { type: 'string' }, 'keep-data': { type: 'boolean' }, 'no-formats': { type: 'boolean' },
    store: { type: 'string' },
    explorer: { type: 'boolean' },
  }, USAGE);
  if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}" (usage: ${USAGE})`);
  const int = (name: string, raw: string | undefined, min: number): number | undefined => {
    if (raw === undefined) return undefined;
    const v = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(v) || v < min) throw new Error(`--${name} must be an integer ≥ ${min}, got "${raw}" (usage: ${USAGE})`);
    return v;
  };
  const out: Partial<BenchOptions> = {};
  const set = <K extends keyof BenchOptions>(key: K, value: BenchOptions[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  set('tasks', int('tasks', values.tasks, 100));
  set('seed', int('seed', values.seed, 0));
  set('reps', int('reps', values.reps, 1));
  set('throughputSeconds', int('duration', values.duration, 1));
  set('connections', int('connections', values.connections, 1));
  set('out', values.out === undefined ? undefined : path.resolve(values.out));
  set('corpusRoot', values['corpus-root'] === undefined ? undefined : path.resolve(values['corpus-root']));
  set('quick', values.quick);
  set('ingestOnly', values['ingest-only']);
  set('keepData', values['keep-data']);
  set('noFormats', values['no-formats']);
  if (values.store !== undefined && !['kuzu', 'neo4j', 'both'].includes(values.store)) {
    throw new Error(`--store must be kuzu, neo4j or both, got "${values.store}" (usage: ${USAGE})`);
  }
  set('store', values.store as BenchOptions['store'] | undefined);
  set('explorer', values.explorer);
  out.command = `npm run bench --${argv.length ? ` ${argv.join(' ')}` : ''}`;
  return out;
}
