import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Kùzu databases on disk and a real HTTP server per API suite: keep files in separate
    // processes so a native crash in one file cannot take the others down.
    pool: 'forks',
  },
});
