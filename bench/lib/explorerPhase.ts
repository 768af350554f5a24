import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { exploreBuilt } from '../../src/api/http/exploreAssets.js';
import { REPO_ROOT, runTs } from './childProcess.js';
import { round, summarize } from './percentiles.js';
import { startServerProcess } from './serverProcess.js';
import type { ExplorerProbe as Probe } from '../../src/explore/explorerProbe.js';

const CHROMIUM = '/usr/bin/chromium';
const LOCAL = /^(http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|data:|blob:)/;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** What the explorer's browser phase measured (bench/README.md, "Explorer"). */
export interface ExplorerFigures {
  /** The year shown: the one with most tasks, so the largest yearly network. */
  year: number;
  api: { nodes: number; edges: number; truncated: boolean };
  drawn: { nodes: number; edges: number };
  /** From the view's request (page script start) to sigma's first frame: the graph can be panned, zoomed and clicked. */
  interactiveP50Ms: number;
  interactiveMaxMs: number;
  /** From navigation start to that first frame (HTML, bundle, API answer, first frame). */
  sinceNavigationP50Ms: number;
  /** First contentful paint of the page. */
  firstPaintP50Ms: number;
  /** Frames the page drew per second while ForceAtlas2 ran in its worker (2 s window after the first frame). */
  fpsDuringLayout: number;
  runs: number;
  /** Pages that asked anything outside localhost (must be 0). */
  outsideRequests: number;
  /** The sample graph (seeds/, as `npm start` loads it): the explorer's first view, fresh page per run. */
  sample: { firstPaintP50Ms: number; firstPaintMaxMs: number; interactiveAtP50Ms: number; nodes: number; edges: number; runs: number };
}


/**
 * The explorer in Debian's Chromium over the benchmark's graph: the real server
 * process (as `npm start` runs it) and a fresh page per run, opening the busiest
 * year's co-responsibility network; timings are the page's own (performance.now).
 */
export async function runExplorerPhase(dataDir: string, options: { runs: number; log: (line: string) => void }): Promise<ExplorerFigures> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing (apt-get install chromium)`);
  // Always rebuilt: a stale bundle would measure code that is not the tree's.
  await runTs('scripts/buildExplore.ts', [], 120_000);
  if (!exploreBuilt()) throw new Error('npm run build:explore wrote no bundle');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, viewport: { width: 1400, height: 860 }, args: FLAGS });
  let server: Awaited<ReturnType<typeof startServerProcess>> | null = null;
  try {
    const sample = await measureSample(context, options);
    server = await startServerProcess(dataDir, 180_000);
    const bench = server;
    const post = async <T>(query: string): Promise<T> => {
      const response = await fetch(bench.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      return ((await response.json()) as { data: T }).data;
    };
    const stats = await post<{ stats: { byYear: Array<{ year: number; tasks: number }> } }>('{ stats { byYear { year tasks } } }');
    const year = stats.stats.byYear.reduce((best, y) => (y.tasks > best.tasks ? y : best)).year;
    const network = await post<{ coResponsibilityNetwork: { nodes: unknown[]; edges: unknown[]; truncated: boolean } }>(
      `{ coResponsibilityNetwork(year: ${year}) { nodes { id } edges { id } truncated } }`);
    const api = { nodes: network.coResponsibilityNetwork.nodes.length, edges: network.coResponsibilityNetwork.edges.length, truncated: network.coResponsibilityNetwork.truncated };
    options.log(`explorer: year ${year}, ${api.nodes} nodes, ${api.edges} edges`);
    const base = bench.url.replace(/\/graphql$/, '');
    const interactive: number[] = [];
    const sinceNavigation: number[] = [];
    const firstPaint: number[] = [];
    let fps = NaN;
    let drawn = { nodes: 0, edges: 0 };
    let outside = 0;
    for (let run = 0; run < options.runs; run++) {
      const { page, probe: p, firstPaintMs } = await openExplorer(context, `${base}/explore?view=network&year=${year}`, () => outside++);
      if (p.error || !p.drawn || p.interactiveMs === null || p.interactiveAtMs === null) throw new Error(`explorer failed: ${p.error ?? 'nothing drawn'}`);
      drawn = p.drawn;
      interactive.push(p.interactiveMs);
      sinceNavigation.push(p.interactiveAtMs);
      firstPaint.push(firstPaintMs);
      if (run === 0) {
        // A string, not a function: tsx's transform wraps named inner functions in a `__name` helper the page does not have.
        fps = await page.evaluate<number>(`new Promise((resolve) => {
          let frames = 0;
          const t0 = performance.now();
          const tick = () => {
            frames++;
            if (performance.now() - t0 < 2000) requestAnimationFrame(tick);
            else resolve((frames * 1000) / (performance.now() - t0));
          };
          requestAnimationFrame(tick);
        })`);
      }
      options.log(`explorer: run ${run + 1}: interactive ${round(p.interactiveMs, 0)} ms after the request, ${round(p.interactiveAtMs, 0)} ms after navigation`);
      await page.close();
    }
    return {
      year, api, drawn,
      interactiveP50Ms: round(summarize(interactive).p50, 0), interactiveMaxMs: round(Math.max(...interactive), 0),
      sinceNavigationP50Ms: round(summarize(sinceNavigation).p50, 0), firstPaintP50Ms: round(summarize(firstPaint).p50, 0),
      fpsDuringLayout: round(fps, 0), runs: options.runs, outsideRequests: outside + sample.outside, sample: sample.figures,
    };
  } finally {
    await context.close();
    await server?.stop();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

// Private: the sample graph ingested into its own DATA_DIR (scripts/ingest.ts, seeds/), served, and the explorer's first view opened `runs` times.
async function measureSample(context: BrowserContext, options: { runs: number; log: (line: string) => void }): Promise<{ figures: ExplorerFigures['sample']; outside: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-sample-'));
  let server: Awaited<ReturnType<typeof startServerProcess>> | null = null;
  try {
    await runTs('scripts/ingest.ts', [path.join(REPO_ROOT, 'seeds')], 180_000, { env: { DATA_DIR: dataDir } });
    server = await startServerProcess(dataDir, 120_000);
    const base = server.url.replace(/\/graphql$/, '');
    const paints: number[] = [];
    const interactiveAt: number[] = [];
    let drawn = { nodes: 0, edges: 0 };
    let outside = 0;
    for (let run = 0; run < options.runs; run++) {
      const { page, probe: p, firstPaintMs } = await openExplorer(context, `${base}/explore`, () => outside++);
      if (p.error || !p.drawn || p.interactiveAtMs === null) throw new Error(`explorer on the sample graph failed: ${p.error ?? 'nothing drawn'}`);
      drawn = p.drawn;
      interactiveAt.push(p.interactiveAtMs);
      paints.push(firstPaintMs);
      options.log(`explorer: sample run ${run + 1}: first paint ${round(paints[paints.length - 1]!, 0)} ms, network drawn ${round(p.interactiveAtMs, 0)} ms after navigation`);
      await page.close();
    }
    return {
      figures: {
        firstPaintP50Ms: round(summarize(paints).p50, 0), firstPaintMaxMs: round(Math.max(...paints), 0),
        interactiveAtP50Ms: round(summarize(interactiveAt).p50, 0), nodes: drawn.nodes, edges: drawn.edges, runs: options.runs,
      },
      outside,
    };
  } finally {
    await server?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

// Private: the explorer opened at `url` in a new page until its first render: the page, its probe and its
// first contentful paint; every request to anywhere but localhost is reported through `outside`.
async function openExplorer(context: BrowserContext, url: string, outside: () => void): Promise<{ page: Page; probe: Probe; firstPaintMs: number }> {
  const page = await context.newPage();
  page.on('request', (r) => {
    if (!LOCAL.test(r.url())) outside();
  });
  await page.goto(url);
  await page.waitForFunction(() => ((window as unknown as { dutygraph?: Probe }).dutygraph?.renders ?? 0) > 0, null, { timeout: 60_000 });
  const probe = await page.evaluate(() => (window as unknown as { dutygraph: Probe }).dutygraph);
  const firstPaintMs = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  return { page, probe, firstPaintMs };
}
