import type { EmbeddedEngine } from './embeddedDriver.js';

/**
 * Every defect of the embedded engines the store works around, in one place. Code comments
 * refer to a quirk by its id. `reproducer` names the scenario of test/store/engine/quirkChild.mjs
 * (or the test file) that shows it on the engine alone, with no dutygraph code; `reproduces`
 * records what that reproducer shows on each engine (test/store/engineQuirks.test.ts fails
 * when an engine release changes it, so an upgrade says which workarounds can go).
 * `isolated: false`: the reproducer does NOT trigger the defect in isolation (it was seen
 * only under the store's own load, and a conformance test guards the workaround); its
 * `reproduces` is then false on both engines and proves nothing about a fix.
 */
export interface Quirk {
  id: string;
  symptom: string;
  /** The engine release it was seen in. */
  seenIn: string;
  workaround: string;
  /** Files (src/) where the workaround lives; their comments name the id. */
  appliedIn: readonly string[];
  /** quirkChild.mjs scenario, or a test file; null: no reproducer (a cost, not a defect). */
  reproducer: string | null;
  /** What the reproducer shows per engine: true = the defect is there. */
  reproduces: Readonly<Record<EmbeddedEngine, boolean>>;
  /** false: the reproducer does not trigger it alone (see above). */
  isolated: boolean;
  /**
   * More quirkChild.mjs scenarios around the defect (which write sequences have it, and that the
   * workaround's sequence does not), each with what it shows per engine; engineQuirks.test.ts runs them too.
   */
  variants?: Readonly<Record<string, Readonly<Record<EmbeddedEngine, boolean>>>>;
}

export const QUIRKS: readonly Quirk[] = [
  {
    id: 'KUZU-EMPTY-LIST-PARAM',
    symptom: 'An empty list parameter (`UNWIND $rows`, rows = []) fails with "Trying to a create a vector with ANY type" (and crashed the process in prepared writes).',
    seenIn: 'kuzu 0.11.3',
    workaround: 'checkKuzuParams refuses empty lists before the binding; callers skip empty writes.',
    appliedIn: ['src/store/kuzu/checkKuzuParams.ts'],
    reproducer: 'empty-list-param',
    reproduces: { kuzu: true, ladybug: false },
    isolated: true,
  },
  {
    id: 'KUZU-LIST-PARAM-TYPING',
    symptom: 'A list of rows mixing 1040 and 2.5 in one field stores garbage for the fraction (4612811918334231000); a null first in a numeric field is refused or typed wrong.',
    seenIn: 'kuzu 0.11.3',
    workaround: 'checkKuzuParams refuses mixed and null-typed fields with a clear error.',
    appliedIn: ['src/store/kuzu/checkKuzuParams.ts'],
    reproducer: 'mixed-number-list-param',
    // LadybugDB refuses the mixed list with a clear error instead of storing garbage.
    reproduces: { kuzu: true, ladybug: false },
    isolated: true,
  },
  {
    id: 'KUZU-LIST-PREDICATE-AT-SCALE',
    symptom: 'A list predicate (`any(n IN u.names WHERE n CONTAINS …)`) over ~5,000 rows crashes the process (SIGSEGV).',
    seenIn: 'kuzu 0.11.3; still in @ladybugdb/core 0.19.1',
    workaround: 'Names are also stored joined by newlines (`allNames`) and searched with CONTAINS.',
    appliedIn: ['src/store/graphModel.ts'],
    reproducer: 'list-predicate-at-scale',
    reproduces: { kuzu: true, ladybug: true },
    isolated: true,
  },
  {
    id: 'KUZU-PARAM-IN-LIST-PREDICATE',
    symptom: 'A parameter read inside a list predicate fails an assertion (parsed_parameter_expression.h: UNREACHABLE_CODE).',
    seenIn: 'kuzu 0.11.3; still in @ladybugdb/core 0.19.1',
    workaround: 'The parameter is bound to a variable (WITH) before the predicate; names are searched in `allNames`.',
    appliedIn: ['src/store/cypher/entityStatements.ts'],
    reproducer: 'param-in-list-predicate',
    reproduces: { kuzu: true, ladybug: true },
    isolated: true,
  },
  {
    id: 'KUZU-UNION-ALL-HOPS',
    symptom: 'The UNION ALL of both directions of a hop crashed the process on the graph at scale.',
    seenIn: 'kuzu 0.11.3',
    workaround: 'Each direction is its own statement; the store merges the rows.',
    appliedIn: ['src/store/cypher/analysisStatements.ts'],
    reproducer: 'union-all-hops',
    reproduces: { kuzu: false, ladybug: false },
    isolated: false,
  },
  {
    id: 'KUZU-STALE-LIST-PROPERTY',
    symptom: 'A list node property (INT64[], STRING[]) updated in a later, checkpointed transaction read back other nodes\' values (at 100k in 30k-task chunks 509 of 1,765 projects had wrong years).',
    seenIn: 'kuzu 0.11.3',
    workaround: 'Years are stored as text (`2019,2021,2024`) and names read from `allNames`, never from the lists.',
    appliedIn: ['src/store/graphModel.ts', 'src/store/cypher/projectYears.ts', 'src/store/cypher/writeStatements.ts'],
    reproducer: 'stale-list-property',
    reproduces: { kuzu: false, ladybug: false },
    isolated: false,
  },
  {
    id: 'KUZU-EXISTS-SAME-TX',
    symptom: 'EXISTS did not see every edge created earlier in the same transaction (a replaced document\'s projects were pruned).',
    seenIn: 'kuzu 0.11.3',
    workaround: 'Prune before loading the document\'s new facts; summaries are computed, never read back.',
    appliedIn: ['src/store/cypher/DocumentWrites.ts', 'src/store/cypher/projectYears.ts', 'src/store/cypher/pairTotals.ts'],
    reproducer: 'exists-same-tx',
    reproduces: { kuzu: false, ladybug: false },
    isolated: false,
  },
  {
    id: 'KUZU-COPIED-EDGES-READBACK',
    symptom: 'Edges just COPY\'d into a non-empty rel table were read back in the same transaction with other edges\' properties.',
    seenIn: 'kuzu 0.11.3',
    workaround: 'A bulk chunk computes its projects\' years from its documents and the stored years, never from the copied edges.',
    appliedIn: ['src/store/kuzu/kuzuBulkLoad.ts'],
    reproducer: 'copied-edges-readback',
    reproduces: { kuzu: false, ladybug: false },
    isolated: false,
  },
  {
    id: 'KUZU-DELETE-COPIED-EDGES',
    symptom: 'A committed, checkpointed transaction whose only change to a node group of a rel table was deleting edges (about 1,000 or more; 300 kept them) left that node group of the table empty, other documents\' edges with it, copied or created alike: `npm run remove` of a bulk-loaded 250k-character task list, after the small documents had been replaced row by row, left CONCERNS 131 → 0, IN_SECTION 140 → 0, IN_DOCUMENT (Task) 151 → 0, SETS 58 → 0 (3 of 3 runs). The loss happens at CHECKPOINT: without one the edges read back until the next (at close). DETACH DELETE of the tasks loses them as well; node tables keep their rows; with every edge COPY\'d (no row-by-row replace before) or with the big document copied after the others the edges stayed; with 144,100 source nodes only the node group whose edges were all deleted lost them (13,028 of 140,000 other edges left, the rest in the first group gone).',
    seenIn: 'kuzu 0.11.3 (not @ladybugdb/core 0.19.1: the same database files kept the edges)',
    workaround: 'A write that deleted anything (KuzuRunner.write) also writes, before COMMIT, one surviving edge of every rel table its DELETEs can reach (relTablesDeletedBy) in every node group of its source and destination tables (touchSurvivingEdges: a scalar property set to its own value; a table without properties: the edge deleted and created again). One edge created in the transaction kept the others too (a replace creates them; created and deleted again it did not). A large changed document is still replaced in one transaction (KuzuRunner.replaceInBulk).',
    appliedIn: ['src/store/kuzu/KuzuRunner.ts', 'src/store/kuzu/touchSurvivingEdges.ts'],
    reproducer: 'delete-copied-edges',
    // 5 repetitions each: lost in 9 of 10 in a developer's run; the workaround's sequences lost none (0 of 10 each). Across two node groups
    // (by hand, ~15 s each: quirkChild.mjs delete-copied-edges-two-groups[-touched]) only a touch per node group kept them.
    reproduces: { kuzu: true, ladybug: false },
    isolated: true,
    variants: {
      'delete-copied-edges-detach': { kuzu: true, ladybug: false },
      'delete-copied-edges-create-delete': { kuzu: true, ladybug: false },
      'delete-copied-edges-no-replace': { kuzu: false, ladybug: false },
      'delete-copied-edges-with-create': { kuzu: false, ladybug: false },
      'delete-copied-edges-row-replace': { kuzu: false, ladybug: false },
      'delete-copied-edges-touched': { kuzu: false, ladybug: false },
      'delete-copied-edges-rewritten': { kuzu: false, ladybug: false },
    },
  },
  {
    id: 'KUZU-UNSORTED-AFTER-DISTINCT',
    symptom: 'A full ORDER BY (no LIMIT) after DISTINCT or an aggregation, with text and number keys, came back out of order (49 of 300 runs on the sample graph).',
    seenIn: 'kuzu 0.11.3',
    workaround: 'The store sorts those rows itself (UNSORTED_AFTER_DISTINCT); the statements keep their ORDER BY.',
    appliedIn: ['src/store/cypher/EntityReads.ts', 'src/store/cypher/AnalysisReads.ts'],
    reproducer: 'unsorted-after-distinct',
    reproduces: { kuzu: false, ladybug: false },
    isolated: false,
  },
  {
    id: 'KUZU-WAL-REPLAY',
    symptom: 'After SIGKILL, reopening replays the WAL\'s committed transactions wrongly: deleted edges come back with other edges\' properties. LadybugDB 0.19.1 instead refuses to open ("Corrupted wal file. Read out invalid WAL record type").',
    seenIn: 'kuzu 0.11.3; @ladybugdb/core 0.19.1 (refuses to open)',
    workaround: 'CHECKPOINT after every commit (KuzuRunner.write); a WAL found at open is rolled back (recoverInterruptedWrite).',
    appliedIn: ['src/store/kuzu/KuzuRunner.ts', 'src/store/kuzu/recoverInterruptedWrite.ts'],
    reproducer: 'test/store/kuzuWalReplay.test.ts',
    reproduces: { kuzu: true, ladybug: true },
    isolated: true,
  },
  {
    id: 'KUZU-IN-LIST-SCAN',
    symptom: '`x.id IN $ids` tests every row against the list and `UNWIND $ids … {id: key}` hashes the whole table (a cost, not a wrong answer).',
    seenIn: 'kuzu 0.11.3',
    workaround: 'Short id lists are looked up key by key (POINT_LOOKUPS in src/store/kuzu/pointLookups.ts, KuzuRunner.lookup).',
    appliedIn: ['src/store/kuzu/pointLookups.ts', 'src/store/kuzu/KuzuRunner.ts'],
    reproducer: null,
    reproduces: { kuzu: true, ladybug: true },
    isolated: false,
  },
  {
    id: 'KUZU-BUFFER-POOL',
    symptom: 'A COPY larger than the buffer pool fails with "buffer pool is full", naming no setting.',
    seenIn: 'kuzu 0.11.3',
    workaround: 'Bulk transactions are sized to the pool (bulkChunkTasks) and the message names KUZU_BUFFER_POOL_MB (explainKuzuFailure).',
    appliedIn: ['src/store/kuzu/kuzuBulkLoad.ts', 'src/store/kuzu/KuzuRunner.ts'],
    reproducer: null,
    reproduces: { kuzu: true, ladybug: true },
    isolated: false,
  },
  {
    id: 'LBUG-NULL-PARAM',
    symptom: 'A null parameter is typed BOOL and refused where another type is needed ("Cannot change parameter expression data type from BOOL to STRING"): every `$x IS NULL OR …` filter failed.',
    seenIn: '@ladybugdb/core 0.19.1 (kuzu 0.11.3 binds it)',
    workaround: 'On LadybugDB the runner writes each null parameter into the text as NULL (inlineNullParams).',
    appliedIn: ['src/store/kuzu/inlineNullParams.ts', 'src/store/kuzu/KuzuRunner.ts'],
    reproducer: 'null-param-filter',
    reproduces: { kuzu: false, ladybug: true },
    isolated: true,
  },
  {
    id: 'EDGE-REUSE-IN-PATTERN',
    symptom: 'One relationship may match twice in one pattern, so `(a)-[:R]->(t)<-[:R]-(b)` also yields a = b over the same edge.',
    seenIn: 'kuzu 0.11.3 and @ladybugdb/core 0.19.1 alike (the reproducer shows it on both; issue 21 named it for LadybugDB)',
    workaround: 'Such patterns say `a <> b` (TASKS_SHARED_BY; the pair statements read the precomputed CO_* edges).',
    appliedIn: ['src/store/cypher/readStatements.ts'],
    reproducer: 'edge-reuse',
    reproduces: { kuzu: true, ladybug: true },
    isolated: true,
  },
];

/** The quirk with this id (a typo in a test or comment fails loudly). */
export function quirk(id: string): Quirk {
  const found = QUIRKS.find((q) => q.id === id);
  if (!found) throw new Error(`no quirk ${id} in src/store/kuzu/quirks.ts`);
  return found;
}
