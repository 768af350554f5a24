/**
 * Extraction throughput on one core: `tsx bench/extractBench.ts [--tasks N] [--seed S] [--dir DIR] [--rounds R] [--cold] [--json]`.
 *
 * Without `--dir` a corpus is generated in memory (`src/gen`, default 30,000 tasks, seed 7);
 * with `--dir` every `*.txt` under DIR (e.g. `npm run gen -- --out DIR` → `DIR/docs`) is read,
 * with metadata from its `manifest.json` when there is one. MB are UTF-8 megabytes (10^6 bytes)
 * of document text; time is `extractDocument` only (no I/O, no generation), after a warm-up
 * pass that builds the dictionaries (`--cold`: no warm-up, so the first pass pays for them and
 * for JIT compilation). The best of `--rounds` (default 3) is reported, as the least disturbed
 * by other load. Numbers belong here, not in unit tests.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractDocument } from '../src/ingest/extractDocument.js';
import { readManifest } from '../src/ingest/readManifest.js';
import type { DocumentMeta } from '../src/model/records.js';
import { ProjectLedger, generateCorpus } from '../src/gen/index.js';

/** One document to extract; `meta` as a manifest gives it (empty: inferred, as for unknown documents). */
export interface BenchText {
  file: string;
  text: string;
  meta?: DocumentMeta;
}

/** Throughput of one timed pass. */
export interface BenchResult {
  /** UTF-8 megabytes (10^6 bytes) of text extracted. */
  mb: number;
  seconds: number;
  mbPerSec: number;
}

/**
 * Extract every text once on this thread and report MB/s. The caller warms up (or not);
 * the timed span covers `extractDocument` calls only.
 */
export function measureExtraction(texts: BenchText[]): BenchResult {
  let bytes = 0;
  for (const t of texts) bytes += Buffer.byteLength(t.text, 'utf8');
  const t0 = process.hrtime.bigint();
  let sink = 0;
  for (const t of texts) sink += extractDocument({ file: t.file, text: t.text, sha256: '', meta: t.meta ?? {} }).tasks.length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (sink < 0) throw new Error('unreachable'); // keeps the results observable
  const mb = bytes / 1e6;
  return { mb, seconds, mbPerSec: seconds > 0 ? mb / seconds : Infinity };
}

// Private: the documents of a generated corpus held in memory.
function generated(tasks: number, seed: number): BenchText[] {
  const out: BenchText[] = [];
  for (const d of generateCorpus({ tasks, seed }, new ProjectLedger())) {
    out.push({ file: d.file, text: d.text, meta: { title: d.meta.title, year: d.meta.year, region: d.meta.region, genre: d.meta.genre, issuer: d.meta.issuer } });
  }
  return out;
}

// Private: every *.txt under a folder (recursively), with manifest metadata where present.
function fromDir(dir: string): BenchText[] {
  const out: BenchText[] = [];
  const walk = (d: string): void => {
    const man = existsSync(join(d, 'manifest.json')) ? readManifest(JSON.parse(readFileSync(join(d, 'manifest.json'), 'utf8'))) : new Map<string, DocumentMeta>();
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.txt')) out.push({ file: e.name, text: readFileSync(join(d, e.name), 'utf8'), meta: man.get(e.name) ?? {} });
    }
  };
  walk(dir);
  return out;
}

function main(): void {
  const { values } = parseArgs({
    options: { tasks: { type: 'string' }, seed: { type: 'string' }, dir: { type: 'string' }, rounds: { type: 'string' }, cold: { type: 'boolean' }, json: { type: 'boolean' } },
  });
  const tasks = Number(values.tasks ?? 30_000);
  const seed = Number(values.seed ?? 7);
  const rounds = Number(values.rounds ?? 3);
  if (![tasks, seed, rounds].every((n) => Number.isInteger(n) && n > 0)) throw new Error('--tasks, --seed and --rounds must be positive integers');
  const texts = values.dir !== undefined ? fromDir(resolve(values.dir)) : generated(tasks, seed);
  if (!texts.length) throw new Error(`no .txt documents under ${values.dir}`);
  // Warm-up (dictionaries, JIT) on a tenth of the corpus; --cold times the first pass instead.
  if (!values.cold) measureExtraction(texts.slice(0, Math.max(1, Math.ceil(texts.length / 10))));
  let best: BenchResult | null = null;
  for (let r = 0; r < rounds; r++) {
    const res = measureExtraction(texts);
    if (!best || res.mbPerSec > best.mbPerSec) best = res;
  }
  const source = values.dir !== undefined ? values.dir : `generated --tasks ${tasks} --seed ${seed}`;
  if (values.json) process.stdout.write(`${JSON.stringify({ source, documents: texts.length, ...best })}\n`);
  else process.stdout.write(`extract: ${texts.length} documents, ${best!.mb.toFixed(2)} MB in ${best!.seconds.toFixed(2)} s = ${best!.mbPerSec.toFixed(2)} MB/s (one core, ${values.cold ? 'cold, ' : ''}best of ${rounds}; ${source})\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (e) {
    process.stderr.write(`extractBench: ${(e as Error).message}\n`);
    process.exitCode = 1;
  }
}
