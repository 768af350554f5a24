import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBench, type BenchResults } from '../../bench/run.js';
import { apiBackend, neo4jUnderTest } from '../helpers/backends.js';

/*
 * `npm run bench -- --store neo4j` on the test's own Neo4j (vitest's neo4j project; CLEARED
 * by the bench before it loads): a 2,000-task run must produce the Kùzu run's results shape,
 * every root query measured through the Neo4j store, the naive join run on Neo4j agreeing
 * with the precomputed pairs, and the same recurring projects scored.
 */
// Only in the neo4j project (the kuzu project matches every test file, and would clear the same Neo4j twice).
const neo4j = apiBackend() === 'neo4j' ? neo4jUnderTest() : null;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-neo4j-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const ROOT_QUERIES = [
  'sharedTasksGlobal', 'sharedTasksUnit', 'recurringProjects', 'accountabilityChain', 'neighborhood',
  'coResponsibilityNetwork', 'search', 'unitTasks', 'documentTasks',
];

describe.skipIf(neo4j === null)('npm run bench -- --store neo4j (smoke: --tasks 2000 --reps 2)', () => {
  it('loads and queries Neo4j and writes results.json in the Kùzu run\'s shape', async () => {
    const out = path.join(work, 'results.json');
    const results = await runBench({
      tasks: 2000, seed: 1, reps: 2, out, corpusRoot: path.join(work, 'corpus'), store: 'neo4j', neo4j,
      throughputSeconds: 1, connections: 2, queryBudgetMs: 3_000, warmupRounds: 1, noFormats: true, quick: true, command: 'vitest neo4j smoke',
    });
    expect(results.errors).toEqual([]);
    const written = JSON.parse(fs.readFileSync(out, 'utf8')) as BenchResults;
    expect(written.machine.store).toBe('neo4j');
    // A Neo4j given to the bench is not started by it.
    expect(written.machine.neo4jStartSeconds).toBeNull();
    expect(written.ingest.counts.tasks).toBe(2000);
    expect(Number.isFinite(written.ingest.tasksPerSec) && written.ingest.tasksPerSec > 0).toBe(true);
    expect(Object.keys(written.queries).sort()).toEqual([...ROOT_QUERIES].sort());
    for (const [name, q] of Object.entries(written.queries)) {
      expect(Number.isFinite(q.p50Ms) && Number.isFinite(q.rawP50Ms), `${name}: p50 ${q.p50Ms}, raw ${q.rawP50Ms}`).toBe(true);
      expect(q.storeCalls, `${name} made no store call`).toBeGreaterThan(0);
    }
    expect(written.baselines.naiveAgrees, 'Neo4j\'s naive self-join and the precomputed pairs disagree').toBe(true);
    expect(written.accuracy?.recurringProjects?.regions).toBeGreaterThan(0);
    expect(Object.keys(written.throughput).sort()).toEqual(['heavy', 'small']);
    for (const t of Object.values(written.throughput)) expect(t.errors).toBe(0);
  }, 900_000);
});
