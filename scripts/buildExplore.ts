/**
 * `npm run build:explore`: bundles src/explore/ (sigma, graphology, ForceAtlas2,
 * ECharts) with esbuild into build/explore/, which the server serves at /explore.
 * Everything the page needs is in that folder: nothing is loaded from outside.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { EXPLORE_BUILD_DIR } from '../src/api/http/exploreAssets.js';
import { runCli } from './lib/runCli.js';

const SOURCE = path.resolve(import.meta.dirname, '../src/explore');

runCli(async () => {
  const started = performance.now();
  fs.rmSync(EXPLORE_BUILD_DIR, { recursive: true, force: true });
  fs.mkdirSync(EXPLORE_BUILD_DIR, { recursive: true });
  const result = await build({
    entryPoints: { explore: path.join(SOURCE, 'main.ts') },
    bundle: true, format: 'esm', target: 'es2022', minify: true, sourcemap: 'linked', outdir: EXPLORE_BUILD_DIR,
    logLevel: 'warning', metafile: true, legalComments: 'linked',
  });
  for (const name of ['index.html', 'explore.css']) fs.copyFileSync(path.join(SOURCE, name), path.join(EXPLORE_BUILD_DIR, name));
  const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  console.log(`dutygraph: explorer built into ${path.relative(process.cwd(), EXPLORE_BUILD_DIR)} (${(bytes / 1024).toFixed(0)} KiB) in ${((performance.now() - started) / 1000).toFixed(2)} s`);
});
