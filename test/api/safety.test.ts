import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/api/startServer.js';
import { loadConfig } from '../../src/config.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { startSeededServer, type SeededServer } from '../helpers/seededServer.js';

/*
 * Safe to expose, and no N+1: limits refuse with coded errors, errors never
 * leak internals, and store round trips grow with a query's depth only.
 */

let s: SeededServer;
beforeAll(async () => {
  s = await startSeededServer({ MAX_QUERY_DEPTH: '8', MAX_ALIASES: '5', MAX_TOKENS: '400' });
});
afterAll(async () => {
  await s?.close();
});

describe('limits', () => {
  it.each([
    ['depth', '{ tasks { nodes { units { unit { tasks { nodes { units { unit { tasks { nodes { id } } } } } } } } } } }', 'DEPTH_LIMIT_EXCEEDED'],
    ['aliases', '{ a: stats { totals { tasks } } b: stats { totals { tasks } } c: stats { totals { tasks } } d: stats { totals { tasks } } e: stats { totals { tasks } } f: stats { totals { tasks } } }', 'ALIAS_LIMIT_EXCEEDED'],
    ['tokens', `{ ${Array.from({ length: 450 }, () => '__typename').join(' ')} }`, 'TOKEN_LIMIT_EXCEEDED'],
    ['cost', '{ tasks(first: 500) { nodes { units { unit { tasks(first: 500) { nodes { id text } } } } } } }', 'COST_LIMIT_EXCEEDED'],
    ['page size', '{ tasks(first: 100000) { totalCount } }', null],
  ])('refuses too much %s with a coded error', async (_, query, code) => {
    const body = await s.query(query);
    expect(body.data ?? null).toBeNull();
    const error = body.errors?.[0];
    expect(error).toBeDefined();
    if (code) expect(error!.extensions?.code).toBe(code);
    else expect(error!.extensions?.code).toMatch(/LIMIT_EXCEEDED|BAD_USER_INPUT/);
  });

  it('keeps introspection on for analysts (GraphiQL needs it)', async () => {
    const body = await s.query<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
    expect(body.data!.__schema.queryType.name).toBe('Query');
  });

  it('refuses a GET that could be a cross-site request (CSRF prevention)', async () => {
    const url = `${s.server.url}?query=${encodeURIComponent('{ stats { totals { tasks } } }')}`;
    const simple = await fetch(url);
    expect(simple.status).toBe(400);
    const preflighted = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });

  it('refuses an oversized body with 413 and bad JSON with 400', async () => {
    const huge = await fetch(s.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(2_000_000) });
    expect(huge.status).toBe(413);
    const bad = await fetch(s.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(bad.status).toBe(400);
  });

  it('never shows a stack trace, a file path or Cypher to the client', async () => {
    const responses = [
      await s.query('{ nope }'),
      await s.query('{ tasks(after: "not-a-cursor") { totalCount } }'),
      await s.query('{ neighborhood(id: "unit:none") { truncated } }'),
    ];
    for (const body of responses) {
      const text = JSON.stringify(body);
      expect(body.errors?.length).toBeGreaterThan(0);
      expect(text).not.toMatch(/\bat .+\.(ts|js):\d+|stacktrace|MATCH \(|node_modules/);
      expect(body.errors![0]!.extensions?.code).toBeTruthy();
    }
  });
});

describe('introspection can be turned off', () => {
  it('answers INTROSPECTION=false with a coded refusal', async () => {
    const closed = await startSeededServer({ INTROSPECTION: 'false' });
    try {
      const body = await closed.query('{ __schema { queryType { name } } }');
      expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await closed.close();
    }
  });
});

describe('no N+1', () => {
  let counted: RunningServer;
  let calls = 0;

  beforeAll(async () => {
    // A second server over the same store, through a wrapper that counts every store call.
    const counting = new Proxy(s.store, {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls++;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    }) as GraphStore;
    counted = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1' }), counting);
  });
  afterAll(async () => {
    await counted?.stop();
  });

  async function callsFor(first: number): Promise<{ calls: number; items: number }> {
    calls = 0;
    const response = await fetch(counted.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query($first: Int!) { tasks(first: $first) { nodes { id document { title } section { title parent { title } }
          targets { metric } mentions { surface document { year } }
          units { role unit { name tasks(first: 5) { nodes { text units { unit { name } } } } } evidence { document { id } } } } } }`,
        variables: { first },
      }),
    });
    const body = (await response.json()) as { data: { tasks: { nodes: Array<{ units: Array<{ unit: { tasks: { nodes: unknown[] } } }> }> } } };
    const items = body.data.tasks.nodes.reduce((n, t) => n + 1 + t.units.reduce((m, u) => m + 1 + u.unit.tasks.nodes.length, 0), 0);
    return { calls: calls - 1, items }; // minus the receipt's corpus-version lookup
  }

  it('makes as many store calls for 200 tasks as for 5', async () => {
    const few = await callsFor(5);
    const many = await callsFor(200);
    expect(many.items).toBeGreaterThan(few.items * 10);
    expect(many.calls).toBe(few.calls);
    expect(many.calls).toBeLessThanOrEqual(16);
  });
});
