import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededServer, type SeededServer } from '../helpers/seededServer.js';

/*
 * GraphiQL in a real Chromium (Debian's, at /usr/bin/chromium): the page loads,
 * runs a query against our server, and requests nothing outside localhost.
 */

const CHROMIUM = '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: CI must install Debian's chromium (.ci/run does)`);

describe.skipIf(!available)('GraphiQL in Chromium', () => {
  let s: SeededServer;
  let browser: Browser;

  beforeAll(async () => {
    s = await startSeededServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await s?.close();
  });

  it('loads offline from this server and runs a query', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const consoleErrors: string[] = [];
    page.on('pageerror', (error) => consoleErrors.push(error.message));

    await page.goto(s.server.url, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('totalCount'), null, {
      timeout: 20_000,
    });
    const result = (await page.locator('.result-window').textContent()) ?? '';
    expect(result).toContain('"totalCount": 5');
    await page.screenshot({ path: path.join(os.tmpdir(), 'dutygraph-graphiql.png') });

    expect(consoleErrors).toEqual([]);
    const outside = requested.filter((url) => !/^(http:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/|data:|blob:)/.test(url));
    expect(outside).toEqual([]);
    expect(requested.some((url) => url.includes('/graphiql/graphiql.min.js'))).toBe(true);
  });
});
