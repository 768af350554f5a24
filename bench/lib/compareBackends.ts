import { round } from './percentiles.js';
import type { BackendComparison, BenchResults } from './results.js';

/** `--store both`: every figure both runs have, Neo4j ÷ Kùzu (NaN where one side is missing). */
export function compareBackends(kuzu: BenchResults, neo4j: BenchResults): BackendComparison {
  const ratio = (a: number | null | undefined, b: number | null | undefined) =>
    a === null || a === undefined || b === null || b === undefined || !(b > 0) ? Number.NaN : round(a / b, 2);
  const queries: BackendComparison['queries'] = {};
  for (const [name, k] of Object.entries(kuzu.queries)) {
    const n = neo4j.queries[name];
    if (!n) continue;
    queries[name] = {
      kuzuP50Ms: k.p50Ms, neo4jP50Ms: n.p50Ms, ratio: ratio(n.p50Ms, k.p50Ms),
      kuzuRawP50Ms: k.rawP50Ms, neo4jRawP50Ms: n.rawP50Ms, rawRatio: ratio(n.rawP50Ms, k.rawP50Ms),
    };
  }
  const throughput: BackendComparison['throughput'] = {};
  for (const [name, k] of Object.entries(kuzu.throughput)) {
    const n = neo4j.throughput[name];
    if (n) throughput[name] = { kuzuReqPerSec: k.reqPerSec, neo4jReqPerSec: n.reqPerSec, ratio: ratio(n.reqPerSec, k.reqPerSec) };
  }
  const peer: BackendComparison['peer'] = {};
  for (const [name, q] of Object.entries(neo4j.peer?.queries ?? {})) {
    const k = kuzu.queries[q.ours]?.p50Ms ?? null;
    const n = neo4j.queries[q.ours]?.p50Ms ?? null;
    peer[name] = { kuzuP50Ms: k, neo4jP50Ms: n, peerP50Ms: q.p50Ms, ratioToNeo4j: ratio(q.p50Ms, n), ratioToKuzu: ratio(q.p50Ms, k) };
  }
  const kn = kuzu.baselines.sharedTasksNaiveMs;
  const nn = neo4j.baselines.sharedTasksNaiveMs;
  return {
    ingestTasksPerSec: { kuzu: kuzu.ingest.tasksPerSec, neo4j: neo4j.ingest.tasksPerSec, ratio: ratio(neo4j.ingest.tasksPerSec, kuzu.ingest.tasksPerSec) },
    queries,
    throughput,
    sharedTasksNaiveMs: { kuzu: kn, neo4j: nn, ratio: kn !== null && nn !== null ? ratio(nn, kn) : null },
    neo4jStartSeconds: neo4j.machine.neo4jStartSeconds,
    peer,
  };
}
