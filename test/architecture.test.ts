import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  importCycles, importEdges, readSourceTree, ruleOffences, staleExceptions, type ImportEdge, type ImportException,
  type ImportRule, type ImportTarget,
} from './helpers/importGraph.js';

/*
 * The arrows allowed between the code's folders (README "Layout"), checked on the import lines
 * of every source file: type-only imports, re-exports and dynamic `import()` count like any other.
 *
 *   model ← ingest ← load → store ← api        (model imports nothing of ours)
 *   store/*, store/cypher/*  never import store/kuzu/ or store/neo4j/ (only openStore picks one)
 *   kuzu / @ladybugdb/core only in store/kuzu/, neo4j-driver only in store/neo4j/
 *   no import cycles anywhere in src/
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Files any layer may import: the one `ErrorCode` enum and error class (CONVENTIONS 8); it imports nothing of ours (a rule below). */
const SHARED_LEAVES = new Set(['src/errors.ts']);

/**
 * The folders of src/ingest in the order their imports may run: a folder imports only folders
 * of a lower (or its own) rank. The files at the root of src/ingest (extractDocument.ts chaining
 * the stages, index.ts, collect.ts …) are not ranked: they may import any stage, and a stage
 * may use their small shared helpers (cycles are caught by their own rule).
 *
 * The data runs read → infer → structure → extract → resolve (extractDocument.ts: read text,
 * infer the metadata, parse headings/items/table rows, extract units/projects/places/targets
 * from each block, resolve the names to entities), but extract *calls* resolve (a place's id, a
 * project's key), so in imports resolve sits below extract. Rule tables are data: `rules/`
 * (where engineer `warnings` is moving them) sits below every stage that reads them.
 */
const INGEST_LAYERS: readonly (readonly string[])[] = [
  ['text', 'dict'], // character folding and cleaning; dictionaries (JSON) as data
  ['rules'], // rule tables, read by structure, resolve and extract
  ['read'], // bytes of any format → the canonical text and its blocks
  ['structure'], // text → blocks (headings, items, table rows)
  ['resolve'], // printed names → units, places, project keys
  ['extract'], // blocks → records, resolving names through resolve/
  ['infer'], // a document's year, region, genre from its text
  ['eval'], // scores against gold labels
];

// Private: whether a repo path lies in a folder (`src/store/kuzu/x.ts` is in `src/store`).
function inFolder(file: string, folder: string): boolean {
  return file.startsWith(`${folder}/`);
}

const isFile = (to: ImportTarget, test: (p: string) => boolean): boolean => to.kind === 'file' && test(to.path);
const isOurs = (to: ImportTarget): boolean => to.kind === 'file';

/** Where an ingest subfolder sits in INGEST_LAYERS (-1: not ranked, an offence of its own). */
function ingestRank(file: string): number | null {
  const m = /^src\/ingest\/([^/]+)\//.exec(file);
  if (!m) return null;
  return INGEST_LAYERS.findIndex((layer) => layer.includes(m[1]!));
}

const isSharedStore = (f: string): boolean => /^src\/store\/[^/]+\.ts$/.test(f) || inFolder(f, 'src/store/cypher');
const isEngineFolder = (p: string): boolean => inFolder(p, 'src/store/kuzu') || inFolder(p, 'src/store/neo4j');

/** The repository's rules, each a test of one kind of arrow. */
const RULES: readonly ImportRule[] = [
  {
    id: 'model-is-the-bottom',
    why: 'src/model is the contract every layer shares: it imports nothing of ours',
    appliesTo: (f) => inFolder(f, 'src/model') || SHARED_LEAVES.has(f),
    allows: (to) => !isOurs(to) || isFile(to, (p) => inFolder(p, 'src/model')),
  },
  {
    id: 'ingest-imports-only-model',
    why: 'extraction is pure: text in, records out; it knows the model, not the store, the API or the loader',
    appliesTo: (f) => inFolder(f, 'src/ingest'),
    allows: (to) => !isOurs(to) || isFile(to, (p) => inFolder(p, 'src/ingest') || inFolder(p, 'src/model') || SHARED_LEAVES.has(p)),
  },
  {
    id: 'ingest-layers',
    why: 'an ingest stage imports only stages below it (INGEST_LAYERS); a new folder needs a rank there',
    appliesTo: (f) => ingestRank(f) !== null,
    allows: (to, from) => {
      const own = ingestRank(from)!;
      if (own < 0) return false;
      if (to.kind !== 'file') return true;
      const target = ingestRank(to.path);
      return target === null || (target >= 0 && target <= own);
    },
  },
  {
    id: 'store-knows-no-caller',
    why: 'the store loads records and answers reads: it imports the model, never ingest, load, api or gen',
    appliesTo: (f) => inFolder(f, 'src/store'),
    allows: (to) => !isFile(to, (p) => ['src/ingest', 'src/load', 'src/api', 'src/gen', 'src/explore'].some((d) => inFolder(p, d))),
  },
  {
    id: 'shared-store-imports-no-engine',
    why: 'shared store code runs on every engine; only openStore.ts picks one',
    appliesTo: (f) => isSharedStore(f) && f !== 'src/store/openStore.ts',
    allows: (to) => !isFile(to, isEngineFolder),
  },
  {
    id: 'kuzu-driver-only-in-store-kuzu',
    why: 'one folder talks to the embedded engine and maps its errors (CONVENTIONS 6)',
    appliesTo: (f) => !inFolder(f, 'src/store/kuzu'),
    allows: (to) => !(to.kind === 'package' && (to.name === 'kuzu' || to.name === '@ladybugdb/core')),
  },
  {
    id: 'neo4j-driver-only-in-store-neo4j',
    why: 'one folder talks to Neo4j and maps its errors (CONVENTIONS 6)',
    appliesTo: (f) => !inFolder(f, 'src/store/neo4j'),
    allows: (to) => !(to.kind === 'package' && to.name === 'neo4j-driver'),
  },
];

/**
 * Known offences, each to be removed by the change named in it. The test fails when one of them
 * no longer happens, so the list cannot outlive its reason: delete the entry then.
 */
const KNOWN_OFFENCES: readonly ImportException[] = [
];

/**
 * Known cycles (as `importCycles` prints them), each to be broken by the change named in it.
 * tableRowBody.ts returns taskBody.ts's `TaskBody` type while taskBody.ts calls tableRowBody():
 * both are being edited by engineers `tables2` and `warnings`; moving `TaskBody` to a file both
 * import (beside `PrintedName`) breaks it — the lead deletes this entry then.
 */
const KNOWN_CYCLES: readonly string[] = [
  'src/ingest/extract/tableRowBody.ts → src/ingest/extract/taskBody.ts → src/ingest/extract/tableRowBody.ts',
];

/**
 * Tools that talk to an engine's driver directly on purpose, outside the rules above:
 * the benchmark's naive baselines measure a plain driver call against the store, and tests
 * reproduce engine quirks on the engine itself (test/ is not scanned).
 */
const TOOL_EXCEPTIONS: readonly ImportException[] = [
  { rule: 'kuzu-driver-only-in-store-kuzu', from: 'bench/lib/naiveBaseline.ts', to: 'kuzu', why: 'naive baseline on the driver itself' },
  { rule: 'neo4j-driver-only-in-store-neo4j', from: 'bench/lib/naiveNeo4j.ts', to: 'neo4j-driver', why: 'naive baseline on the driver itself' },
  { rule: 'neo4j-driver-only-in-store-neo4j', from: 'bench/lib/peerPhase.ts', to: 'neo4j-driver', why: '@neo4j/graphql is handed its own driver: the peer measured beside the store' },
];

describe('architecture: the import graph of src/, scripts/ and bench/', () => {
  const files = readSourceTree(ROOT, ['src', 'scripts', 'bench']);
  const edges = importEdges(files);
  const srcEdges = edges.filter((e) => inFolder(e.from, 'src'));

  it('reads the real tree (generated resolvers included: npm test runs codegen first)', () => {
    expect(files.has('src/__generated__/resolvers.ts'), 'run `npm run codegen` first').toBe(true);
    expect(files.has('src/model/nodeKinds.ts')).toBe(true);
    // Every relative import names a file that exists: a path the reader got wrong would hide arrows.
    const missing = edges.filter((e) => e.to.kind === 'file' && !files.has(e.to.path)).map((e) => `${e.from}: ${e.specifier}`);
    expect(missing).toEqual([]);
    expect(edges.length).toBeGreaterThan(500);
  });

  it('breaks no rule (beyond the named known offences and tools)', () => {
    expect(ruleOffences(edges, RULES, [...KNOWN_OFFENCES, ...TOOL_EXCEPTIONS])).toEqual([]);
  });

  it('keeps no exception whose arrow is gone (delete it from the list)', () => {
    expect(staleExceptions(edges, RULES, [...KNOWN_OFFENCES, ...TOOL_EXCEPTIONS])).toEqual([]);
  });

  it('has no import cycle in src/ beyond the named known ones, and each known one still exists', () => {
    const cycles = importCycles(srcEdges);
    expect(cycles.filter((c) => !KNOWN_CYCLES.includes(c))).toEqual([]);
    expect(KNOWN_CYCLES.filter((c) => !cycles.includes(c))).toEqual([]);
  });

  it('ranks every folder of src/ingest in INGEST_LAYERS', () => {
    const folders = new Set([...files.keys()].map((f) => /^src\/ingest\/([^/]+)\//.exec(f)?.[1]).filter((f): f is string => f !== undefined));
    expect([...folders].filter((f) => !INGEST_LAYERS.some((l) => l.includes(f)))).toEqual([]);
  });
});

describe('architecture checker: reports a wrong-way arrow (synthetic trees)', () => {
  const tree = (entries: Record<string, string>): ImportEdge[] => importEdges(new Map(Object.entries(entries)));

  it('reports ingest importing the store, also through a type-only import, a re-export or a dynamic import', () => {
    const edges = tree({
      'src/model/records.ts': 'export interface R { id: string }',
      'src/store/GraphStore.ts': "import type { R } from '../model/records.js';\nexport interface GraphStore { r: R }",
      'src/store/api.ts': 'export const x = 1;',
      'src/ingest/a.ts': "import type { GraphStore } from '../store/GraphStore.js';\nimport type { R } from '../model/records.js';",
      'src/ingest/b.ts': "export { x } from '../store/api.js';",
      'src/ingest/c.ts': "const m = await import('../store/api.js');\n// import '../load/not-an-import.js'\nconst s = \"import '../api/nor-this.js'\";",
    });
    expect(ruleOffences(edges, RULES)).toEqual([
      expect.stringMatching(/^ingest-imports-only-model: src\/ingest\/a\.ts → src\/store\/GraphStore\.ts/),
      expect.stringMatching(/^ingest-imports-only-model: src\/ingest\/b\.ts → src\/store\/api\.ts/),
      expect.stringMatching(/^ingest-imports-only-model: src\/ingest\/c\.ts → src\/store\/api\.ts/),
    ]);
  });

  it('reports a 2-cycle made of type-only imports, and a longer one, as closed paths', () => {
    const edges = tree({
      'src/api/context.ts': "import type { Receipt } from './receipts.js';\nexport interface C { r: Receipt }",
      'src/api/receipts.ts': "import type { C } from './context.js';\nexport type Receipt = Set<string>;",
      'src/x/a.ts': "import { b } from './b.js';",
      'src/x/b.ts': "import { c } from './c.js';",
      'src/x/c.ts': "import { a } from './a.js';",
      'src/x/d.ts': "import { a } from './a.js';",
    });
    expect(importCycles(edges)).toEqual([
      'src/api/context.ts → src/api/receipts.ts → src/api/context.ts',
      'src/x/a.ts → src/x/b.ts → src/x/c.ts → src/x/a.ts',
    ]);
  });

  it('reports a shared store file importing an engine folder, a driver outside its folder, and a stage importing upward', () => {
    const edges = tree({
      'src/store/bulk.ts': "import type { P } from './kuzu/prepared.js';",
      'src/store/openStore.ts': "const { K } = await import('./kuzu/prepared.js');",
      'src/store/kuzu/prepared.ts': "import kuzu from 'kuzu';\nexport type P = 1;",
      'src/store/cypher/rows.ts': "import neo4j from 'neo4j-driver';",
      'src/api/x.ts': "import { Database } from '@ladybugdb/core';",
      'src/ingest/structure/parse.ts': "import { RULES } from '../extract/rules.js';",
      'src/ingest/extract/rules.ts': "import { fold } from '../text/fold.js';",
      'src/ingest/text/fold.ts': 'export const fold = 1;',
      'src/ingest/newstage/x.ts': "import { fold } from '../text/fold.js';",
    });
    expect(ruleOffences(edges, RULES)).toEqual([
      expect.stringMatching(/^ingest-layers: src\/ingest\/newstage\/x\.ts → /),
      expect.stringMatching(/^ingest-layers: src\/ingest\/structure\/parse\.ts → src\/ingest\/extract\/rules\.ts/),
      expect.stringMatching(/^kuzu-driver-only-in-store-kuzu: src\/api\/x\.ts → @ladybugdb\/core/),
      expect.stringMatching(/^neo4j-driver-only-in-store-neo4j: src\/store\/cypher\/rows\.ts → neo4j-driver/),
      expect.stringMatching(/^shared-store-imports-no-engine: src\/store\/bulk\.ts → src\/store\/kuzu\/prepared\.ts/),
    ]);
  });

  it('leaves out a named exception, and calls it stale once its arrow is gone', () => {
    const rule = 'shared-store-imports-no-engine';
    const exception = { rule, from: 'src/store/bulk.ts', to: 'src/store/kuzu/prepared.ts', why: 'test' };
    const offending = tree({ 'src/store/bulk.ts': "import type { P } from './kuzu/prepared.js';", 'src/store/kuzu/prepared.ts': 'export type P = 1;' });
    expect(ruleOffences(offending, RULES, [exception])).toEqual([]);
    expect(staleExceptions(offending, RULES, [exception])).toEqual([]);
    const fixed = tree({ 'src/store/bulk.ts': 'export type P = 1;', 'src/store/kuzu/prepared.ts': 'export type P = 1;' });
    expect(staleExceptions(fixed, RULES, [exception])).toEqual([exception]);
  });
});
