import { execute, parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CompiledOperations } from '../../src/api/compiledExecutor.js';
import type { ApiContext } from '../../src/api/context.js';
import { createSchema } from '../../src/api/createApolloServer.js';
import { createLoaders } from '../../src/api/loaders.js';
import { loadConfig } from '../../src/config.js';
import { startSeededServer, type SeededServer } from '../helpers/seededServer.js';

/*
 * The server runs operations compiled by graphql-jit. Every answer must be the one
 * graphql-js's own executor gives: data, nulls, errors and their paths alike.
 */

let s: SeededServer;
let schema: GraphQLSchema;
const ids = { unit: '', task: '', project: '' };

beforeAll(async () => {
  s = await startSeededServer();
  schema = createSchema();
  const { data } = await interpreted(
    '{ units(first: 1, orderBy: TASKS_DESC) { nodes { id } } tasks(first: 1) { nodes { id } } recurringProjects(first: 1) { project { id } } }',
  );
  const d = data as { units: { nodes: Array<{ id: string }> }; tasks: { nodes: Array<{ id: string }> }; recurringProjects: Array<{ project: { id: string } }> };
  ids.unit = d.units.nodes[0]!.id;
  ids.task = d.tasks.nodes[0]!.id;
  ids.project = d.recurringProjects[0]!.project.id;
});
afterAll(async () => {
  await s?.close();
});

function context(): ApiContext {
  return { store: s.store, loaders: createLoaders(s.store), limits: loadConfig({}).limits, receipt: new Set() };
}

function interpreted(query: string, variables: Record<string, unknown> = {}): Promise<ExecutionResult> {
  return Promise.resolve(execute({ schema, document: parse(query), variableValues: variables, contextValue: context() }));
}

function compiled(operations: CompiledOperations, query: string, variables: Record<string, unknown> = {}, operationName: string | null = null) {
  return operations.run({ document: parse(query), queryHash: query, operationName, variables, context: context() });
}

// Private: what a client receives (errors as message, path and code).
function wire(result: ExecutionResult): unknown {
  return JSON.parse(JSON.stringify({
    data: result.data,
    errors: result.errors?.map((e) => ({ message: e.message, path: e.path, code: e.extensions?.code })),
  }));
}

describe('compiled operations', () => {
  const cases: Array<[string, string, () => Record<string, unknown>]> = [
    ['nested pages, lists and loaders', `{ units(first: 5, orderBy: TASKS_DESC) { totalCount pageInfo { hasNextPage endCursor }
        nodes { id name aliases kind region tasks(first: 3) { totalCount nodes { id number text year units { role unit { name } } } } } } }`, () => ({})],
    ['unit pairs with their shared tasks', '{ sharedTasks(first: 5) { a { id name } b { name } sharedCount years tasks { id text } } }', () => ({})],
    ['recurring projects', '{ recurringProjects(minYears: 2) { project { id name kind } years } }', () => ({})],
    ['an interface with fragments and __typename', `query($u: ID!, $t: ID!) {
        u: node(id: $u) { __typename id ... on Unit { name } ... on Task { text } }
        t: node(id: $t) { __typename id ... on Unit { name } ... on Task { text year } } }`, () => ({ u: ids.unit, t: ids.task })],
    ['a chain with evidence and a graph of JSON data', `query($p: ID!) { accountabilityChain(projectId: $p) {
        links { year role inferred via unit { id name } task { id } evidence { quote start end } }
        graph { nodes { id kind label data } edges { id source target kind data } truncated } } }`, () => ({ p: ids.project })],
    // Whole (not truncated): which nodes a truncated neighbourhood keeps depends on the store's row order.
    ['a neighbourhood', 'query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 1000) { nodes { id kind label } edges { source target kind data } truncated } }',
      () => ({ id: ids.unit })],
    ['search in Chinese', '{ search(text: "嘉定") { id kind label score snippet } }', () => ({})],
    ['skip and include', 'query($w: Boolean!) { stats { totals { tasks @include(if: $w) units @skip(if: $w) } byYear { year tasks } } }',
      () => ({ w: true })],
    ['a not-found error, with its path and code', '{ ok: unit(id: "unit:none") { name } chain: accountabilityChain(projectId: "proj:none") { links { year } } }',
      () => ({})],
    ['a bad argument error', '{ accountabilityChain(projectId: "proj:none", maxDepth: 9) { links { year } } }', () => ({})],
    ['a variable of the wrong type', 'query($y: Int) { coResponsibilityNetwork(year: $y) { truncated } }', () => ({ y: 'abc' })],
    ['a missing required variable', 'query($id: ID!) { unit(id: $id) { name } }', () => ({})],
    ['introspection', '{ __schema { queryType { name } types { name kind } } __type(name: "Unit") { fields { name args { name } } } }', () => ({})],
  ];

  it.each(cases)('answers %s exactly as graphql-js does', async (_name, query, variables) => {
    const operations = new CompiledOperations(schema);
    const expected = wire(await interpreted(query, variables()));
    expect(wire(await compiled(operations, query, variables()))).toEqual(expected);
    // The second run is served by the cached compilation.
    expect(wire(await compiled(operations, query, variables()))).toEqual(expected);
    expect(operations.compiledCount).toBe(1);
  });

  it('refuses bad variables over HTTP as the client’s error, naming the variable', async () => {
    const body = await s.query('query($y: Int) { coResponsibilityNetwork(year: $y) { truncated } }', { y: 'abc' });
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringContaining('"$y"'), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('compiles each operation once and keeps the most recently used ones up to the bound', async () => {
    const operations = new CompiledOperations(schema, 2);
    const [a, b, c] = ['{ stats { totals { tasks } } }', '{ stats { totals { units } } }', '{ stats { totals { projects } } }'];
    await compiled(operations, a!);
    await compiled(operations, b!);
    await compiled(operations, a!); // a is now the most recent: c evicts b
    await compiled(operations, c!);
    expect(operations.size).toBe(2);
    expect([a, b, c].map((q) => operations.holds(q!, null))).toEqual([true, false, true]);
  });

  it('picks the named operation of a document holding several', async () => {
    const operations = new CompiledOperations(schema);
    const doc = 'query T { stats { totals { tasks } } } query U { stats { totals { units } } }';
    const t = (await compiled(operations, doc, {}, 'T')).data as { stats: { totals: Record<string, number> } };
    const u = (await compiled(operations, doc, {}, 'U')).data as { stats: { totals: Record<string, number> } };
    expect(Object.keys(t.stats.totals)).toEqual(['tasks']);
    expect(Object.keys(u.stats.totals)).toEqual(['units']);
    expect(operations.size).toBe(2);
  });
});
