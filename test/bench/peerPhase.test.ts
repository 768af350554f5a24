import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openBenchStore } from '../../bench/lib/benchStore.js';
import { PEER_CANNOT_EXPRESS, runPeerPhase } from '../../bench/lib/peerPhase.js';
import { runQueryPhase } from '../../bench/lib/queryPhase.js';
import { collectFiles } from '../../src/load/collectFiles.js';
import { loadCorpus } from '../../src/load/loadCorpus.js';
import { openStore } from '../../src/store/openStore.js';
import { corpusMeta } from '../../scripts/lib/corpusMeta.js';
import { apiBackend, neo4jUnderTest } from '../helpers/backends.js';
import { SEEDS_DIR } from '../helpers/seededServer.js';

/*
 * The bench's peer phase (bench/lib/peerPhase.ts) on the test's own Neo4j (vitest's neo4j
 * project; CLEARED first): the samples loaded, our root queries timed, then @neo4j/graphql
 * served over the same graph must answer every question it can express (a GraphQL error
 * fails the timing), each with a p50 and the ratio to ours, and list what it cannot express.
 */
const neo4j = apiBackend() === 'neo4j' ? neo4jUnderTest() : null;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-peer-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe.skipIf(neo4j === null)('bench peer phase: @neo4j/graphql over the same Neo4j graph', () => {
  it('times each question it can express beside ours, with the ratio', async () => {
    const log = () => undefined;
    const target = await openBenchStore('neo4j', work, neo4j!, log);
    try {
      const store = await openStore(target.config());
      try {
        const summary = await loadCorpus(store, collectFiles([SEEDS_DIR]), { metaFor: corpusMeta([SEEDS_DIR]) });
        expect(summary.failures).toEqual([]);
      } finally {
        await store.close();
      }
      const ours = await runQueryPhase(target, { reps: 2, budgetMs: 2_000, warmupRounds: 1, log });
      // A Han search text (the samples' busiest project is 众MEB…, which the cjk index alone cannot find: see bench/README.md).
      const peer = await runPeerPhase(neo4j!, { ...ours.params, searchText: '氢能' }, ours.queries, { reps: 3, budgetMs: 2_000, log });

      expect(peer.library).toMatch(/^@neo4j\/graphql 7\./);
      expect(Object.keys(peer.queries).sort()).toEqual(['documentTasks', 'neighborhood', 'search', 'sharedTasksUnit', 'unitTasks']);
      for (const [name, q] of Object.entries(peer.queries)) {
        expect(Object.keys(ours.queries), `${name} names a root query of ours`).toContain(q.ours);
        expect(q.p50Ms, name).toBeGreaterThan(0);
        expect(q.p99Ms, name).toBeGreaterThanOrEqual(q.p50Ms);
        expect(q.reps, name).toBeGreaterThanOrEqual(1);
        expect(q.oursP50Ms, name).toBe(ours.queries[q.ours]!.p50Ms);
        expect(q.ratio, name).toBeCloseTo(q.p50Ms / q.oursP50Ms!, 1);
        // Each question found its unit, document or project: an empty answer is a few dozen bytes.
        expect(q.responseBytes, `${name} answered nothing`).toBeGreaterThan(80);
      }
      expect(peer.cannotExpress).toEqual(PEER_CANNOT_EXPRESS);
      for (const c of peer.cannotExpress) expect(c.reason.length).toBeGreaterThan(20);
    } finally {
      await target.stop();
    }
  }, 300_000);
});
