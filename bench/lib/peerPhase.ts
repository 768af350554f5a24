import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import type { StoreConfig } from '../../src/config.js';
import { REPO_ROOT } from './childProcess.js';
import { closeHttpClient, postGraphQL, type GraphQLRequest } from './httpTiming.js';
import { round, summarize } from './percentiles.js';
import { PEER_TYPE_DEFS } from './peerTypeDefs.js';
import type { QueryParams } from './queries.js';
import type { QueryFigures } from './results.js';

/** One question asked of both APIs: the peer's p50/p99 beside ours, ratio = peer ÷ ours. */
export interface PeerQueryFigures {
  /** The root query of ours (bench/lib/queries.ts) asking the same question. */
  ours: string;
  /** How the peer expresses it (generated API, `@cypher` field, `@fulltext`). */
  how: string;
  p50Ms: number;
  p99Ms: number;
  reps: number;
  responseBytes: number;
  oursP50Ms: number | null;
  /** Peer p50 ÷ our p50 (> 1: the peer is slower). */
  ratio: number | null;
}

/** `@neo4j/graphql` served over the same Neo4j graph, in the same run (bench/README.md). */
export interface PeerFigures {
  library: string;
  queries: Record<string, PeerQueryFigures>;
  /** Our root queries it cannot express, each with the reason. */
  cannotExpress: Array<{ query: string; reason: string }>;
}

/** Warm-up requests before timing each query (as the query phase). */
const WARMUP = 2;

/** The peer's requests, each named after the question, with our root query that asks it. */
export function peerQueries(p: QueryParams): Record<string, { ours: string; how: string; request: GraphQLRequest }> {
  return {
    unitTasks: {
      ours: 'unitTasks', how: 'generated: units(where) { tasksConnection(first: 20) } with relationship properties',
      request: {
        query:
          'query($u: ID!) { units(where: { id: { eq: $u } }) { name tasksConnection(first: 20) { totalCount edges { node { id number text year ' +
          'unitsConnection { edges { properties { role } node { name } } } } } } } }',
        variables: { u: p.unitId },
      },
    },
    documentTasks: {
      ours: 'documentTasks', how: 'generated: documents(where) { tasksConnection(first: 20, sort: ordinal) }',
      request: {
        query:
          'query($d: ID!) { documents(where: { id: { eq: $d } }) { title tasksConnection(first: 20, sort: [{ node: { ordinal: ASC } }]) { totalCount ' +
          'edges { node { id number text unitsConnection { edges { properties { role } node { name } } } } } } } }',
        variables: { d: p.documentId },
      },
    },
    sharedTasksUnit: {
      ours: 'sharedTasksUnit', how: '@cypher field Unit.partners (no sort by an aggregate): the CO_TOTAL summary, ranked',
      request: {
        query: 'query($u: ID!) { units(where: { id: { eq: $u } }) { id name partners(first: 20) { unitId name sharedCount years } } }',
        variables: { u: p.unitId },
      },
    },
    neighborhood: {
      ours: 'neighborhood', how: '@cypher field Unit.neighbourhood: 2 hops, 200 nodes, the edges between them',
      request: {
        query: 'query($u: ID!) { units(where: { id: { eq: $u } }) { neighbourhood(limit: 200) { nodes { id kind label } edges { source target kind } } } }',
        variables: { u: p.unitId },
      },
    },
    search: {
      ours: 'search', how: '@fulltext on Project (one label per query; Lucene score)',
      request: {
        query: 'query($t: String!) { projectsByName(phrase: $t, first: 20) { edges { score node { id name } } } }',
        // The phrase query our store sends to the same cjk index (analysisStatements.ts SEARCH_INDEXED).
        variables: { t: `"${p.searchText}"` },
      },
    },
  };
}

/** Our root queries the peer cannot express without hand-writing our store's logic as Cypher. */
export const PEER_CANNOT_EXPRESS: PeerFigures['cannotExpress'] = [
  {
    query: 'accountabilityChain',
    reason: 'responsibility inferred through PART_OF / ADMINISTERS with `via`, year by year, is dutygraph\'s rule (src/api), not a relationship the generated API can follow',
  },
  {
    query: 'sharedTasksGlobal',
    reason: 'a whole-graph ranking of unit pairs by shared tasks: no sort by an aggregate, and a Query-level @cypher would be our query written again',
  },
  {
    query: 'coResponsibilityNetwork',
    reason: 'per-year pair weights summed over CO_RESPONSIBLE edges into a graph: an aggregate over relationships the generated API has no form for',
  },
  {
    query: 'recurringProjects',
    reason: 'projects by the number of distinct years they are mentioned in, with status by year: only through the yearCount our loader precomputes, not from the mentions',
  },
  {
    query: 'search (across kinds)',
    reason: 'one @fulltext query per label, ranked by Lucene score: no single ranked list over units, tasks, projects, places and documents with aliases and snippets',
  },
];

/**
 * Serves `@neo4j/graphql` over the Neo4j the run loaded (Apollo Server in this process, on a
 * loopback port) and times each question end to end as the query phase times ours: the same
 * HTTP client, warm-up, repetitions and budget. `ours` holds our figures from the same run.
 */
export async function runPeerPhase(
  config: Extract<StoreConfig, { backend: 'neo4j' }>, params: QueryParams, ours: Record<string, QueryFigures>,
  options: { reps: number; budgetMs: number; log: (line: string) => void },
): Promise<PeerFigures> {
  // Plain numbers: the maps the @cypher fields return reach GraphQL's Int as they are.
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), { disableLosslessIntegers: true });
  try {
    const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
    const server = new ApolloServer({ schema });
    const { url } = await startStandaloneServer(server, {
      listen: { port: 0, host: '127.0.0.1' },
      context: async () => (config.database ? { sessionConfig: { database: config.database } } : {}),
    });
    try {
      const queries: Record<string, PeerQueryFigures> = {};
      for (const [name, q] of Object.entries(peerQueries(params))) {
        for (let i = 0; i < WARMUP; i++) await postGraphQL(url, q.request);
        const times: number[] = [];
        let responseBytes = 0;
        const started = performance.now();
        while (times.length < options.reps && (times.length === 0 || performance.now() - started < options.budgetMs)) {
          const { ms, body } = await postGraphQL(url, q.request);
          times.push(ms);
          responseBytes = Buffer.byteLength(JSON.stringify(body));
        }
        const t = summarize(times);
        const oursP50 = ours[q.ours]?.p50Ms ?? null;
        queries[name] = {
          ours: q.ours, how: q.how, p50Ms: round(t.p50), p99Ms: round(t.p99), reps: times.length, responseBytes,
          oursP50Ms: oursP50, ratio: oursP50 !== null && oursP50 > 0 ? round(t.p50 / oursP50) : null,
        };
        options.log(`peer: ${name} p50 ${queries[name].p50Ms} ms (ours ${oursP50 ?? '—'} ms), ${times.length} reps`);
      }
      return { library: `@neo4j/graphql ${await libraryVersion()}`, queries, cannotExpress: PEER_CANNOT_EXPRESS };
    } finally {
      closeHttpClient();
      await server.stop();
    }
  } finally {
    await driver.close();
  }
}

// Private: the installed version, for the results.
async function libraryVersion(): Promise<string> {
  const file = path.join(REPO_ROOT, 'node_modules/@neo4j/graphql/package.json');
  return (JSON.parse(await fs.promises.readFile(file, 'utf8')) as { version: string }).version;
}
