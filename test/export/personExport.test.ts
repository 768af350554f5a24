import { DOMParser } from '@xmldom/xmldom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPeopleServer, type PeopleServer } from '../helpers/peopleServer.js';
import { gexfValidationUnavailable, validateGexf } from './validateGexf.js';

/*
 * Persons in the exports (issue 19 item 7): a task's neighbourhood with its leader, fetched over
 * real HTTP in every file format, carries the Person node as kind PERSON and its ASSIGNED_TO
 * edge; the GEXF still validates against the GEXF 1.2 schema (skipped, with the reason, where the
 * schema or xmllint is missing; CI has both).
 */
const ZHANG = 'person:上海市嘉定区:张三';
const unavailable = gexfValidationUnavailable();
if (unavailable && process.env.CI) throw new Error(`GEXF schema validation cannot run in CI: ${unavailable}`);

let s: PeopleServer;
beforeAll(async () => {
  s = await startPeopleServer();
});
afterAll(async () => {
  await s?.close();
});

async function fetchExport(suffix: string): Promise<string> {
  const response = await fetch(`${s.base}/export/neighborhood.${suffix}?id=${encodeURIComponent('task:people:1')}&depth=1`);
  expect(response.status, suffix).toBe(200);
  return response.text();
}

describe('Person in the exports', () => {
  it.skipIf(unavailable !== null)('the GEXF neighbourhood of a task holds its leader as a PERSON node and validates', async () => {
    const xml = await fetchExport('gexf');
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const nodes = [...Array.from(doc.getElementsByTagName('node'))];
    const person = nodes.find((n) => n.getAttribute('id') === ZHANG);
    expect(person?.getAttribute('label')).toBe('张三');
    expect(person?.getElementsByTagName('attvalue').length).toBeGreaterThan(0);
    expect(xml).toContain('PERSON');
    expect([...Array.from(doc.getElementsByTagName('edge'))].some((e) => e.getAttribute('source') === ZHANG && e.getAttribute('target') === 'task:people:1')).toBe(true);
    const result = validateGexf(xml);
    expect(result.output).toMatch(/export\.gexf validates$/);
    expect(result.valid).toBe(true);
  });

  it('GraphML, Cytoscape JSON and the CSV tables carry the person and its ASSIGNED_TO edge', async () => {
    const graphml = await fetchExport('graphml');
    expect(graphml).toMatch(new RegExp(`<node id="${ZHANG}"[\\s\\S]*?PERSON`));
    const cy = JSON.parse(await fetchExport('cyjs')) as { elements: { nodes: Array<{ data: Record<string, unknown> }>; edges: Array<{ data: Record<string, unknown> }> } };
    expect(cy.elements.nodes.map((n) => n.data)).toContainEqual(expect.objectContaining({ id: ZHANG, kind: 'PERSON', label: '张三' }));
    expect(cy.elements.edges.map((e) => e.data)).toContainEqual(expect.objectContaining({ source: ZHANG, target: 'task:people:1', kind: 'ASSIGNED_TO', role: 'LEADER' }));
    expect((await fetchExport('nodes.csv')).split('\n').find((l) => l.startsWith(ZHANG))).toMatch(/^person:上海市嘉定区:张三,PERSON,张三/);
    expect((await fetchExport('edges.csv')).split('\n').some((l) => l.includes(`${ZHANG},task:people:1,ASSIGNED_TO`))).toBe(true);
  });
});
