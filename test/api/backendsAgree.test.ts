import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jUnderTest } from '../helpers/backends.js';
import { startSeededServer, type GraphQLBody, type SeededServer } from '../helpers/seededServer.js';

/*
 * The same GraphQL answers on both backends: one server on Kùzu and one on Neo4j, each over the
 * five sample documents, asked every root query (ids taken from the answers, so each query reaches
 * real data). Whatever the engines differ in (ordering ties, list types, number types, search)
 * the store resolves; a difference here is a bug in a store, not in this test.
 * Runs when NEO4J_URI is given to the suite (CI always does).
 */

const EVIDENCE = 'evidence { quote start end rule document { id } }';
const TASK = `id number text starred kind year region document { id title } section { id number title level parent { id } }
  units { role order surface year unit { id name } ${EVIDENCE} } targets { id metric value unit comparator year }
  mentions { year surface status document { id } } places { id name kind } ${EVIDENCE}`;
const UNIT = 'id name aliases region kind rule place { id name } supervisors { id name } predecessors { year rule unit { id } } successors { year rule unit { id } }';
const PROJECT = `id name aliases kind region rule years statusByYear { year status ${EVIDENCE} }
  mentions { year surface status document { id } task { id } ${EVIDENCE} } units { id name } places { id name }`;
const PLACE = 'id name aliases kind code parent { id name } children { id name } projects { id name } unit { id name }';
const GRAPH = 'truncated nodes { id kind label data } edges { id source target kind data }';
const PAGE = (fields: string) => `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { ${fields} } }`;

describe.skipIf(neo4jUnderTest() === null)('the same answers on Kùzu and on Neo4j', () => {
  let kuzu: SeededServer;
  let neo4j: SeededServer;

  beforeAll(async () => {
    kuzu = await startSeededServer({}, 'kuzu');
    neo4j = await startSeededServer({}, 'neo4j');
    expect([kuzu.store.backend, neo4j.store.backend]).toEqual(['kuzu', 'neo4j']);
  });
  afterAll(async () => {
    await kuzu?.close();
    await neo4j?.close();
  });

  /** Asks both; expects no errors and equal data (and equal receipts); returns Kùzu's data. */
  async function same<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const [a, b] = await Promise.all([kuzu.query<T>(query, variables), neo4j.query<T>(query, variables)]);
    expect(a.errors, `kuzu: ${query}`).toBeUndefined();
    expect(b.errors, `neo4j: ${query}`).toBeUndefined();
    expect(b.data, query).toEqual(a.data);
    expect((b as GraphQLBody<T>).extensions?.receipt).toEqual(a.extensions?.receipt);
    return a.data!;
  }

  it('documents, document, node and the stats', async () => {
    const docs = await same(`{ documents(first: 10) { ${PAGE('id file title year region genre issuer date length inferred { field value rule quote }')} } }`);
    expect(docs.documents.totalCount).toBe(5);
    const id = docs.documents.edges[0].node.id;
    await same(`query($id: ID!) { document(id: $id) { id title tasks(first: 30) { ${PAGE(TASK)} } } }`, { id });
    await same(`query($id: ID!) { node(id: $id) { id ... on Document { title year } } }`, { id });
    await same('{ stats { totals { documents sections tasks units projects places targets responsibilities mentions } byYear { year documents tasks } byRegion { region documents tasks units } } }');
    for (const year of [2019, 2021, 2022]) {
      await same(`query($y: Int) { documents(filter: { year: $y }) { totalCount nodes { id } } }`, { y: year });
    }
  });

  it('units and unit, in every order, with their tasks and partners', async () => {
    for (const orderBy of ['NAME', 'TASKS_DESC']) {
      const page = await same(`query($o: UnitOrder) { units(orderBy: $o, first: 50) { ${PAGE(UNIT)} } }`, { o: orderBy });
      expect(page.units.totalCount).toBeGreaterThan(10);
      const after = page.units.pageInfo.endCursor;
      await same(`query($o: UnitOrder, $a: String) { units(orderBy: $o, first: 50, after: $a) { ${PAGE('id name')} } }`, { o: orderBy, a: after });
    }
    const { units } = await same('{ units(first: 200) { nodes { id } } }');
    for (const { id } of units.nodes.slice(0, 40)) {
      await same(`query($id: ID!) { unit(id: $id) { ${UNIT} tasks(first: 10) { ${PAGE('id year text')} } partners(first: 10) { a { id } b { id } sharedCount years } } }`, { id });
    }
    await same('{ units(filter: { nameContains: "区" }, first: 100) { totalCount nodes { id name } } }');
    await same('{ units(filter: { year: 2021 }, first: 100) { totalCount nodes { id kind } } }');
  });

  it('tasks and task, with filters and orders', async () => {
    for (const orderBy of ['DOCUMENT_ORDER', 'YEAR_DESC']) {
      await same(`query($o: TaskOrder) { tasks(orderBy: $o, first: 40) { ${PAGE(TASK)} } }`, { o: orderBy });
    }
    const filters = [{ year: 2021 }, { starred: true }, { role: 'LEAD' }, { textContains: '建设' }, { yearFrom: 2020, yearTo: 2022 }];
    for (const filter of filters) await same('query($f: TaskFilter) { tasks(filter: $f, first: 100) { totalCount nodes { id } } }', { f: filter });
    const { tasks } = await same('{ tasks(first: 100) { nodes { id } } }');
    for (const { id } of tasks.nodes.slice(0, 30)) await same(`query($id: ID!) { task(id: $id) { ${TASK} } }`, { id });
  });

  it('projects, project, places and place', async () => {
    for (const orderBy of ['NAME', 'MENTIONS_DESC', 'YEARS_DESC']) {
      await same(`query($o: ProjectOrder) { projects(orderBy: $o, first: 40) { ${PAGE('id name years')} } }`, { o: orderBy });
    }
    const { projects } = await same('{ projects(first: 200) { totalCount nodes { id } } }');
    for (const { id } of projects.nodes.slice(0, 40)) {
      await same(`query($id: ID!) { project(id: $id) { ${PROJECT} tasks(first: 10) { ${PAGE('id')} } } }`, { id });
    }
    const { places } = await same(`{ places(first: 100) { ${PAGE(PLACE)} } }`);
    for (const { node } of places.edges.slice(0, 30)) {
      await same(`query($id: ID!) { place(id: $id) { ${PLACE} tasks(first: 10) { ${PAGE('id')} } } }`, { id: node.id });
    }
  });

  it('sharedTasks, recurringProjects, coResponsibilityNetwork', async () => {
    const pairs = await same('{ sharedTasks(first: 30) { a { id name } b { id name } sharedCount years taskPage(first: 5) { totalCount nodes { id } pageInfo { endCursor } } } }');
    expect(pairs.sharedTasks.length).toBeGreaterThan(0);
    const unitIds = [pairs.sharedTasks[0].a.id];
    await same('query($u: [ID!]) { sharedTasks(unitIds: $u, first: 30) { a { id } b { id } sharedCount years tasks { id } } }', { u: unitIds });
    for (const year of [2019, 2020, 2021, 2022]) {
      await same('query($y: Int) { sharedTasks(year: $y, minShared: 2, first: 30) { a { id } b { id } sharedCount } }', { y: year });
      await same(`query($y: Int) { coResponsibilityNetwork(year: $y) { ${GRAPH} } }`, { y: year });
    }
    await same(`{ coResponsibilityNetwork(minShared: 2) { ${GRAPH} } }`);
    for (const minYears of [2, 3]) {
      await same(`query($m: Int) { recurringProjects(minYears: $m) { years project { id name } mentions { year surface task { id } } statusByYear { year status } } }`, { m: minYears });
    }
    await same('{ recurringProjects(fromYear: 2020, toYear: 2022, kinds: [ROAD, RAIL, PARK]) { years project { id } } }');
  });

  it('accountabilityChain and neighborhood', async () => {
    const { tasks } = await same('{ tasks(first: 15) { nodes { id } } }');
    const { projects } = await same('{ projects(first: 15) { nodes { id } } }');
    const { places } = await same('{ places(first: 15) { nodes { id } } }');
    const chain = `subject { id } links { year role inferred via unit { id } task { id } ${EVIDENCE} } graph { ${GRAPH} }`;
    for (const { id } of tasks.nodes) await same(`query($id: ID) { accountabilityChain(taskId: $id) { ${chain} } }`, { id });
    for (const { id } of projects.nodes) await same(`query($id: ID) { accountabilityChain(projectId: $id) { ${chain} } }`, { id });
    for (const { id } of places.nodes) await same(`query($id: ID) { accountabilityChain(placeId: $id, maxDepth: 2) { ${chain} } }`, { id });
    const { units } = await same('{ units(orderBy: TASKS_DESC, first: 5) { nodes { id } } }');
    for (const id of [...units.nodes.map((u: { id: string }) => u.id), tasks.nodes[0].id, projects.nodes[0].id]) {
      for (const depth of [1, 2]) {
        await same(`query($id: ID!, $d: Int) { neighborhood(id: $id, depth: $d, limit: 60) { ${GRAPH} } }`, { id, d: depth });
      }
    }
  });

  it('search', async () => {
    for (const text of ['氢能', '交通委', '嘉定', '道路', '区', '新城', '不存在的词']) {
      await same('query($t: String!) { search(text: $t, first: 30) { id kind label score snippet node { id } } }', { t: text });
      await same('query($t: String!) { search(text: $t, kinds: [UNIT, PROJECT], first: 10) { id kind score } }', { t: text });
    }
  });
});
