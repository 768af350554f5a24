import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build (its package.json has no "exports"), and so does every
    // dependency that uses it (Apollo, @graphql-tools, graphql-jit). Vite would pick the ES build
    // for our own files: two graphql instances, whose schemas and types fail each other's
    // instanceof checks. Resolve it as Node does.
    alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Kùzu databases on disk and a real HTTP server per API suite: keep files in separate
    // processes so a native crash in one file cannot take the others down.
    pool: 'forks',
  },
});
