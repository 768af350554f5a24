import autocannon from 'autocannon';
import type { GraphQLRequest } from './httpTiming.js';
import { round } from './percentiles.js';

export interface ThroughputFigures {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors (timeouts included) + non-2xx responses + 200 responses carrying GraphQL `errors`. */
  errors: number;
  requests: number;
  connections: number;
  durationSeconds: number;
  /** Latency of one request sent alone just before the load (serverPhase.ts), ms. */
  singleRequestMs?: number;
}

/**
 * Sends one GraphQL request over and over from `connections` keep-alive connections for
 * `durationSeconds` (autocannon, loopback only) and reports completed requests per second and
 * the latency distribution autocannon recorded (whole milliseconds).
 */
export async function measureThroughput(
  url: string, request: GraphQLRequest, options: { connections: number; durationSeconds: number },
): Promise<ThroughputFigures> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) throw new Error(`throughput runs against loopback only, not ${url}`);
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 30,
    setupClient: (client) => {
      client.on('body', (body) => {
        if (body.includes('"errors"')) graphqlErrors++;
      });
    },
  });
  const seconds = result.duration > 0 ? result.duration : options.durationSeconds;
  return {
    reqPerSec: round(result.requests.total / seconds, 1),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx + graphqlErrors,
    requests: result.requests.total,
    connections: options.connections,
    durationSeconds: round(seconds, 2),
  };
}
