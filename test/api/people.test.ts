import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { apiBackend } from '../helpers/backends.js';
import { startPeopleServer, type PeopleServer } from '../helpers/peopleServer.js';
import { PEOPLE_TEXT as TEXT } from '../helpers/peopleText.js';

/*
 * People over real HTTP (issue 19 item 7): `Task.people`, `Person.tasks` (paged, with role and
 * evidence), `node(id:)`, `search` and `neighborhood` find persons as their own kind, never as
 * units; the people of many tasks come in one store read (DataLoader, no N+1).
 */

const ZHANG = 'person:上海市嘉定区:张三';

interface Assignment {
  role: string; order: number; surface: string; year: number;
  person: { id: string; name: string; title: string | null; region: string };
  task: { id: string };
  evidence: { quote: string; start: number; end: number; document: { id: string } };
}

let s: PeopleServer;
/** Store calls by method name (the proxy the server reads through). */
const calls = new Map<string, number>();
/** The store method that fails (a store failure is an error on its field, never an empty list). */
let broken: string | null = null;
const query = <T>(text: string, variables?: Record<string, unknown>) => s.query<T>(text, variables);

// Private: the store with every method call counted.
function counting(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (key === broken) return Promise.reject(new Error('Kùzu: buffer pool exhausted in MATCH (n:Person)-[r:ASSIGNED_TO]->(t:Task)'));
        calls.set(String(key), (calls.get(String(key)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

beforeAll(async () => {
  s = await startPeopleServer(counting);
});
afterAll(async () => {
  await s?.close();
});

const ASSIGNMENT = 'role order surface year person { id name title region } task { id } evidence { quote start end document { id } }';

describe(`people over HTTP (${apiBackend()})`, () => {
  it('Task.people lists the people of every task in printed order, in one store read, with evidence on the name', async () => {
    calls.clear();
    const body = await query<{ tasks: { nodes: Array<{ id: string; people: Assignment[]; units: Array<{ unit: { name: string } }> }> } }>(
      `{ tasks(first: 50) { nodes { id people { ${ASSIGNMENT} } units { unit { name } } } } }`);
    expect(body.errors).toBeUndefined();
    const tasks = body.data!.tasks.nodes;
    expect(tasks.map((t) => t.people.map((p) => `${p.person.name}/${p.role}`))).toEqual([
      ['张三/LEADER'], ['李副区长/LEADER', '王敏/CONTACT'], ['陈伟/LEADER'], ['张三/LEADER', '赵刚/LEADER'],
    ]);
    const people = tasks.flatMap((t) => t.people);
    for (const p of people) {
      expect(TEXT.slice(p.evidence.start, p.evidence.end)).toBe(p.evidence.quote);
      expect(p.evidence.quote).toBe(p.person.name);
      expect(p.evidence.document.id).toBe('doc:people');
    }
    expect(people.find((p) => p.person.name === '陈伟')).toMatchObject({ surface: '陈伟(副区长)', person: { title: '副区长', region: '上海市嘉定区' } });
    // No unit is a person.
    expect(tasks.flatMap((t) => t.units.map((u) => u.unit.name)).filter((n) => /张三|王敏|陈伟|赵刚|李副区长/.test(n))).toEqual([]);
    // Batched: one read of the four tasks' people and one of the persons, whatever the number of tasks.
    expect(calls.get('assignmentsByTaskIds')).toBe(1);
    expect(calls.get('personsByIds')).toBe(1);
  });

  it('Person.tasks pages the tasks a person is named on, with the role and evidence', async () => {
    const page = (after: string | null) => query<{ person: { name: string; tasks: { totalCount: number; nodes: Assignment[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } }>(
      `query($id: ID!, $after: String) { person(id: $id) { name tasks(first: 1, after: $after) { totalCount nodes { ${ASSIGNMENT} } pageInfo { hasNextPage endCursor } } } }`,
      { id: ZHANG, after });
    const first = await page(null);
    expect(first.errors).toBeUndefined();
    expect(first.data!.person.tasks).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await page(first.data!.person.tasks.pageInfo.endCursor);
    const both = [...first.data!.person.tasks.nodes, ...second.data!.person.tasks.nodes];
    expect(both.map((a) => a.task.id).sort()).toEqual(['task:people:1', 'task:people:4']);
    expect(second.data!.person.tasks.pageInfo.hasNextPage).toBe(false);
    for (const a of both) expect(a).toMatchObject({ role: 'LEADER', year: 2023, person: { id: ZHANG }, evidence: { quote: '张三' } });
  });

  it('node(id:), search and neighborhood find persons as their own kind', async () => {
    const body = await query<{
      node: { __typename: string; name: string } | null;
      search: Array<{ kind: string; id: string }>;
      units: { totalCount: number };
      stats: { totals: { persons: number; assignments: number } };
      all: { nodes: Array<{ id: string; kind: string }>; edges: Array<{ kind: string; source: string; target: string }> };
      noPeople: { nodes: Array<{ kind: string }> };
    }>(`query($id: ID!) {
      node(id: $id) { __typename ... on Person { name } }
      search(text: "张三") { kind id }
      units(filter: { nameContains: "张三" }) { totalCount }
      stats { totals { persons assignments } }
      all: neighborhood(id: "task:people:1") { nodes { id kind } edges { kind source target } }
      noPeople: neighborhood(id: "task:people:1", kinds: [UNIT, DOCUMENT, SECTION]) { nodes { kind } }
    }`, { id: ZHANG });
    expect(body.errors).toBeUndefined();
    expect(body.data!.node).toEqual({ __typename: 'Person', name: '张三' });
    expect(body.data!.search).toEqual([{ kind: 'PERSON', id: ZHANG }]);
    expect(body.data!.units.totalCount).toBe(0);
    expect(body.data!.stats.totals).toEqual({ persons: 5, assignments: 6 });
    expect(body.data!.all.nodes).toContainEqual({ id: ZHANG, kind: 'PERSON' });
    expect(body.data!.all.edges).toContainEqual({ kind: 'ASSIGNED_TO', source: ZHANG, target: 'task:people:1' });
    expect(body.data!.noPeople.nodes.map((n) => n.kind)).not.toContain('PERSON');
  });

  it.each([
    ['Task.people', 'assignmentsByTaskIds', '{ task(id: "task:people:1") { id people { role } } }', ['task', 'people']],
    ['Person.tasks', 'assignmentsByPersonIds', `{ person(id: "${ZHANG}") { name tasks { totalCount } } }`, ['person', 'tasks']],
    ['Assignment.person', 'personsByIds', '{ task(id: "task:people:1") { id people { person { name } } } }', ['task', 'people', 0, 'person']],
  ] as const)('%s: a store failure (%s) is STORE_FAILED on that field, never an empty list', async (_field, method, text, path) => {
    broken = method;
    try {
      const body = await query<Record<string, unknown>>(text);
      expect(body.errors?.map((e) => [e.extensions?.code, (e as { path?: unknown }).path])).toEqual([['STORE_FAILED', path]]);
      expect(JSON.stringify(body)).not.toContain('MATCH');
    } finally {
      broken = null;
    }
  });
});
