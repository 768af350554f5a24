import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/startServer.js';
import { loadConfig } from '../../src/config.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { startSeededServer, type GraphQLBody, type SeededServer } from '../helpers/seededServer.js';

/*
 * A store failure is never data: with a store whose method throws, every field that needed
 * it is a GraphQL error STORE_FAILED on that field — never `[]`, never "Missing task" —
 * and the driver's message (here with Cypher in it) stays in the server log.
 */

let s: SeededServer;
let failing: { server: RunningServer; fail: (method: string | null) => void };
const ids = { task: '', project: '', place: '' };

beforeAll(async () => {
  s = await startSeededServer();
  let broken: string | null = null;
  const store = new Proxy(s.store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (key === broken) return Promise.reject(new Error(`Kùzu: buffer pool exhausted in MATCH (p:Place) WHERE p.id IN $ids`));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as GraphStore;
  const server = await startServer(loadConfig({ PORT: '0' }), store);
  failing = { server, fail: (method) => (broken = method) };
  // Subjects that reach every field below on the samples.
  const found = { data: {
    ...(await s.query<{ tasks: { nodes: Array<{ id: string; places: unknown[] }> } }>('{ tasks(first: 500) { nodes { id places { id } } } }')).data!,
    ...(await s.query<{ projects: { nodes: Array<{ id: string; units: unknown[] }> } }>('{ projects(first: 500) { nodes { id units { id } } } }')).data!,
    ...(await s.query<{ places: { nodes: Array<{ id: string; children: unknown[]; }> } }>(
      '{ places(first: 500) { nodes { id children { id } } } }',
    )).data!,
  } };
  ids.task = found.data!.tasks.nodes.find((t) => t.places.length > 0)!.id;
  ids.project = found.data!.projects.nodes.find((p) => p.units.length > 0)!.id;
  ids.place = found.data!.places.nodes.find((p) => p.children.length > 0)!.id;
});
afterAll(async () => {
  await failing?.server.stop();
  await s?.close();
});

async function ask(query: string): Promise<GraphQLBody<Record<string, unknown>>> {
  const response = await fetch(failing.server.url, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }),
  });
  return (await response.json()) as GraphQLBody<Record<string, unknown>>;
}

describe('a failed load is an error on its field', () => {
  const cases: Array<[string, string, () => string, string]> = [
    ['Task.places', 'placesByIds', () => `{ task(id: "${ids.task}") { id places { id } } }`, 'task.places'],
    ['Project.units', 'unitsByIds', () => `{ project(id: "${ids.project}") { id units { id } } }`, 'project.units'],
    // No sample project is located anywhere: the place ids are what fails.
    ['Project.places', 'placeIdsOf', () => `{ project(id: "${ids.project}") { id places { id } } }`, 'project.places'],
    ['Place.children', 'childPlaceIds', () => `{ places(first: 500) { nodes { id children { id } } } }`, 'places.nodes.0.children'],
    ['Place.projects', 'locatedIn', () => `{ places(first: 5) { nodes { id projects { id } } } }`, 'places.nodes.0.projects'],
    ['Unit.supervisors', 'unitRelations', () => `{ units(first: 5) { nodes { id supervisors { id } } } }`, 'units.nodes.0.supervisors'],
    ['Unit.tasks', 'tasksByIds', () => `{ units(first: 5) { nodes { id tasks(first: 3) { totalCount nodes { id } } } } }`, 'units.nodes.0.tasks'],
  ];
  it.each(cases)('%s (store.%s throws) → STORE_FAILED at that field', async (_, method, query, path) => {
    failing.fail(method);
    try {
      const body = await ask(query());
      const error = body.errors?.find((e) => ((e as { path?: unknown[] }).path ?? []).join('.') === path);
      expect(error, JSON.stringify(body).slice(0, 400)).toBeDefined();
      expect(error!.extensions?.code).toBe('STORE_FAILED');
      expect(error!.message).toBe('The graph store failed to answer');
      expect(JSON.stringify(body)).not.toMatch(/MATCH|buffer pool|Missing task/);
    } finally {
      failing.fail(null);
    }
  });

  it('the same queries answer without errors when the store works (the subjects do reach each field)', async () => {
    for (const [, , query] of cases) {
      const body = await ask(query());
      expect(body.errors, query()).toBeUndefined();
    }
  });

  const chainFailures = ['responsibilitiesByTaskIds', 'tasksByIds', 'unitRelations', 'unitsByIds', 'mentionsByProjectIds', 'childPlaceIds', 'locatedIn', 'projectTasks'];
  it.each(chainFailures)('every level of accountabilityChain: store.%s throws → STORE_FAILED, no partial chain', async (method) => {
    failing.fail(method);
    try {
      const chain = '{ links { unit { name } inferred } }';
      const subjects = [`taskId: "${ids.task}"`, `projectId: "${ids.project}"`, `placeId: "${ids.place}"`];
      let failed = 0;
      for (const subject of subjects) {
        const body = await ask(`{ accountabilityChain(${subject}, maxDepth: 3) ${chain} }`);
        const codes = (body.errors ?? []).map((e) => e.extensions?.code);
        // A subject whose chain never needs this method answers in full; one that does fails whole.
        if (codes.length > 0) {
          failed++;
          expect(codes).toEqual(['STORE_FAILED']);
          expect(body.data?.accountabilityChain ?? null).toBeNull();
        }
      }
      expect(failed).toBeGreaterThan(0);
    } finally {
      failing.fail(null);
    }
  });
});
