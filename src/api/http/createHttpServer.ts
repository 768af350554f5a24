import fs from 'node:fs';
import http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { DutyGraphError, ErrorCode } from '../../errors.js';
import type { ApiContext } from '../context.js';
import { EXPLORE_PATH, serveExplore } from './exploreAssets.js';
import { EXPORT_PREFIX, handleExport } from './exportRoute.js';
import { graphiqlAsset, graphiqlPage } from './graphiql.js';

export interface HttpOptions {
  apollo: ApolloServer<ApiContext>;
  /** Builds a fresh context (loaders) for each GraphQL request; `signal` fires when the request is given up. */
  context: (signal: AbortSignal) => Promise<ApiContext>;
  /** Resolves when the store answers, rejects otherwise. */
  health: () => Promise<void>;
  maxBodyBytes: number;
  /**
   * A GraphQL request still running after this gets a REQUEST_TIMEOUT error, and its signal
   * fires: its resolvers' further store calls fail at once (guardedStore.ts) and a query
   * already running is cancelled by the store's own per-query timeout.
   */
  requestTimeoutMs: number;
  /** Largest response body sent; a bigger answer is replaced by a RESPONSE_TOO_LARGE error. */
  maxResponseBytes: number;
  /** True once the server is stopping: requests on kept-alive connections get 503 and the connection closes. */
  stopping: () => boolean;
  /** Refuses a request at once (before Apollo) when it is a known heavy one and the gate is full. */
  overloaded: (body: unknown) => boolean;
}

/** Path GraphQL is served at (POST and GET; a browser's GET gets GraphiQL). */
export const GRAPHQL_PATH = '/graphql';

/**
 * The HTTP listener: `/graphql` (Apollo, or GraphiQL for a browser), the IDE's
 * static files, and `/healthz`. Request bodies are capped at `maxBodyBytes`.
 */
export function createHttpServer(options: HttpOptions): http.Server {
  return http.createServer((req, res) => {
    handle(req, res, options).catch((error: unknown) => {
      // Never a stack trace to the client; the server log gets the message.
      console.error(`HTTP ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.InternalServerError } }] });
      else res.end();
    });
  });
}

// Private: routes one request.
async function handle(req: http.IncomingMessage, res: http.ServerResponse, options: HttpOptions): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/healthz') return health(res, options);
  const asset = graphiqlAsset(url.pathname);
  if (asset && req.method === 'GET') return sendFile(res, asset.file, asset.type);
  if (url.pathname === '/') {
    res.writeHead(302, { location: GRAPHQL_PATH }).end();
    return;
  }
  // The explorer page and the file exports live in their own modules.
  if (url.pathname === EXPLORE_PATH || url.pathname.startsWith(`${EXPLORE_PATH}/`)) return serveExplore(req, res, url.pathname);
  if (url.pathname.startsWith(EXPORT_PREFIX)) return handleExport(req, res, url, options);
  if (url.pathname !== GRAPHQL_PATH) return sendJson(res, 404, { error: `No route ${url.pathname}; GraphQL is at ${GRAPHQL_PATH}` });
  if (options.stopping()) {
    res.setHeader('connection', 'close');
    return sendJson(res, 503, { errors: [{ message: 'The server is stopping', extensions: { code: ErrorCode.ShuttingDown } }] });
  }
  if (req.method === 'GET' && !url.search && prefersHtml(req)) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(graphiqlPage(GRAPHQL_PATH));
    return;
  }
  const body = await readBody(req, options.maxBodyBytes);
  if (body === 'too-large') return sendJson(res, 413, { errors: [{ message: `Request body over ${options.maxBodyBytes} bytes`, extensions: { code: ErrorCode.PayloadTooLarge } }] });
  let parsed: unknown;
  if (body.length > 0) {
    try {
      parsed = JSON.parse(body);
    } catch {
      return sendJson(res, 400, { errors: [{ message: 'Request body is not valid JSON', extensions: { code: ErrorCode.BadRequest } }] });
    }
  }
  if (options.overloaded(parsed)) {
    res.setHeader('retry-after', '1');
    return sendJson(res, 503, { errors: [{ message: 'The server is busy with heavy requests; try again shortly', extensions: { code: ErrorCode.Overloaded } }] });
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const abort = new AbortController();
  // A client that goes away before its answer is sent stops its request's store work too
  // ('close' also follows every answer sent: nothing is left to stop then).
  res.once('close', () => {
    if (!res.writableFinished) abort.abort(new DutyGraphError(ErrorCode.RequestTimeout, 'The client closed the connection'));
  });
  const execution = options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body: parsed },
    context: () => options.context(abort.signal),
  });
  const response = await withTimeout(execution, options.requestTimeoutMs);
  if (response === 'timeout') {
    const message = `The request took longer than ${options.requestTimeoutMs} ms`;
    abort.abort(new DutyGraphError(ErrorCode.RequestTimeout, message));
    return sendJson(res, 503, { errors: [{ message, extensions: { code: ErrorCode.RequestTimeout } }] });
  }
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    if (Buffer.byteLength(response.body.string) > options.maxResponseBytes) {
      return sendJson(res, 400, {
        errors: [{
          message: `The answer is over ${options.maxResponseBytes} bytes (MAX_RESPONSE_BYTES); ask for smaller pages`,
          extensions: { code: ErrorCode.ResponseTooLarge },
        }],
      });
    }
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

// Private: the promise's value, or 'timeout' once `ms` have passed.
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  // A late failure after the timeout must not become an unhandled rejection.
  promise.catch(() => undefined);
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

// Private: 200 when the store answers, 503 otherwise.
async function health(res: http.ServerResponse, options: HttpOptions): Promise<void> {
  try {
    await options.health();
    sendJson(res, 200, { status: 'ok' });
  } catch (error) {
    sendJson(res, 503, { status: 'unavailable', reason: error instanceof Error ? error.message : String(error) });
  }
}

function prefersHtml(req: http.IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

function sendJson(res: http.ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(value));
}

function sendFile(res: http.ServerResponse, file: string, type: string): void {
  res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'public, max-age=86400' });
  fs.createReadStream(file).pipe(res);
}

// Private: the body as text, or 'too-large' once it passes the cap (the rest is drained, not buffered).
function readBody(req: http.IncomingMessage, max: number): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) over = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(over ? 'too-large' : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
