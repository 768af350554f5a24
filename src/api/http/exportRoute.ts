import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { ApiContext } from '../context.js';
import { exportFormat, EXPORT_FORMATS } from '../export/exportFormats.js';
import { EXPORT_ANALYSES, isExportAnalysis } from '../export/graphExport.js';
import { runExport } from '../export/runExport.js';

/** URL prefix of the exports: `/export/<analysis>.<format>?<the GraphQL field's arguments>`. */
export const EXPORT_PREFIX = '/export/';

/** HTTP status for an API error code: the caller's mistakes are 4xx, the store's 503. */
const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400, GRAPHQL_VALIDATION_FAILED: 400, COST_LIMIT_EXCEEDED: 400, DEPTH_LIMIT_EXCEEDED: 400,
  NOT_FOUND: 404, STORE_UNAVAILABLE: 503, REQUEST_TIMEOUT: 503,
};

export interface ExportRouteOptions {
  apollo: ApolloServer<ApiContext>;
  context: (signal: AbortSignal) => Promise<ApiContext>;
  requestTimeoutMs: number;
}

/**
 * `GET /export/network.gexf?year=2021` and friends: the graph the GraphQL field
 * answers for the same arguments, in a file Gephi, Cytoscape or a spreadsheet
 * opens. Errors are the API's, as JSON with `extensions.code`.
 */
export async function handleExport(req: http.IncomingMessage, res: http.ServerResponse, url: URL, options: ExportRouteOptions): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return fail(res, 405, 'METHOD_NOT_ALLOWED', 'exports are read with GET');
  const name = url.pathname.slice(EXPORT_PREFIX.length);
  const dot = name.indexOf('.');
  const analysis = dot < 0 ? name : name.slice(0, dot);
  const format = exportFormat(dot < 0 ? '' : name.slice(dot + 1));
  if (!isExportAnalysis(analysis) || !format) {
    const known = Object.keys(EXPORT_ANALYSES).flatMap((a) => EXPORT_FORMATS.map((f) => `${a}.${f.suffix}`));
    return fail(res, 404, 'NOT_FOUND', `No export ${url.pathname}; exports are ${EXPORT_PREFIX}{${known.join(',')}}`);
  }
  // A client that goes away, or the time limit, stops the export's store work too.
  const abort = new AbortController();
  res.once('close', () => abort.abort(new Error('The client closed the connection')));
  const run = runExport(options.apollo, await options.context(abort.signal), analysis, [...url.searchParams.entries()]);
  const result = await withTimeout(run, options.requestTimeoutMs);
  if (result === 'timeout') abort.abort(new Error(`The request took longer than ${options.requestTimeoutMs} ms`));
  if (result === 'timeout') return fail(res, 503, 'REQUEST_TIMEOUT', `The request took longer than ${options.requestTimeoutMs} ms`);
  if ('error' in result) return fail(res, STATUS[result.error.code] ?? 500, result.error.code, result.error.message);
  const body = format.write(result.graph);
  res.writeHead(200, {
    'content-type': format.contentType,
    'content-disposition': `attachment; filename="${analysis}.${format.suffix}"`,
    // Said in a header too: a file format may have nowhere to say the limit cut the graph short.
    'x-dutygraph-truncated': String(result.graph.truncated),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function fail(res: http.ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

// Private: the promise's value, or 'timeout' once `ms` have passed.
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  promise.catch(() => undefined);
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
