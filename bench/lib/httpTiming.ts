import http from 'node:http';

/** A GraphQL operation as the bench sends it. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** One keep-alive socket, as a client sending requests one after another would use. */
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/**
 * POSTs a GraphQL request and reads the whole response; rejects on a non-200 status or a
 * response with `errors` (a refused or failed query must not be timed as a fast one).
 * Returns the parsed body and the wall time in ms (request written → body parsed).
 */
export function postGraphQL(url: string, request: GraphQLRequest, timeoutMs = 60_000): Promise<{ ms: number; body: { data?: unknown } }> {
  const payload = JSON.stringify(request);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST', agent, timeout: timeoutMs,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: { data?: unknown; errors?: Array<{ message: string }> };
        try {
          body = JSON.parse(text) as typeof body;
        } catch {
          return reject(new Error(`HTTP ${res.statusCode}: not JSON: ${text.slice(0, 200)}`));
        }
        const ms = performance.now() - started;
        if (res.statusCode !== 200 || body.errors?.length) {
          return reject(new Error(`HTTP ${res.statusCode}: ${body.errors?.map((e) => e.message).join('; ') ?? text.slice(0, 200)}`));
        }
        resolve({ ms, body });
      });
    });
    req.on('timeout', () => req.destroy(new Error(`no response within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Closes the keep-alive socket (so the server can stop at once). */
export function closeHttpClient(): void {
  agent.destroy();
}
