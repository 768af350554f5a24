import type { GraphQLRequest } from './httpTiming.js';

/** The ids and values the root queries are asked about, picked from the loaded graph (pickParams.ts). */
export interface QueryParams {
  /** The unit responsible for the most tasks. */
  unitId: string;
  /** The project mentioned most often. */
  projectId: string;
  /** The year with the most tasks. */
  year: number;
  /** The document of the busiest unit's first task. */
  documentId: string;
  /** A few characters of the busiest project's name. */
  searchText: string;
}

const PAIR = 'a { id name } b { id name } sharedCount years';

/**
 * One request per root query of the issue (keys are the names in results.json). Selections are
 * what a client drawing that view would ask for; none asks for nested lists beyond the root's own.
 */
export function rootQueries(p: QueryParams): Record<string, GraphQLRequest> {
  return {
    sharedTasksGlobal: { query: `{ sharedTasks(first: 20) { ${PAIR} } }` },
    sharedTasksUnit: { query: `query($u: ID!) { sharedTasks(unitIds: [$u], first: 20) { ${PAIR} } }`, variables: { u: p.unitId } },
    recurringProjects: { query: '{ recurringProjects(minYears: 2) { project { id name } years } }' },
    accountabilityChain: {
      query:
        'query($p: ID!) { accountabilityChain(projectId: $p) { links { year role inferred via unit { id name } task { id } ' +
        'evidence { quote start end } } graph { nodes { id kind label } edges { source target kind } } } }',
      variables: { p: p.projectId },
    },
    neighborhood: {
      query: 'query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id kind label } edges { source target kind } truncated } }',
      variables: { id: p.unitId },
    },
    coResponsibilityNetwork: {
      query: 'query($y: Int) { coResponsibilityNetwork(year: $y) { nodes { id label } edges { source target data } truncated } }',
      variables: { y: p.year },
    },
    search: { query: 'query($t: String!) { search(text: $t) { id kind label score snippet } }', variables: { t: p.searchText } },
    documentTasks: {
      query: 'query($d: ID!) { document(id: $d) { title tasks(first: 20) { totalCount nodes { id number text units { role unit { name } } } } } }',
      variables: { d: p.documentId },
    },
    unitTasks: {
      query:
        'query($u: ID!) { unit(id: $u) { name tasks(first: 20) { totalCount nodes { id number text year ' +
        'units { role unit { name } } } } } }',
      variables: { u: p.unitId },
    },
  };
}

/** The two throughput requests: a one-row lookup and a whole-graph aggregate with its shared tasks. */
export function throughputQueries(p: QueryParams): Record<string, GraphQLRequest> {
  return {
    small: { query: 'query($u: ID!) { unit(id: $u) { name } }', variables: { u: p.unitId } },
    heavy: { query: `{ sharedTasks(first: 20) { ${PAIR} tasks { id } } }` },
  };
}
