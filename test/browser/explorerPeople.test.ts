import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exploreBuilt } from '../../src/api/http/exploreAssets.js';
import { startPeopleServer, type PeopleServer } from '../helpers/peopleServer.js';
import { PEOPLE_TEXT } from '../helpers/peopleText.js';
import type { ExplorerProbe as Probe } from '../../src/explore/explorerProbe.js';

/*
 * Persons in the explorer, in Debian's Chromium against a real server: the legend names the
 * kind, a task's panel lists its people with the quote of each name at its offsets, and a click
 * opens the person's panel with the tasks it is named on.
 */

const CHROMIUM = '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (.ci/run does)`);
const ZHANG = 'person:上海市嘉定区:张三';

describe.skipIf(!available)('persons in the explorer', () => {
  let s: PeopleServer;
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    if (!exploreBuilt()) execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/buildExplore.ts'], { stdio: 'inherit' });
    s = await startPeopleServer();
    profile = fs.mkdtempSync(path.join(os.tmpdir(), 'dutygraph-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM, headless: true, viewport: { width: 1400, height: 860 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await context?.close();
    await s?.close();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  it("a task's panel lists its leader with the name's quote; the person's panel lists its tasks", async () => {
    const page = await context.newPage();
    await page.goto(`${s.base}/explore?view=neighborhood&id=task%3Apeople%3A1&node=task%3Apeople%3A1`);
    await page.waitForFunction(() => ((window as unknown as { dutygraph?: Probe }).dutygraph?.renders ?? 0) > 0, undefined, { timeout: 30_000 });
    expect(await page.locator('.legend').textContent()).toContain('人员');

    const person = page.locator('#panel .task-head a', { hasText: '张三' }).first();
    await person.waitFor({ timeout: 20_000 });
    const quote = person.locator('xpath=ancestor::div[@class="task"][1]//mark[contains(@class, "quote")]').first();
    const [text, start, end] = await Promise.all([quote.textContent(), quote.getAttribute('data-start'), quote.getAttribute('data-end')]);
    expect(text).toBe('张三');
    expect(PEOPLE_TEXT.slice(Number(start), Number(end))).toBe(text);

    await person.click();
    const panel = page.locator(`#panel .panel[data-node="${ZHANG}"]`);
    await panel.waitFor({ timeout: 20_000 });
    expect(await panel.locator('h2').textContent()).toContain('人员');
    await expect.poll(() => panel.locator('.task').count()).toBe(2);
    await page.close();
  });
});
