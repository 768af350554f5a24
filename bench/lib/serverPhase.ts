import type { BenchStore } from './benchStore.js';
import { postGraphQL, closeHttpClient } from './httpTiming.js';
import { rootQueries, throughputQueries, type QueryParams } from './queries.js';
import { startServerProcess } from './serverProcess.js';
import { measureThroughput, type ThroughputFigures } from './throughput.js';

export interface ServerPhaseResult {
  afterWarmupRssMB: number;
  peakRssMB: number;
  throughput: Record<string, ThroughputFigures>;
}

/**
 * Runs the real server (`scripts/serve.ts`) in its own process over the loaded DATA_DIR:
 * every root query 3 times (warm-up), its RSS; then, unless `throughputSeconds` is 0,
 * autocannon against the small and the heavy request; its peak RSS (VmHWM) at the end.
 */
export async function runServerPhase(
  target: BenchStore, params: QueryParams,
  options: { throughputSeconds: number; connections: number; startTimeoutMs: number; log: (line: string) => void },
): Promise<ServerPhaseResult> {
  const server = await startServerProcess(target.dataDir, options.startTimeoutMs, target.env);
  try {
    options.log(`server: pid ${server.pid} at ${server.url}`);
    for (let i = 0; i < 3; i++) for (const request of Object.values(rootQueries(params))) await postGraphQL(server.url, request);
    closeHttpClient();
    const afterWarmupRssMB = server.rssMB();
    const throughput: Record<string, ThroughputFigures> = {};
    if (options.throughputSeconds > 0) {
      for (const [name, request] of Object.entries(throughputQueries(params))) {
        // One request alone first: a refused or failing request stops the phase before load is applied.
        const single = await postGraphQL(server.url, request);
        closeHttpClient();
        const figures = await measureThroughput(server.url, request, { connections: options.connections, durationSeconds: options.throughputSeconds });
        throughput[name] = { ...figures, singleRequestMs: Math.round(single.ms * 100) / 100 };
        const t = throughput[name];
        options.log(`throughput: ${name} ${t.reqPerSec} req/s, p99 ${t.p99Ms} ms, ${t.errors} errors`);
      }
    }
    return { afterWarmupRssMB, peakRssMB: server.peakRssMB(), throughput };
  } finally {
    await server.stop();
  }
}
