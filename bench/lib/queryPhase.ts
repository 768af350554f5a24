import { startServer } from '../../src/api/startServer.js';
import { loadConfig } from '../../src/config.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import type { PairRow } from '../../src/store/rows.js';
import { openStore } from '../../src/store/openStore.js';
import { closeHttpClient, postGraphQL, type GraphQLRequest } from './httpTiming.js';
import { round, summarize } from './percentiles.js';
import { pickParams } from './pickParams.js';
import { rootQueries, throughputQueries, type QueryParams } from './queries.js';
import { replayOnce, waves } from './rawTiming.js';
import type { QueryFigures } from './results.js';
import { BENCH_LIMITS_ENV } from './serverProcess.js';
import { StoreRecorder } from './storeRecorder.js';
import type { BenchStore } from './benchStore.js';

/** Warm-up requests (and replays) before timing each query. */
const WARMUP = 2;

export interface QueryPhaseResult {
  params: QueryParams;
  queries: Record<string, QueryFigures>;
  /** The heavy throughput request timed alone the same way (explains its throughput). */
  heavy: QueryFigures;
  /** The precomputed global top pairs, to compare with the naive join. */
  sharedTop: PairRow[];
  /** `{ __typename }` end to end: what any GraphQL request costs here before it asks the store anything. */
  emptyRequest: { p50Ms: number; p99Ms: number; reps: number };
}

/** The cheapest request the API answers: no resolver runs and no store query is sent (the receipt's version is cached). */
export const EMPTY_REQUEST: GraphQLRequest = { query: '{ __typename }' };

/**
 * Serves GraphQL in this process over the loaded store and times every root query: end to
 * end (a keep-alive HTTP POST on loopback, response parsed) and raw (the store calls that
 * request made, captured once and replayed without GraphQL). Repetitions alternate e2e and
 * raw so drift hits both alike; a query stops early when `budgetMs` is spent (≥ 1 rep).
 * The store is closed when this returns.
 */
export async function runQueryPhase(
  target: BenchStore, options: { reps: number; budgetMs: number; warmupRounds: number; log: (line: string) => void },
): Promise<QueryPhaseResult> {
  const store = await openStore(target.config(60_000));
  const dataDir = target.dataDir;
  try {
    const recorder = new StoreRecorder(store);
    const config = loadConfig({ ...BENCH_LIMITS_ENV, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', INTROSPECTION: 'false' });
    const server = await startServer(config, recorder.store);
    const url = `http://127.0.0.1:${server.port}/graphql`;
    try {
      const params = await pickParams(store);
      options.log(`queries: busiest unit ${params.unitId}, project ${params.projectId}, year ${params.year}, search "${params.searchText}"`);
      const roots = rootQueries(params);
      const heavyRequest = throughputQueries(params).heavy!;
      const firstMs = await warmUp(url, { ...roots, heavy: heavyRequest }, options.warmupRounds);
      options.log(`queries: server warmed up (${options.warmupRounds} rounds of every request)`);
      const queries: Record<string, QueryFigures> = {};
      for (const [name, request] of Object.entries(roots)) {
        queries[name] = await timeQuery(url, request, firstMs[name]!, store, recorder, options);
        const q = queries[name];
        options.log(`queries: ${name} p50 ${q.p50Ms} ms, p99 ${q.p99Ms} ms, raw p50 ${q.rawP50Ms} ms (${q.reps} reps; ${q.rawCallsP50Ms})`);
      }
      const heavy = await timeQuery(url, heavyRequest, firstMs.heavy!, store, recorder, { ...options, reps: Math.min(options.reps, 10) });
      options.log(`queries: heavy throughput request alone p50 ${heavy.p50Ms} ms, raw p50 ${heavy.rawP50Ms} ms (${heavy.rawCallsP50Ms})`);
      const emptyRequest = await timeEndToEnd(url, EMPTY_REQUEST, options.reps);
      options.log(`queries: empty request { __typename } p50 ${emptyRequest.p50Ms} ms, p99 ${emptyRequest.p99Ms} ms`);
      const sharedTop = await store.sharedPairs(null, { year: null, region: null, documentId: null, minShared: 1, limit: 20 });
      return { params, queries, heavy, sharedTop, emptyRequest };
    } finally {
      closeHttpClient();
      await server.stop();
    }
  } finally {
    await store.close();
  }
}

// Private: one root query, end to end and raw.
async function timeQuery(
  url: string, request: GraphQLRequest, firstMs: number, store: GraphStore, recorder: StoreRecorder, options: { reps: number; budgetMs: number },
): Promise<QueryFigures> {
  for (let i = 0; i < WARMUP; i++) await postGraphQL(url, request);
  let responseBytes = 0;
  const calls = await recorder.capture(async () => {
    const { body } = await postGraphQL(url, request);
    responseBytes = Buffer.byteLength(JSON.stringify(body));
  });
  const plan = waves(calls);
  for (let i = 0; i < WARMUP; i++) await replayOnce(store, plan);
  const e2e: number[] = [];
  const raw: number[] = [];
  const perCall: number[][] = plan.flat().map(() => []);
  const started = performance.now();
  while (e2e.length < options.reps && (e2e.length === 0 || performance.now() - started < options.budgetMs)) {
    e2e.push((await postGraphQL(url, request)).ms);
    const replay = await replayOnce(store, plan);
    raw.push(replay.ms);
    replay.perCall.forEach((ms, i) => perCall[i]!.push(ms));
  }
  const e = summarize(e2e);
  const r = summarize(raw);
  return {
    p50Ms: round(e.p50), p99Ms: round(e.p99), firstMs: round(firstMs), rawP50Ms: round(r.p50), rawP99Ms: round(r.p99),
    overhead: round(r.p50 > 0 ? e.p50 / r.p50 : NaN),
    reps: e2e.length, storeCalls: calls.length, waves: plan.length, calls: describeCalls(calls.map((c) => c.method)), responseBytes,
    rawCallsP50Ms: plan.flat().map((c, i) => `${c.method} ${round(summarize(perCall[i]!).p50, 1)}`).join(', '),
  };
}

/*
 * Private: sends every request `rounds` times (at least once), round by round, before any is
 * timed, so that V8 has compiled the code all requests share (HTTP, Apollo, resolvers) as in a
 * server that has been running: without it the first query timed paid for that (sharedTasks
 * global 1.0 ms at p50 instead of ~0.6). Returns each request's first time (ms): `firstMs`.
 */
async function warmUp(url: string, requests: Record<string, GraphQLRequest>, rounds: number): Promise<Record<string, number>> {
  const first: Record<string, number> = {};
  for (let round = 0; round < Math.max(1, rounds); round++) {
    for (const [name, request] of Object.entries(requests)) {
      const { ms } = await postGraphQL(url, request);
      first[name] ??= ms;
    }
  }
  return first;
}

// Private: a request timed end to end only (after the same warm-up as a root query).
async function timeEndToEnd(url: string, request: GraphQLRequest, reps: number): Promise<QueryPhaseResult['emptyRequest']> {
  for (let i = 0; i < WARMUP; i++) await postGraphQL(url, request);
  const times: number[] = [];
  for (let i = 0; i < reps; i++) times.push((await postGraphQL(url, request)).ms);
  const t = summarize(times);
  return { p50Ms: round(t.p50), p99Ms: round(t.p99), reps };
}

// Private: `sharedPairs, unitsByIds, corpusVersion` with repeats folded (`tasksByIds×3`).
function describeCalls(methods: readonly string[]): string {
  const out: string[] = [];
  for (const m of methods) {
    const last = out[out.length - 1];
    const base = last?.replace(/×\d+$/, '');
    if (base === m) out[out.length - 1] = `${m}×${Number(/×(\d+)$/.exec(last!)?.[1] ?? 1) + 1}`;
    else out.push(m);
  }
  return out.join(', ');
}
