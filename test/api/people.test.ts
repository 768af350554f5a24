import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/startServer.js';
import { loadConfig } from '../../src/config.js';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { apiBackend, openEmptyStore } from '../helpers/backends.js';
import type { GraphQLBody } from '../helpers/seededServer.js';

/*
 * People over real HTTP (issue 19 item 7): `Task.people`, `Person.tasks` (paged, with role and
 * evidence), `node(id:)`, `search` and `neighborhood` find persons as their own kind, never as
 * units; the people of many tasks come in one store read (DataLoader, no N+1).
 */

const TEXT = [
  '2023年重点工作任务分解表',
  '一、经济发展',
  '1. 推进氢能港建设。(责任领导:张三;牵头单位:区发改委;责任单位:区经委)',
  '2. 完善社区养老服务。(分管领导:李副区长;联系人:王敏;责任单位:区民政局)',
  '序号\t工作任务\t牵头单位\t责任领导',
  '1\t建设污水处理厂\t区水务局\t陈伟(副区长)',
  '2\t推进老街改造\t区建管委\t张三、赵刚',
  '',
].join('\n');
const ZHANG = 'person:上海市嘉定区:张三';

interface Assignment {
  role: string; order: number; surface: string; year: number;
  person: { id: string; name: string; title: string | null; region: string };
  task: { id: string };
  evidence: { quote: string; start: number; end: number; document: { id: string } };
}

let server: RunningServer;
let cleanup: () => Promise<void>;
/** Store calls by method name (the proxy the server reads through). */
const calls = new Map<string, number>();

async function query<T>(text: string, variables?: Record<string, unknown>): Promise<GraphQLBody<T>> {
  const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: text, variables }) });
  return (await response.json()) as GraphQLBody<T>;
}

beforeAll(async () => {
  const opened = await openEmptyStore(apiBackend());
  cleanup = opened.cleanup;
  await opened.store.replaceDocument(extractDocument({ file: 'people.txt', text: TEXT, sha256: 'sha-people', meta: { year: 2023, region: '上海市嘉定区' } }));
  const counted = new Proxy(opened.store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(key), (calls.get(String(key)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as GraphStore;
  server = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1' }), counted);
});
afterAll(async () => {
  await server?.stop();
  await cleanup?.();
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
      all: { nodes: Array<{ id: string; kind: string }>; edges: Array<{ kind: string; source: string; target: string }> };
      noPeople: { nodes: Array<{ kind: string }> };
    }>(`query($id: ID!) {
      node(id: $id) { __typename ... on Person { name } }
      search(text: "张三") { kind id }
      units(filter: { nameContains: "张三" }) { totalCount }
      all: neighborhood(id: "task:people:1") { nodes { id kind } edges { kind source target } }
      noPeople: neighborhood(id: "task:people:1", kinds: [UNIT, DOCUMENT, SECTION]) { nodes { kind } }
    }`, { id: ZHANG });
    expect(body.errors).toBeUndefined();
    expect(body.data!.node).toEqual({ __typename: 'Person', name: '张三' });
    expect(body.data!.search).toEqual([{ kind: 'PERSON', id: ZHANG }]);
    expect(body.data!.units.totalCount).toBe(0);
    expect(body.data!.all.nodes).toContainEqual({ id: ZHANG, kind: 'PERSON' });
    expect(body.data!.all.edges).toContainEqual({ kind: 'ASSIGNED_TO', source: ZHANG, target: 'task:people:1' });
    expect(body.data!.noPeople.nodes.map((n) => n.kind)).not.toContain('PERSON');
  });
});
