import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the explorer page is served. */
export const EXPLORE_PATH = '/explore';

/** The folder `npm run build:explore` writes (esbuild's bundle of src/explore/ and its HTML). */
export const EXPLORE_BUILD_DIR = fileURLToPath(new URL('../../../build/explore/', import.meta.url));

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.png': 'image/png', '.map': 'application/json' };

/** True when the explorer has been built; the server serves a clear 503 otherwise. */
export function exploreBuilt(): boolean {
  return fs.existsSync(path.join(EXPLORE_BUILD_DIR, 'index.html'));
}

/**
 * `/explore` (the page; the view lives in its query string) and `/explore/<file>`
 * (its bundle). Only files the build wrote are served: names are looked up in
 * the folder's listing, never joined from the URL.
 */
export function serveExplore(req: http.IncomingMessage, res: http.ServerResponse, urlPath: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { 'content-type': 'text/plain; charset=utf-8' }).end('The explorer is read with GET');
    return;
  }
  if (!exploreBuilt()) {
    res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('The explorer is not built: run `npm run build:explore`');
    return;
  }
  const name = urlPath === EXPLORE_PATH || urlPath === `${EXPLORE_PATH}/` ? 'index.html' : urlPath.slice(EXPLORE_PATH.length + 1);
  const files = fs.readdirSync(EXPLORE_BUILD_DIR);
  if (!files.includes(name)) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`No explorer file ${name}`);
    return;
  }
  const type = TYPES[path.extname(name)] ?? 'application/octet-stream';
  const cache = name === 'index.html' ? 'no-cache' : 'public, max-age=3600';
  res.writeHead(200, { 'content-type': type.startsWith('image') ? type : `${type}; charset=utf-8`, 'cache-control': cache });
  if (req.method === 'HEAD') res.end();
  else fs.createReadStream(path.join(EXPLORE_BUILD_DIR, name)).pipe(res);
}
