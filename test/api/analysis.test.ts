import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDocument } from '../helpers/fixtureDocument.js';
import { SEEDS_DIR, startSeededServer, type GraphQLBody, type SeededServer } from '../helpers/seededServer.js';

/*
 * The analysts' questions over real HTTP on the sample graph, checked against
 * the hand-made gold labels in seeds/gold/.
 */

interface GoldTasks { document: string; tasks: Array<{ units: string[] }> }
interface GoldRecurring { core: Array<{ canonical: string; years: number[]; surfaces: Record<string, string[]> }> }
interface UnitRef { id: string; name: string; aliases: string[] }

const gold000 = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, 'gold/000_27008efcf6a828d5.json'), 'utf8')) as GoldTasks;
const goldRecurring = JSON.parse(fs.readFileSync(path.join(SEEDS_DIR, 'gold/recurring_projects_jiading.json'), 'utf8')) as GoldRecurring;
const squash = (s: string) => s.replace(/\s+/g, '').replace(/[“”"]/g, '"');

let s: SeededServer;
beforeAll(async () => {
  s = await startSeededServer();
});
afterAll(async () => {
  await s?.close();
});

describe('sharedTasks', () => {
  it('returns exactly the unit pairs that share a task in seed 000 (per the gold labels)', async () => {
    const goldPairs = new Map<string, number>();
    for (const task of gold000.tasks) {
      const units = [...new Set(task.units)].sort();
      for (let i = 0; i < units.length; i++) {
        for (let j = i + 1; j < units.length; j++) {
          const key = `${units[i]}+${units[j]}`;
          goldPairs.set(key, (goldPairs.get(key) ?? 0) + 1);
        }
      }
    }
    expect(goldPairs.size).toBe(19);

    const body = await s.query<{ sharedTasks: Array<{ a: UnitRef; b: UnitRef; sharedCount: number; years: number[]; tasks: Array<{ id: string }> }> }>(
      `{ sharedTasks(documentId: "doc:000_27008efcf6a828d5", first: 100) {
          a { id name aliases } b { id name aliases } sharedCount years tasks { id } } }`,
    );
    expect(body.errors).toBeUndefined();
    const pairs = body.data!.sharedTasks;
    const printedName = (u: UnitRef, printed: Set<string>) => [u.name, ...u.aliases].find((n) => printed.has(n));
    const printed = new Set(gold000.tasks.flatMap((t) => t.units));
    const found = new Map(
      pairs.map((p) => [[printedName(p.a, printed), printedName(p.b, printed)].sort().join('+'), p.sharedCount]),
    );
    expect(found).toEqual(goldPairs);
    for (const p of pairs) {
      expect(p.years).toEqual([2021]);
      expect(p.tasks).toHaveLength(p.sharedCount);
    }
    // Ordered by sharedCount, descending.
    expect(pairs.map((p) => p.sharedCount)).toEqual([...pairs.map((p) => p.sharedCount)].sort((x, y) => y - x));
  });

  it("with one unit gives that unit's partners, each once", async () => {
    const units = await s.query<{ units: { nodes: UnitRef[] } }>('{ units(orderBy: TASKS_DESC, first: 1) { nodes { id name aliases } } }');
    const busiest = units.data!.units.nodes[0]!;
    const body = await s.query<{ sharedTasks: Array<{ a: UnitRef; b: UnitRef; sharedCount: number }> }>(
      'query($id: ID!) { sharedTasks(unitIds: [$id], first: 100) { a { id name aliases } b { id name aliases } sharedCount } }',
      { id: busiest.id },
    );
    const partners = body.data!.sharedTasks;
    expect(partners.length).toBeGreaterThan(0);
    for (const p of partners) expect(p.a.id).toBe(busiest.id);
    expect(new Set(partners.map((p) => p.b.id)).size).toBe(partners.length);
  });
});

describe('recurringProjects', () => {
  it('contains every core project of the gold file with exactly its years', async () => {
    const body = await s.query<{ recurringProjects: Array<{ project: { name: string; aliases: string[] }; years: number[]; mentions: Array<{ surface: string; year: number; evidence: { quote: string } }> }> }>(
      '{ recurringProjects(minYears: 2) { project { name aliases } years mentions { surface year evidence { quote } } } }',
    );
    expect(body.errors).toBeUndefined();
    const reported = body.data!.recurringProjects;
    for (const core of goldRecurring.core) {
      const surfaces = new Set(Object.values(core.surfaces).flat().map(squash));
      const match = reported.find((r) => [r.project.name, ...r.project.aliases, ...r.mentions.map((m) => m.surface)].some((n) => surfaces.has(squash(n))));
      expect(match, core.canonical).toBeDefined();
      expect(match!.years, core.canonical).toEqual(core.years);
    }
    for (const r of reported) {
      expect(r.years.length).toBeGreaterThanOrEqual(2);
      for (const m of r.mentions) expect(m.evidence.quote).toContain(m.surface);
    }
  });

  it('`first` keeps the head of the full list, in its order, with and without a year range', async () => {
    type Body = { recurringProjects: Array<{ project: { id: string }; years: number[] }> };
    for (const range of ['', ', fromYear: 2018, toYear: 2024']) {
      const all = (await s.query<Body>(`{ recurringProjects(minYears: 2${range}, first: 500) { project { id } years } }`)).data!.recurringProjects;
      const head = (await s.query<Body>(`{ recurringProjects(minYears: 2${range}, first: 3) { project { id } years } }`)).data!.recurringProjects;
      expect(all.length).toBeGreaterThan(3);
      expect(head).toEqual(all.slice(0, 3));
      for (let i = 1; i < all.length; i++) expect(all[i]!.years.length).toBeLessThanOrEqual(all[i - 1]!.years.length);
    }
  });

  it('filters by year range and kind', async () => {
    const body = await s.query<{ recurringProjects: Array<{ project: { kind: string }; years: number[] }> }>(
      '{ recurringProjects(minYears: 2, fromYear: 2019, toYear: 2021, kinds: [RAIL, ROAD]) { project { kind } years } }',
    );
    for (const r of body.data!.recurringProjects) {
      expect(['RAIL', 'ROAD']).toContain(r.project.kind);
      for (const y of r.years) expect(y >= 2019 && y <= 2021).toBe(true);
    }
  });
});

describe('accountabilityChain', () => {
  it('for a task: its printed units, each with evidence quoting the source', async () => {
    const body = await s.query<{ accountabilityChain: { subject: { id: string }; links: Array<{ year: number; role: string; inferred: boolean; unit: { name: string }; evidence: { quote: string; start: number; end: number; document: { file: string } } }> } }>(
      `{ accountabilityChain(taskId: "task:000_27008efcf6a828d5:2") { subject { id }
          links { year role inferred unit { name } evidence { quote start end document { file } } } } }`,
    );
    const chain = body.data!.accountabilityChain;
    expect(chain.subject.id).toBe('task:000_27008efcf6a828d5:2');
    const printed = chain.links.filter((l) => !l.inferred);
    expect(printed.map((l) => l.evidence.quote)).toEqual(['区交通委', '汽车城集团']);
    for (const l of chain.links) {
      const source = fs.readFileSync(path.join(SEEDS_DIR, l.evidence.document.file), 'utf8');
      expect(source.slice(l.evidence.start, l.evidence.end)).toBe(l.evidence.quote);
    }
  });

  it('for a project: every year, with inferred links for report years that name no unit', async () => {
    const projects = await s.query<{ search: Array<{ id: string; kind: string }> }>('{ search(text: "S7", kinds: [PROJECT]) { id kind } }');
    const projectId = projects.data!.search[0]!.id;
    const body = await s.query<{ accountabilityChain: { links: Array<{ year: number; inferred: boolean; via: string | null; unit: { name: string }; task: { year: number } | null; evidence: { document: { year: number } } }>; graph: { nodes: Array<{ id: string }>; edges: Array<{ source: string; target: string }> } } }>(
      `query($id: ID!) { accountabilityChain(projectId: $id) { links { year inferred via unit { name } task { year } evidence { document { year } } }
          graph { nodes { id } edges { source target } } } }`,
      { id: projectId },
    );
    const chain = body.data!.accountabilityChain;
    const years = chain.links.map((l) => l.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const printed = chain.links.filter((l) => !l.inferred);
    const inferred = chain.links.filter((l) => l.inferred);
    expect(printed.length).toBeGreaterThan(0);
    expect(inferred.length).toBeGreaterThan(0);
    for (const l of inferred) {
      expect(l.via).toMatch(/same project/);
      // The evidence is the task list that names the unit, from another year.
      expect(l.evidence.document.year).not.toBe(l.year);
    }
    const ids = new Set(chain.graph.nodes.map((n) => n.id));
    for (const e of chain.graph.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
  });

  it('refuses a call naming no subject, with a coded error', async () => {
    const body = await s.query('{ accountabilityChain { links { year } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('subgraphs for visualisation', () => {
  it('neighborhood: every edge joins two returned nodes; the limit truncates', async () => {
    const body = await s.query<{ neighborhood: { nodes: Array<{ id: string; kind: string }>; edges: Array<{ source: string; target: string; kind: string; data: Record<string, unknown> }>; truncated: boolean } }>(
      '{ neighborhood(id: "unit:上海市嘉定区:嘉定区交通委员会", depth: 2) { nodes { id kind label data } edges { id source target kind data } truncated } }',
    );
    const g = body.data!.neighborhood;
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(ids.size).toBe(g.nodes.length);
    expect(g.nodes.map((n) => n.kind)).toEqual(expect.arrayContaining(['UNIT', 'TASK']));
    for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    const responsibility = g.edges.find((e) => e.kind === 'RESPONSIBLE_FOR');
    expect(responsibility?.data).toMatchObject({ year: expect.any(Number), role: expect.any(String) });

    const small = await s.query<{ neighborhood: { nodes: unknown[]; truncated: boolean } }>(
      '{ neighborhood(id: "unit:上海市嘉定区:嘉定区交通委员会", depth: 2, limit: 5) { nodes { id } truncated } }',
    );
    expect(small.data!.neighborhood.nodes).toHaveLength(5);
    expect(small.data!.neighborhood.truncated).toBe(true);

    const onlyTasks = await s.query<{ neighborhood: { nodes: Array<{ kind: string }> } }>(
      '{ neighborhood(id: "unit:上海市嘉定区:嘉定区交通委员会", depth: 2, kinds: [TASK]) { nodes { kind } } }',
    );
    expect(new Set(onlyTasks.data!.neighborhood.nodes.slice(1).map((n) => n.kind))).toEqual(new Set(['TASK']));
  });

  it('neighborhood: past its limit it keeps the newest tasks, the same ones every time', async () => {
    // A project mentioned by tasks of several years.
    const recurring = await s.query<{ recurringProjects: Array<{ project: { id: string } }> }>(
      '{ recurringProjects(minYears: 2) { project { id } } }',
    );
    const projectId = recurring.data!.recurringProjects[0]!.project.id;
    type Nodes = { neighborhood: { nodes: Array<{ id: string; data: { year?: number } }>; truncated: boolean } };
    const ask = (limit: number) => s.query<Nodes>(
      `{ neighborhood(id: "${projectId}", kinds: [TASK], limit: ${limit}) { nodes { id data } truncated } }`,
    );
    const all = (await ask(1000)).data!.neighborhood;
    expect(all.truncated).toBe(false);
    expect(new Set(all.nodes.slice(1).map((n) => n.data.year)).size).toBeGreaterThan(1);
    const limit = all.nodes.length - 1;
    const few = (await ask(limit)).data!.neighborhood;
    expect(few.truncated).toBe(true);
    const kept = new Set(few.nodes.map((n) => n.id));
    const keptYears = few.nodes.slice(1).map((n) => n.data.year!);
    const leftYears = all.nodes.slice(1).filter((n) => !kept.has(n.id)).map((n) => n.data.year!);
    expect(Math.min(...keptYears)).toBeGreaterThanOrEqual(Math.max(...leftYears));
    expect((await ask(limit)).data!.neighborhood).toEqual(few);
  });

  it('coResponsibilityNetwork: units joined by weighted edges', async () => {
    const body = await s.query<{ coResponsibilityNetwork: { nodes: Array<{ id: string; kind: string }>; edges: Array<{ source: string; target: string; kind: string; data: { shared: number; years: number[] } }> } }>(
      '{ coResponsibilityNetwork(year: 2021) { nodes { id kind } edges { source target kind data } truncated } }',
    );
    const g = body.data!.coResponsibilityNetwork;
    expect(g.edges).toHaveLength(19);
    const ids = new Set(g.nodes.map((n) => n.id));
    for (const n of g.nodes) expect(n.kind).toBe('UNIT');
    for (const e of g.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(e.kind).toBe('CO_RESPONSIBLE');
      expect(e.data.shared).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('search', () => {
  it.each([
    ['氢能', '嘉定氢能港'],
    ['交通委', '区交通委'],
    ['科交会', '长三角科交会'],
  ])('finds %s → %s (no spaces needed, aliases searched)', async (text, expected) => {
    const body = await s.query<{ search: Array<{ id: string; kind: string; label: string; score: number; snippet: string; node: { id: string } }> }>(
      'query($text: String!) { search(text: $text) { id kind label score snippet node { id } } }',
      { text },
    );
    const hits = body.data!.search;
    expect(hits.length).toBeGreaterThan(0);
    const names = async (id: string) => {
      const r = await s.query<{ node: { name?: string; aliases?: string[] } }>(
        'query($id: ID!) { node(id: $id) { ... on Unit { name aliases } ... on Project { name aliases } } }', { id },
      );
      return [r.data!.node.name, ...(r.data!.node.aliases ?? [])];
    };
    const top = hits[0]!;
    expect(['UNIT', 'PROJECT']).toContain(top.kind);
    expect(await names(top.id)).toContain(expected);
    expect(top.snippet).toContain(`【${text}】`);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    for (const h of hits) expect(h.node.id).toBe(h.id);
  });

  it('restricts to kinds and refuses empty text', async () => {
    const tasks = await s.query<{ search: Array<{ kind: string }> }>('{ search(text: "智能", kinds: [TASK], first: 5) { kind } }');
    expect(tasks.data!.search).toHaveLength(5);
    expect(new Set(tasks.data!.search.map((h) => h.kind))).toEqual(new Set(['TASK']));
    const empty = await s.query('{ search(text: "  ") { id } }');
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('stats, lists and receipts', () => {
  it('counts by kind, year and region', async () => {
    const body = await s.query<{ stats: { totals: { documents: number; tasks: number }; byYear: Array<{ year: number; documents: number; tasks: number }>; byRegion: Array<{ region: string; tasks: number }> } }>(
      '{ stats { totals { documents tasks } byYear { year documents tasks } byRegion { region documents tasks units } } }',
    );
    const stats = body.data!.stats;
    expect(stats.totals.documents).toBe(5);
    expect(stats.byYear.map((y) => y.year)).toEqual([2018, 2019, 2020, 2021, 2024]);
    expect(stats.byYear.reduce((n, y) => n + y.tasks, 0)).toBe(stats.totals.tasks);
    expect(stats.byRegion.map((r) => r.region).sort()).toEqual(['上海市嘉定区', '上海市静安区']);
  });

  it('filters tasks by year range, ★, role, genre and project; orders newest first', async () => {
    const starred = await s.query<{ tasks: { totalCount: number; nodes: Array<{ starred: boolean; year: number }> } }>(
      '{ tasks(filter: { starred: true, yearFrom: 2020, yearTo: 2020 }, first: 100) { totalCount nodes { starred year } } }',
    );
    expect(starred.data!.tasks.totalCount).toBe(25);
    const newest = await s.query<{ tasks: { nodes: Array<{ year: number }> } }>('{ tasks(orderBy: YEAR_DESC, first: 3) { nodes { year } } }');
    expect(newest.data!.tasks.nodes[0]!.year).toBe(2024);
    const lists = await s.query<{ tasks: { totalCount: number } }>('{ tasks(filter: { genre: TASK_LIST, role: RESPONSIBLE }) { totalCount } }');
    expect(lists.data!.tasks.totalCount).toBe(97);
  });

  it('carries the corpus version and the documents used in extensions', async () => {
    const body = await s.query<{ task: { id: string } }>('{ task(id: "task:000_27008efcf6a828d5:1") { id units { evidence { quote } } } }');
    const receipt = body.extensions!.receipt as { corpusVersion: string; documents: string[] };
    expect(receipt.corpusVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(receipt.documents).toEqual(['doc:000_27008efcf6a828d5']);
    const again = await s.query('{ stats { totals { documents } } }');
    expect((again.extensions!.receipt as { corpusVersion: string }).corpusVersion).toBe(receipt.corpusVersion);
  });

  it('fetches every kind of node by global id', async () => {
    const body = await s.query<{ projects: { nodes: Array<{ id: string }> }; places: { nodes: Array<{ id: string }> }; tasks: { nodes: Array<{ targets: Array<{ id: string }> }> } }>(
      '{ projects(first: 1) { nodes { id } } places(first: 1) { nodes { id } } tasks(first: 50, filter: { year: 2021 }) { nodes { targets { id } } } }',
    );
    const ids = [
      body.data!.projects.nodes[0]!.id, body.data!.places.nodes[0]!.id,
      body.data!.tasks.nodes.flatMap((t) => t.targets)[0]!.id, 'doc:000_27008efcf6a828d5', 'task:000_27008efcf6a828d5:1',
    ];
    for (const id of ids) {
      const r = await s.query<{ node: { id: string; __typename: string } | null }>('query($id: ID!) { node(id: $id) { id __typename } }', { id });
      expect(r.data!.node?.id, id).toBe(id);
    }
  });
});

// Last: it adds a document to the shared graph.
describe('UnitPair.taskPage', () => {
  it("pages through a pair's shared tasks in the order of `tasks`, each naming both units", async () => {
    interface PairTasks { a: { id: string }; b: { id: string }; sharedCount: number; tasks: Array<{ id: string }> }
    interface PairPage {
      b: { id: string };
      taskPage: {
        totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: Array<{ id: string; units: Array<{ unit: { id: string } }> }>;
      };
    }
    // The samples' pairs share one or two tasks: a document of its own region gives one pair five.
    await s.store.replaceDocument(fixtureDocument({ base: 'paged', region: '测试省分页区', tasks: 5, units: ['甲局', '乙局'] }));
    const top = await s.query<{ sharedTasks: PairTasks[] }>(
      '{ sharedTasks(region: "测试省分页区", first: 1) { a { id } b { id } sharedCount tasks { id } } }');
    const pair = top.data!.sharedTasks[0]!;
    expect(pair.sharedCount).toBe(5);
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const body: GraphQLBody<{ sharedTasks: PairPage[] }> = await s.query(
        'query($u: ID!, $after: String) { sharedTasks(unitIds: [$u], region: "测试省分页区", first: 5) { b { id } ' +
          'taskPage(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id units { unit { id } } } } } }',
        { u: pair.a.id, after },
      );
      expect(body.errors).toBeUndefined();
      const found = body.data!.sharedTasks.find((p) => p.b.id === pair.b.id)!;
      expect(found.taskPage.totalCount).toBe(pair.sharedCount);
      expect(found.taskPage.nodes.length).toBeLessThanOrEqual(2);
      for (const t of found.taskPage.nodes) expect(t.units.map((u) => u.unit.id)).toEqual(expect.arrayContaining([pair.a.id, pair.b.id]));
      ids.push(...found.taskPage.nodes.map((t) => t.id));
      if (!found.taskPage.pageInfo.hasNextPage) break;
      after = found.taskPage.pageInfo.endCursor;
    }
    expect(ids).toHaveLength(5);
    expect(ids).toEqual(pair.tasks.map((t) => t.id));
  });
});
