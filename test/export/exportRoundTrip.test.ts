import { DOMParser } from '@xmldom/xmldom';
import cytoscape from 'cytoscape';
import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startExportServer } from '../helpers/exportServer.js';
import type { SeededServer } from '../helpers/seededServer.js';

/*
 * Exports over real HTTP from a real Kùzu graph of the five sample documents,
 * read back by the tools' own parsers: counts must equal the GraphQL answer for
 * the same arguments.
 */

interface GraphAnswer {
  nodes: Array<{ id: string; kind: string; label: string; data: Record<string, unknown> }>;
  edges: Array<{ id: string; source: string; target: string; kind: string; data: Record<string, unknown> }>;
  elements: { nodes: Array<{ data: Record<string, unknown> }>; edges: Array<{ data: Record<string, unknown> }> };
  truncated: boolean;
}

const GRAPH = '{ nodes { id kind label data } edges { id source target kind data } elements { nodes { data } edges { data } } truncated }';

describe('exports', () => {
  let s: SeededServer;
  let base: string;
  let unitId: string;

  beforeAll(async () => {
    ({ s, base, unitId } = await startExportServer());
  });

  afterAll(async () => {
    await s?.close();
  });

  async function network(year: number): Promise<GraphAnswer> {
    const body = await s.query<{ coResponsibilityNetwork: GraphAnswer }>(`query($y: Int) { coResponsibilityNetwork(year: $y) ${GRAPH} }`, { y: year });
    return body.data!.coResponsibilityNetwork;
  }
  async function neighbourhood(): Promise<GraphAnswer> {
    const body = await s.query<{ neighborhood: GraphAnswer }>(`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 150) ${GRAPH} }`, { id: unitId });
    return body.data!.neighborhood;
  }
  async function chain(): Promise<GraphAnswer> {
    const body = await s.query<{ accountabilityChain: { graph: GraphAnswer } }>(`{ accountabilityChain(projectId: "proj:上海市嘉定区:S7") { graph ${GRAPH} } }`);
    return body.data!.accountabilityChain.graph;
  }
  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status, `${path}: ${response.status}`).toBe(200);
    return response;
  };
  const text = async (path: string) => (await get(path)).text();
  const each: Array<[string, () => string, () => Promise<GraphAnswer>]> = [
    ['network 2021', () => '/export/network.%s?year=2021', () => network(2021)],
    ['neighbourhood of the busiest unit', () => `/export/neighborhood.%s?id=${encodeURIComponent(unitId)}&depth=2&limit=150`, neighbourhood],
    ['chain of S7', () => `/export/chain.%s?projectId=${encodeURIComponent('proj:上海市嘉定区:S7')}`, chain],
  ];

  describe.each(each)('%s', (_name, pathOf, answer) => {
    const at = (suffix: string) => pathOf().replace('%s', suffix);

    it('has edges to check (the sample is not empty)', async () => {
      const g = await answer();
      expect(g.nodes.length).toBeGreaterThan(2);
      expect(g.edges.length).toBeGreaterThan(1);
    });

    it('GEXF parses back with graphology-gexf, same counts, years as spells', async () => {
      const g = await answer();
      const xml = await text(at('gexf'));
      const parsed = parseGexf(MultiDirectedGraph, xml);
      expect(parsed.order).toBe(g.nodes.length);
      expect(parsed.size).toBe(g.edges.length);
      expect(new Set(parsed.nodes())).toEqual(new Set(g.nodes.map((n) => n.id)));
      const doc = new DOMParser().parseFromString(xml, 'text/xml');
      const graphEl = doc.getElementsByTagName('graph')[0]!;
      expect(graphEl.getAttribute('mode')).toBe('dynamic');
      // Every edge that has a year or years has them as spells, one per year.
      const withYears = g.edges.filter((e) => typeof e.data.year === 'number' || Array.isArray(e.data.years));
      expect(withYears.length).toBeGreaterThan(0);
      const spellsByEdge = new Map<string, string[]>();
      const edgesEl = doc.getElementsByTagName('edge');
      for (let i = 0; i < edgesEl.length; i++) {
        const el = edgesEl[i]!;
        const spells = el.getElementsByTagName('spell');
        const years: string[] = [];
        for (let j = 0; j < spells.length; j++) years.push(spells[j]!.getAttribute('start') ?? '');
        spellsByEdge.set(el.getAttribute('id') ?? '', years);
      }
      for (const e of withYears) {
        const expected = (Array.isArray(e.data.years) ? (e.data.years as number[]) : [e.data.year as number]).map(String);
        expect(spellsByEdge.get(e.id)).toEqual([...new Set(expected)].sort());
      }
    });

    it('GraphML parses back with graphology-graphml, same counts and labels', async () => {
      const g = await answer();
      const parsed = parseGraphml(MultiDirectedGraph, await text(at('graphml')));
      expect(parsed.order).toBe(g.nodes.length);
      expect(parsed.size).toBe(g.edges.length);
      for (const n of g.nodes) expect(parsed.getNodeAttribute(n.id, 'label')).toBe(n.label);
    });

    it('Cytoscape JSON loads into headless cytoscape with no dangling edge', async () => {
      const g = await answer();
      const json = JSON.parse(await text(at('cyjs'))) as { elements: cytoscape.ElementsDefinition };
      const cy = cytoscape({ headless: true, elements: json.elements });
      expect(cy.nodes().length).toBe(g.nodes.length);
      expect(cy.edges().length).toBe(g.edges.length);
      expect(cy.edges().filter((e) => e.source().empty() || e.target().empty()).length).toBe(0);
      // GraphQL's `elements` is the same shape: it draws as returned, too.
      const fromApi = cytoscape({ headless: true, elements: g.elements as unknown as cytoscape.ElementsDefinition });
      expect(fromApi.edges().length).toBe(g.edges.length);
    });

    it('CSV (two files and the zip) reads back with the same rows', async () => {
      const g = await answer();
      const nodes = parseCsv(await text(at('nodes.csv')), { columns: true }) as Array<Record<string, string>>;
      const edges = parseCsv(await text(at('edges.csv')), { columns: true }) as Array<Record<string, string>>;
      expect(nodes.length).toBe(g.nodes.length);
      expect(edges.length).toBe(g.edges.length);
      expect(nodes.map((n) => n.label)).toEqual(g.nodes.map((n) => n.label));
      const ids = new Set(nodes.map((n) => n.id));
      expect(edges.every((e) => ids.has(e.source!) && ids.has(e.target!))).toBe(true);
      const zip = unzipSync(new Uint8Array(await (await get(at('csv.zip'))).arrayBuffer()));
      expect(Object.keys(zip).sort()).toEqual(['edges.csv', 'nodes.csv']);
      expect((parseCsv(strFromU8(zip['edges.csv']!), { columns: true }) as unknown[]).length).toBe(g.edges.length);
    });
  });

  it('every node carries the same data fields in every analysis', async () => {
    const graphs = [await network(2021), await neighbourhood(), await chain()];
    const keySets = new Set(graphs.flatMap((g) => g.nodes.map((n) => Object.keys(n.data).sort().join(','))));
    expect([...keySets]).toEqual(['number,region,shared,type,year']);
    const kinds = new Set(graphs.flatMap((g) => g.nodes.map((n) => n.kind)));
    expect(kinds.size).toBeGreaterThanOrEqual(3);
  });

  it('refuses what GraphQL refuses, with the same codes', async () => {
    const cases: Array<[string, number, string, RegExp]> = [
      ['/export/network.gexf?year=abc', 400, 'BAD_USER_INPUT', /year.*whole number/],
      ['/export/network.gexf?colour=red', 400, 'BAD_USER_INPUT', /unknown argument "colour"/],
      [`/export/neighborhood.gexf?id=${encodeURIComponent(unitId)}&depth=9`, 400, 'BAD_USER_INPUT', /depth must be between/],
      ['/export/neighborhood.graphml?id=unit:nowhere', 404, 'NOT_FOUND', /No node with id unit:nowhere/],
      ['/export/neighborhood.graphml', 400, 'BAD_USER_INPUT', /missing argument "id"/],
      ['/export/network.pdf', 404, 'NOT_FOUND', /exports are/],
    ];
    for (const [path, status, code, message] of cases) {
      const response = await fetch(`${base}${path}`);
      const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
      expect({ path, status: response.status, code: body.errors[0]!.extensions.code }).toEqual({ path, status, code });
      expect(body.errors[0]!.message).toMatch(message);
    }
  });
});
