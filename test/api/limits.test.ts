import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/api/startServer.js';
import { loadConfig } from '../../src/config.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { startSeededServer, type GraphQLBody, type SeededServer } from '../helpers/seededServer.js';

/*
 * Every refusal is one coded error with the right HTTP status, and the cost estimate
 * counts what an answer really holds: nested lists, introspection, aliases over `__schema`.
 * The defaults still let an ordinary audit page through.
 */

let s: SeededServer;
beforeAll(async () => {
  s = await startSeededServer({ MAX_TOKENS: '3000' });
});
afterAll(async () => {
  await s?.close();
});

async function post(body: unknown): Promise<{ status: number; body: GraphQLBody<Record<string, unknown>> }> {
  const response = await fetch(s.server.url, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as GraphQLBody<Record<string, unknown>> };
}

const cursor = (text: string) => Buffer.from(text).toString('base64url');

describe('refusals: one coded error, HTTP 400', () => {
  it.each([
    ['a syntax error', { query: '{ tasks { ' }, 'GRAPHQL_PARSE_FAILED'],
    ['too many tokens', { query: `{ ${Array.from({ length: 3100 }, () => '__typename').join(' ')} }` }, 'TOKEN_LIMIT_EXCEEDED'],
    ['a mutation', { query: 'mutation { removeDocument(id: "doc:x") }' }, 'OPERATION_NOT_SUPPORTED'],
    ['a subscription', { query: 'subscription { stats { totals { tasks } } }' }, 'OPERATION_NOT_SUPPORTED'],
    ['first past the page cap', { query: '{ tasks(first: 100000) { totalCount nodes { id units { unit { name } } } } }' }, 'BAD_USER_INPUT'],
    ['first past the page cap, in a variable', { query: 'query($n: Int) { tasks(first: $n) { totalCount } }', variables: { n: 100000 } }, 'BAD_USER_INPUT'],
    ['an absurd cursor', { query: `{ tasks(after: "${cursor('o:99999999999999999999')}") { totalCount } }` }, 'BAD_USER_INPUT'],
    ['a malformed cursor', { query: '{ tasks(after: "%%%") { totalCount } }' }, 'BAD_USER_INPUT'],
    ['shared tasks of 500 pairs with their units', { query: '{ sharedTasks(first: 500) { tasks { id text units { unit { name } } } } }' }, 'COST_LIMIT_EXCEEDED'],
  ])('%s', async (_, request, code) => {
    const { status, body } = await post(request);
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
  });

  it('says the page size, not a cost overrun, for tasks(first: 100000)', async () => {
    const { body } = await post({ query: '{ tasks(first: 100000) { totalCount } }' });
    expect(body.errors![0]!.message).toBe('first must be between 0 and 500 (got 100000)');
  });

  it('answers unknown asset paths with 404, prototype names included', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'nope.js']) {
      const response = await fetch(new URL(`/graphiql/${name}`, s.server.url));
      expect(response.status, name).toBe(404);
    }
    expect((await fetch(new URL('/graphiql/graphiql.min.css', s.server.url))).status).toBe(200);
  });
});

describe('the cost estimate', () => {
  it('lets an ordinary audit page through: 500 tasks with units and evidence', async () => {
    const { status, body } = await post({
      query: `{ tasks(first: 500) { totalCount nodes { id number text year
        units { role surface unit { id name } evidence { quote start end rule document { id file title } } } } } }`,
    });
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    expect((body.data!.tasks as { nodes: unknown[] }).nodes.length).toBeGreaterThan(300);
  });

  it('lets a pair page through: 20 pairs with their shared tasks', async () => {
    const { body } = await post({ query: '{ sharedTasks(first: 20) { sharedCount a { name } b { name } tasks { id text } } }' });
    expect(body.errors).toBeUndefined();
  });

  it("lets GraphiQL's full introspection through, but not aliases multiplying it", async () => {
    const one = await post({ query: getIntrospectionQuery() });
    expect(one.body.errors).toBeUndefined();
    const fullType = 'kind name description fields(includeDeprecated: true) { name args { name type { kind name ofType { kind name } } } type { kind name ofType { kind name ofType { kind name } } } } inputFields { name } enumValues { name } interfaces { name } possibleTypes { name }';
    const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: types { ${fullType} }`).join(' ');
    const many = await post({ query: `{ __schema { ${aliases} } }` });
    expect(many.body.errors?.map((e) => e.extensions?.code)).toEqual(['COST_LIMIT_EXCEEDED']);
    expect(many.status).toBe(400);
    const aliased = Array.from({ length: 25 }, (_, i) => `s${i}: __schema { types { ${fullType} } }`).join(' ');
    expect((await post({ query: `{ ${aliased} }` })).body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
  });

  it('counts fragments and variables the same as inline selections', async () => {
    const inline = await post({ query: '{ sharedTasks(first: 500) { tasks { id text units { unit { name } } } } }' });
    const viaFragment = await post({
      query: 'query($n: Int) { sharedTasks(first: $n) { ...P } } fragment P on UnitPair { tasks { id text units { unit { name } } } }',
      variables: { n: 500 },
    });
    expect(viaFragment.body.errors?.[0]?.message).toBe(inline.body.errors?.[0]?.message);
  });

  it('weighs each operation of a document apart: a repeat with another operationName is not let through at the first cost', async () => {
    const query = 'query Cheap { stats { totals { tasks } } } query Costly { sharedTasks(first: 500) { tasks { id text units { unit { name } } } } }';
    for (let i = 0; i < 2; i++) {
      expect((await post({ query, operationName: 'Cheap' })).body.errors).toBeUndefined();
      expect((await post({ query, operationName: 'Costly' })).body.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    }
  });
});

describe('a request past its time limit', () => {
  it('is answered 503 REQUEST_TIMEOUT and starts no store work afterwards', async () => {
    const query = '{ units(first: 10) { nodes { tasks(first: 5) { nodes { text units { unit { name } evidence { document { title } } } } } } } }';
    // Warm the store first (Neo4j plans each statement on its first run), so the levels before the slow one fit the limit.
    expect((await s.query(query)).errors).toBeUndefined();
    const started: Array<{ method: string; at: number }> = [];
    // The store as it is, but looking tasks up by id takes 800 ms.
    const slow = new Proxy(s.store, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return async (...args: unknown[]) => {
          started.push({ method: String(key), at: performance.now() });
          if (key === 'tasksByIds') await new Promise((resolve) => setTimeout(resolve, 800));
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    }) as GraphStore;
    const server = await startServer(loadConfig({ PORT: '0', REQUEST_TIMEOUT_MS: '300' }), slow);
    try {
      const response = await fetch(server.url, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const timedOutAt = performance.now();
      expect(response.status).toBe(503);
      expect(((await response.json()) as GraphQLBody<unknown>).errors?.[0]?.extensions?.code).toBe('REQUEST_TIMEOUT');
      // Wait for the slow lookup to come back: the levels after it (responsibilities, documents) must not be asked.
      await new Promise((resolve) => setTimeout(resolve, 1200));
      const late = started.filter((c) => c.at > timedOutAt && c.method !== 'corpusVersion').map((c) => c.method);
      expect(started.some((c) => c.method === 'tasksByIds')).toBe(true);
      expect(late).toEqual([]);
    } finally {
      await server.stop();
    }
  });
});
