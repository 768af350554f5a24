import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR, startSeededServer, type SeededServer } from '../helpers/seededServer.js';

/*
 * The end-to-end path over real HTTP: seeds → Kùzu on disk → Apollo → JSON.
 */

interface Connection<T> { totalCount: number; nodes: T[] }
interface Doc { id: string; file: string; title: string; year: number; region: string }
interface Resp { role: string; surface: string; unit: { name: string; aliases: string[] }; evidence: { quote: string; start: number; end: number; document: { id: string; file: string } } }

let s: SeededServer;
beforeAll(async () => {
  s = await startSeededServer();
});
afterAll(async () => {
  await s?.close();
});

describe('GraphQL over the sample graph', () => {
  it('lists the five samples with their years', async () => {
    const body = await s.query<{ documents: Connection<Doc> }>('{ documents(first: 50) { totalCount nodes { id title year region } } }');
    expect(body.errors).toBeUndefined();
    expect(body.data!.documents.totalCount).toBe(5);
    expect(body.data!.documents.nodes.map((d) => d.year).sort()).toEqual([2018, 2019, 2020, 2021, 2024]);
    for (const d of body.data!.documents.nodes) expect(d.region).toMatch(/^上海市(嘉定|静安)区$/);
  });

  it('knows at least every unit printed in seed 000, by name or alias', async () => {
    const gold = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, 'gold/000_27008efcf6a828d5.json'), 'utf8')) as { units_distinct: string[] };
    const body = await s.query<{ units: Connection<{ name: string; aliases: string[] }> }>(
      '{ units(first: 500) { totalCount nodes { name aliases } } }',
    );
    const known = new Set(body.data!.units.nodes.flatMap((u) => [u.name, ...u.aliases]));
    expect(body.data!.units.totalCount).toBeGreaterThanOrEqual(47);
    expect(gold.units_distinct.filter((name) => !known.has(name))).toEqual([]);
  });

  it("gives every 2021 responsibility evidence that quotes the source verbatim at its offsets", async () => {
    const body = await s.query<{ tasks: Connection<{ id: string; units: Resp[] }> }>(
      `{ tasks(filter: { year: 2021 }, first: 500) { totalCount nodes { id units {
          role surface unit { name aliases } evidence { quote start end document { id file } } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    const tasks = body.data!.tasks;
    expect(tasks.totalCount).toBeGreaterThanOrEqual(97);
    const responsibilities = tasks.nodes.flatMap((t) => t.units);
    expect(responsibilities.length).toBeGreaterThan(100);
    for (const r of responsibilities) {
      const source = fs.readFileSync(path.join(SEEDS_DIR, r.evidence.document.file), 'utf8');
      expect(source.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.quote);
      expect(r.evidence.quote).toContain(r.surface);
      expect(r.role).toBe('RESPONSIBLE');
    }
  });

  it('pages with cursors and reports the page', async () => {
    const first = await s.query<{ tasks: Connection<{ id: string }> & { pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
      '{ tasks(filter: { year: 2021 }, first: 10) { totalCount nodes { id } pageInfo { endCursor hasNextPage } } }',
    );
    const next = await s.query<{ tasks: Connection<{ id: string }> & { pageInfo: { hasPreviousPage: boolean } } }>(
      'query($after: String) { tasks(filter: { year: 2021 }, first: 10, after: $after) { nodes { id } pageInfo { hasPreviousPage } } }',
      { after: first.data!.tasks.pageInfo.endCursor },
    );
    expect(first.data!.tasks.pageInfo.hasNextPage).toBe(true);
    expect(next.data!.tasks.pageInfo.hasPreviousPage).toBe(true);
    const ids = [...first.data!.tasks.nodes, ...next.data!.tasks.nodes].map((t) => t.id);
    expect(new Set(ids).size).toBe(20);
  });

  it('fetches a unit, its tasks, and any node by global id', async () => {
    const units = await s.query<{ units: Connection<{ id: string; name: string }> }>(
      '{ units(first: 1, filter: { nameContains: "区经委" }) { nodes { id name } } }',
    );
    const unit = units.data!.units.nodes[0]!;
    const body = await s.query<{ node: { name: string; tasks: Connection<{ units: Resp[] }> } }>(
      'query($id: ID!) { node(id: $id) { ... on Unit { name tasks(first: 100) { totalCount nodes { units { unit { name } } } } } } }',
      { id: unit.id },
    );
    expect(body.data!.node.name).toBe(unit.name);
    expect(body.data!.node.tasks.totalCount).toBeGreaterThan(5);
    for (const t of body.data!.node.tasks.nodes) expect(t.units.map((r) => r.unit.name)).toContain(unit.name);
  });

  it('refuses an oversized page with a coded error', async () => {
    const body = await s.query('{ tasks(first: 501) { totalCount } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('serves GraphiQL to a browser, with every asset from this server', async () => {
    const page = await fetch(s.server.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    // The page's own assets (scripts, styles, icon); the explorer link is a page, not an asset.
    const assets = [...html.matchAll(/<(?:script|link)\b[^>]*(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBe(4);
    expect(html).toMatch(/<a [^>]*href="\/explore"/);
    for (const asset of assets) {
      expect(asset.startsWith('/')).toBe(true);
      const response = await fetch(new URL(asset, s.server.url));
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
    }
  });

  it('answers /healthz with 200 while the store answers', async () => {
    const response = await fetch(new URL('/healthz', s.server.url));
    expect(response.status).toBe(200);
  });
});

describe('/healthz when the store is gone', () => {
  it('answers 503 once the store is closed', async () => {
    const own = await startSeededServer();
    try {
      await own.store.close();
      const response = await fetch(new URL('/healthz', own.server.url));
      expect(response.status).toBe(503);
      expect(((await response.json()) as { status: string }).status).toBe('unavailable');
    } finally {
      await own.close(); // stops the server, closes the (already closed) store, removes its folder
    }
  });
});
