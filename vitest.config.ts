import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

/*
 * The Neo4j the suite may clear: `NEO4J_URI=… NEO4J_PASSWORD=… npm test` (CI starts one).
 * It goes to the test helpers as NEO4J_TEST_*, and NEO4J_URI is removed from this process
 * before any worker starts, so the CLIs the tests run as child processes (ingest, serve,
 * bench) keep to their own temporary Kùzu folders instead of writing to that Neo4j.
 */
const neo4jEnv: Record<string, string> = {};
if (process.env.NEO4J_URI) {
  neo4jEnv.NEO4J_TEST_URI = process.env.NEO4J_URI;
  neo4jEnv.NEO4J_TEST_USERNAME = process.env.NEO4J_USERNAME ?? 'neo4j';
  neo4jEnv.NEO4J_TEST_PASSWORD = process.env.NEO4J_PASSWORD ?? '';
  for (const key of ['NEO4J_URI', 'NEO4J_USERNAME', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete process.env[key];
}
const withNeo4j = Object.keys(neo4jEnv).length > 0;

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build (its package.json has no "exports"), and so does every
    // dependency that uses it (Apollo, @graphql-tools, graphql-jit). Vite would pick the ES build
    // for our own files: two graphql instances, whose schemas and types fail each other's
    // instanceof checks. Resolve it as Node does.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Kùzu databases on disk and a real HTTP server per API suite: keep files in separate
    // processes so a native crash in one file cannot take the others down.
    pool: 'forks',
    env: neo4jEnv,
    projects: [
      { extends: true, test: { name: 'kuzu', include: ['test/**/*.test.ts'] } },
      // The API suites again, each against a server on Neo4j (test/helpers/seededServer.ts).
      ...(withNeo4j
        ? [{
            extends: true as const,
            test: {
              name: 'neo4j',
              // …and the bench on Neo4j (test/bench/benchNeo4j.test.ts, peerPhase.test.ts; they skip themselves on Kùzu).
              include: ['test/api/**/*.test.ts', 'test/bench/benchNeo4j.test.ts', 'test/bench/peerPhase.test.ts'],
              exclude: ['test/api/backendsAgree.test.ts'],
              env: { ...neo4jEnv, DUTYGRAPH_TEST_BACKEND: 'neo4j' },
            },
          }]
        : []),
    ],
  },
});
