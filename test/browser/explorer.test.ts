import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exploreBuilt } from '../../src/api/http/exploreAssets.js';
import { SEEDS_DIR, startSeededServer, type SeededServer } from '../helpers/seededServer.js';
import type { ExplorerProbe as Probe } from '../../src/explore/explorerProbe.js';

/*
 * The explorer in Debian's Chromium against a real server over the five sample
 * documents: what a user does (search, click, switch views, reload a link),
 * checked against the API's own answers, every request to localhost only.
 * Screenshots of each view go to SHOTS (printed).
 */

const CHROMIUM = '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (.ci/run does)`);
const SHOTS = path.join(os.tmpdir(), 'dutygraph-explorer-screenshots');
const LOCAL = /^(http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|data:|blob:)/;


describe.skipIf(!available)('explorer in Chromium', () => {
  let s: SeededServer;
  let context: BrowserContext;
  let profile: string;
  let base: string;
  const requested: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // `npm test` builds it (pretest); a lone `vitest run` of this file builds it here, as a user's `npm start` would.
    if (!exploreBuilt()) execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/buildExplore.ts'], { stdio: 'inherit' });
    s = await startSeededServer();
    base = s.server.url.replace(/\/graphql$/, '');
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dutygraph-chromium-'));
    fs.mkdirSync(SHOTS, { recursive: true });
    console.log(`explorer screenshots: ${SHOTS}`);
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 860 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    context.on('request', (request) => requested.push(request.url()));
    context.on('weberror', (error) => pageErrors.push(error.error().message));
  });

  afterAll(async () => {
    await context?.close();
    await s?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  const probe = (page: Page) => page.evaluate(() => (window as unknown as { dutygraph: Probe }).dutygraph);
  /** Waits until the page has finished rendering a view after `before` renders. */
  async function rendered(page: Page, before: number): Promise<Probe> {
    await page.waitForFunction((n) => ((window as unknown as { dutygraph?: Probe }).dutygraph?.renders ?? 0) > n, before, { timeout: 30_000 });
    const p = await probe(page);
    expect(p.error).toBeNull();
    return p;
  }
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  const renders = async (page: Page) => (await page.evaluate(() => (window as unknown as { dutygraph?: Probe }).dutygraph?.renders ?? 0));

  it('search a unit, click it: its panel shows a verbatim quote from the source, highlighted', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/explore`);
    await rendered(page, 0);
    const n = await renders(page);
    await page.fill('#search', '交通委');
    await page.press('#search', 'Enter');
    await rendered(page, n);
    const hit = page.locator('.hit[data-kind="UNIT"]').first();
    await expect.poll(() => hit.count()).toBe(1);
    expect(await hit.locator('mark').first().textContent()).toMatch(/交通委/);
    await shot(page, '1-search');
    const unitId = await hit.getAttribute('data-id');
    const m = await renders(page);
    await hit.click();
    await rendered(page, m);
    expect(new URL(page.url()).searchParams.get('node')).toBe(unitId);
    const quote = page.locator(`#panel .panel[data-node="${unitId}"] mark.quote`).first();
    await quote.waitFor({ timeout: 20_000 });
    const [text, start, end, documentId] = await Promise.all([
      quote.textContent(), quote.getAttribute('data-start'), quote.getAttribute('data-end'), quote.getAttribute('data-document'),
    ]);
    // The highlighted text is exactly the source file's characters at the offsets shown.
    const doc = await s.query<{ document: { file: string } }>('query($id: ID!) { document(id: $id) { file } }', { id: documentId });
    const source = fs.readFileSync(path.join(SEEDS_DIR, doc.data!.document.file), 'utf8');
    expect(text!.length).toBeGreaterThan(1);
    expect(source.slice(Number(start), Number(end))).toBe(text);
    // …shown inside its context, not alone.
    const around = await quote.locator('xpath=..').textContent();
    expect(around!.length).toBeGreaterThan(text!.length);
    await page.waitForSelector('#panel [data-chart="tasks-by-year"] canvas');
    await page.waitForTimeout(800);
    await shot(page, '2-unit-panel');
    await page.close();
  });

  it('network for a year: the renderer draws exactly the API\'s nodes and edges', async () => {
    const page = await context.newPage();
    const answer = await s.query<{ coResponsibilityNetwork: { nodes: unknown[]; edges: unknown[] } }>(
      '{ coResponsibilityNetwork(year: 2021) { nodes { id } edges { id } } }');
    const expected = { nodes: answer.data!.coResponsibilityNetwork.nodes.length, edges: answer.data!.coResponsibilityNetwork.edges.length };
    expect(expected.edges).toBeGreaterThan(3);
    await page.goto(`${base}/explore?view=network&year=2021`);
    const p = await rendered(page, 0);
    expect(p.drawn).toEqual(expected);
    expect(p.interactiveMs).toBeLessThan(2_000);
    await page.waitForTimeout(4_500); // ForceAtlas2 settles (4 s) before the picture is taken
    // Every label is drawn whole inside the stage, none cut at its edge.
    expect(await page.evaluate(() => (window as unknown as { dutygraph: Probe }).dutygraph.labelsOutside)).toBe(0);
    await shot(page, '3-network-2021');
    // A WebGL canvas really drew something: not every pixel is the background.
    const painted = await page.evaluate(() => {
      const canvases = [...document.querySelectorAll('.graph canvas')] as HTMLCanvasElement[];
      return canvases.length;
    });
    expect(painted).toBeGreaterThan(1);
    await page.close();
  });

  it('a project\'s timeline: status and units by year', async () => {
    const page = await context.newPage();
    const id = 'proj:上海市嘉定区:S7';
    const project = await s.query<{ project: { years: number[]; mentions: Array<{ task: { units: unknown[] } }> } }>(
      'query($id: ID!) { project(id: $id) { years mentions { task { units { role } } } } }', { id });
    const unitMarks = project.data!.project.mentions.reduce((sum, m) => sum + m.task.units.length, 0);
    expect(unitMarks).toBeGreaterThan(0);
    await page.goto(`${base}/explore?view=network&year=2021&node=${encodeURIComponent(id)}`);
    await rendered(page, 0);
    const chart = page.locator('#panel [data-chart="project-timeline"]');
    await chart.locator('canvas').waitFor({ timeout: 20_000 });
    expect(Number(await chart.getAttribute('data-points'))).toBeGreaterThanOrEqual(unitMarks);
    expect(await page.locator('#panel .meta').first().textContent()).toContain(project.data!.project.years.join('、'));
    // The network beside the panel settles (ForceAtlas2, 4 s) with no label cut at the panel's edge.
    await page.waitForTimeout(4_500);
    expect(await page.evaluate(() => (window as unknown as { dutygraph: Probe }).dutygraph.labelsOutside)).toBe(0);
    await shot(page, '4-project-timeline');
    await page.close();
  });

  it('a task\'s accountability chain, as a timeline with each link\'s evidence', async () => {
    const page = await context.newPage();
    const tasks = await s.query<{ tasks: { nodes: Array<{ id: string; units: unknown[] }> } }>('{ tasks(filter: { genre: TASK_LIST }, first: 300) { nodes { id units { role } } } }');
    // The task with the most printed units (ties: the first in document order).
    const task = tasks.data!.tasks.nodes.reduce((best, t) => (t.units.length > best.units.length ? t : best));
    expect(task.units.length).toBeGreaterThanOrEqual(2);
    const chain = await s.query<{ accountabilityChain: { links: Array<{ inferred: boolean }> } }>(
      'query($id: ID!) { accountabilityChain(taskId: $id) { links { inferred } } }', { id: task.id });
    const links = chain.data!.accountabilityChain.links;
    await page.goto(`${base}/explore?view=chain&id=${encodeURIComponent(task.id)}&node=${encodeURIComponent(task.id)}`);
    await rendered(page, 0);
    await page.locator('[data-chart="chain-timeline"] canvas').waitFor({ timeout: 20_000 });
    expect(await page.locator('.chain .links > li').count()).toBe(links.length);
    expect(await page.locator('.chain .links > li.inferred').count()).toBe(links.filter((l) => l.inferred).length);
    expect(await page.locator('.chain .links > li mark.quote').count()).toBe(links.length);
    await page.waitForTimeout(800);
    await shot(page, '5-task-chain');
    await page.close();
  });

  it('the URL holds the view: a reload shows the same view, back and forward work', async () => {
    const page = await context.newPage();
    await page.goto(`${base}/explore?view=network&year=2021`);
    await rendered(page, 0);
    // Change filters through the form, as a user would.
    let n = await renders(page);
    await page.selectOption('select[name="year"]', '2019');
    await page.click('.filters button[type="submit"]');
    const p2019 = await rendered(page, n);
    expect(new URL(page.url()).searchParams.get('year')).toBe('2019');
    const deepLink = page.url();
    await page.reload();
    const reloaded = await rendered(page, 0);
    expect(page.url()).toBe(deepLink);
    expect(reloaded.drawn).toEqual(p2019.drawn);
    expect(await page.inputValue('select[name="year"]')).toBe('2019');
    n = await renders(page);
    await page.goBack();
    const back = await rendered(page, n);
    expect(new URL(page.url()).searchParams.get('year')).toBe('2021');
    expect(back.drawn).not.toEqual(p2019.drawn);
    n = await renders(page);
    await page.goForward();
    expect((await rendered(page, n)).drawn).toEqual(p2019.drawn);
    await page.close();
  });

  it('GraphiQL links to the explorer', async () => {
    const page = await context.newPage();
    await page.goto(s.server.url, { waitUntil: 'load' });
    await page.click('#explore-link');
    const p = await rendered(page, 0);
    expect(new URL(page.url()).pathname).toBe('/explore');
    // The first view is the network of the top pair's latest year, and the URL says so; it is not empty.
    const top = await s.query<{ sharedTasks: Array<{ years: number[] }> }>('{ sharedTasks(first: 1) { years } }');
    expect(new URL(page.url()).searchParams.get('view')).toBe('network');
    expect(new URL(page.url()).searchParams.get('year')).toBe(String(Math.max(...top.data!.sharedTasks[0]!.years)));
    expect(p.drawn!.edges).toBeGreaterThan(0);
    await page.close();
  });

  it('asked nothing outside localhost and threw no page error', () => {
    expect(requested.length).toBeGreaterThan(10);
    expect(requested.filter((url) => !LOCAL.test(url))).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(requested.some((url) => url.includes('/explore/explore.js'))).toBe(true);
  });
});
