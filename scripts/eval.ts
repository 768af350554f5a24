/**
 * `npm run eval -- --gold <gold.json> [--doc <file>] [--docs DIR] [--year N] [--json]` scores one document;
 * `npm run eval -- --recurring <gold.json> [--docs DIR] [--json]` scores recurring projects across the
 * documents the gold file lists.
 * `npm run eval -- --corpus DIR [--no-recurring] [--json]` scores a whole corpus: every gold file in
 * DIR/truth (a `npm run gen` folder) or DIR/gold (seeds/), summed and by layout, and its recurring
 * projects region by region through one temporary graph; a corpus written with `npm run gen -- --formats`
 * is also scored format by format against the same truth, beside its `.txt` rendering (the recurring
 * projects from the `.txt` files only). Matching rules: seeds/gold/README.md. Scoring is pure
 * (src/ingest/eval/); this file only reads files and prints.
 *
 * Documents are looked up in `--docs DIR`, else beside the gold folder (`<gold>/../` or
 * `<gold>/../docs/`, the layout `npm run gen` writes), else in seeds/. Metadata comes from
 * the `manifest.json` in the folder the document was found in (seeds/manifest.json by default).
 */
import { readFileSync, existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument } from '../src/ingest/extractDocument.js';
import { readManifest } from '../src/ingest/readManifest.js';
import { readDocumentFile } from '../src/load/readDocumentFile.js';
import { scoreGold } from '../src/ingest/eval/scoreGold.js';
import { scoreRecurring } from '../src/ingest/eval/scoreRecurring.js';
import { recurringThroughGraph } from './lib/recurringThroughGraph.js';
import { corpusFolders, scoreCorpusExtraction, scoreCorpusFormats, scoreCorpusRecurring } from './lib/corpusEval.js';
import type { FormatScore } from './lib/corpusEval.js';
import { collectFiles } from '../src/load/collectFiles.js';
import { textGrid } from './lib/textGrid.js';
import { parseCliArgs } from './lib/parseArgs.js';
import { DutyGraphError } from '../src/errors.js';
import type { GoldScore } from '../src/ingest/eval/scoreGold.js';
import type { GoldDocument, GoldRecurring } from '../src/ingest/eval/goldTypes.js';
import type { DocumentMeta, ExtractedDocument } from '../src/model/records.js';

const SEEDS = fileURLToPath(new URL('../seeds/', import.meta.url));
const USAGE = 'usage: eval --gold <gold.json> [--doc <file>] [--docs DIR] [--year N] [--json] | eval --recurring <gold.json> [--docs DIR] [--json] | eval --corpus DIR [--no-recurring] [--json]';

function fail(message: string): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(1);
}

function readJson<T>(file: string): T {
  if (!existsSync(file)) fail(`${file}: no such file`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    fail(`${file}: not valid JSON`);
  }
}

const manifests = new Map<string, Map<string, DocumentMeta>>();
// Private: metadata of the documents in a folder, from its manifest.json (empty without one).
function manifest(dir: string = SEEDS): Map<string, DocumentMeta> {
  const hit = manifests.get(dir);
  if (hit) return hit;
  const f = join(dir, 'manifest.json');
  const m = existsSync(f) ? readManifest(JSON.parse(readFileSync(f, 'utf8')), f) : new Map<string, DocumentMeta>();
  manifests.set(dir, m);
  return m;
}

async function extractFile(file: string, meta: DocumentMeta): Promise<ExtractedDocument> {
  const read = await readDocumentFile(file);
  if ('reason' in read) fail(`${file}: ${read.reason}`);
  return extractDocument({ file: read.file, text: read.text, sha256: read.sha256, meta, format: read.source.format, encoding: read.source.encoding, statedTitle: read.source.title ?? null });
}

// Private: a document named by a gold file: in --docs, beside the gold folder's parent (or
// its docs/), else in seeds/.
function locate(goldFile: string, name: string, docsDir?: string): string {
  if (docsDir !== undefined) return join(docsDir, name);
  for (const dir of [join(dirname(goldFile), '..'), join(dirname(goldFile), '..', 'docs')]) {
    if (existsSync(join(dir, name))) return join(dir, name);
  }
  return join(SEEDS, name);
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

async function main(argv: string[]): Promise<void> {
  const str = { type: 'string' } as const;
  const flag = { type: 'boolean' } as const;
  const { values: opt, positionals } = parseCliArgs(argv, {
    gold: str, doc: str, docs: str, year: str, recurring: str, corpus: str, json: flag, 'no-recurring': flag,
  }, USAGE);
  if (positionals.length > 0) fail(`unexpected argument ${positionals[0]} (${USAGE})`);
  const json = opt.json === true;
  const docsDir = typeof opt.docs === 'string' ? opt.docs : undefined;
  if (docsDir !== undefined && !existsSync(docsDir)) fail(`--docs ${docsDir}: no such folder`);
  if (typeof opt.corpus === 'string') return evalCorpus(opt.corpus, { json, recurring: opt['no-recurring'] !== true });
  if (typeof opt.recurring === 'string') {
    const goldFile = opt.recurring;
    const gold = readJson<GoldRecurring>(goldFile);
    const files = Object.entries(gold.documents ?? {}).map(([name, year]) => ({ file: locate(goldFile, name, docsDir), year }));
    for (const f of files) if (!existsSync(f.file)) fail(`${f.file}: no such file`);
    // Through a temporary graph, as `npm start` would load them: the same store, resolution and naming.
    const reported = await recurringThroughGraph(files.map((f) => ({ path: f.file, meta: { ...(manifest(dirname(f.file)).get(basename(f.file)) ?? {}), year: f.year } })));
    const score = scoreRecurring(gold, reported);
    if (json) process.stdout.write(JSON.stringify(score) + '\n');
    else {
      process.stdout.write(`core: ${score.core.yearsExact}/${score.core.total} with exact years (${score.core.found} found), recall ${pct(score.core.recall)}\n`);
      process.stdout.write(`reported ${score.reported}, matching a gold entry ${score.matchedAny}, precision ${pct(score.precision)}\n`);
      if (score.missing.length) process.stdout.write(`missing: ${score.missing.join('; ')}\n`);
      if (score.unmatched.length) process.stdout.write(`unmatched: ${score.unmatched.join('; ')}\n`);
    }
    return;
  }
  if (typeof opt.gold !== 'string') fail(USAGE);
  const goldFile = opt.gold;
  const gold = readJson<GoldDocument>(goldFile);
  const docFile = typeof opt.doc === 'string' ? opt.doc : locate(goldFile, gold.document, docsDir);
  const meta: DocumentMeta = { ...(manifest(dirname(docFile)).get(basename(docFile)) ?? manifest().get(basename(docFile)) ?? {}) };
  if (typeof opt.year === 'string') {
    const y = Number(opt.year);
    if (!Number.isInteger(y)) fail(`--year needs a number, got ${JSON.stringify(opt.year)}`);
    meta.year = y;
  }
  const score = scoreGold(gold, await extractFile(docFile, meta));
  if (json) process.stdout.write(JSON.stringify(score) + '\n');
  else {
    const t = score.tasks;
    const r = score.responsibilities;
    process.stdout.write(`tasks: ${t.matched}/${t.gold} matched, ${t.extracted} extracted — precision ${pct(t.precision)}, recall ${pct(t.recall)}\n`);
    process.stdout.write(`responsibilities: ${r.matched}/${r.gold} matched, ${r.extracted} extracted — P ${pct(r.precision)} R ${pct(r.recall)} F1 ${pct(r.f1)}\n`);
    process.stdout.write(`roles: ${score.roles.correct}/${score.roles.compared} correct (${pct(score.roles.accuracy)})\n`);
    if (score.starred) process.stdout.write(`starred: ${score.starred.matched}/${score.starred.gold}\n`);
  }
}

// Private: `--corpus DIR`: the extraction scores, then (unless --no-recurring) the recurring projects.
async function evalCorpus(dir: string, options: { json: boolean; recurring: boolean }): Promise<void> {
  const folders = corpusFolders(dir);
  const started = performance.now();
  const extraction = await scoreCorpusExtraction(folders);
  const others = await scoreCorpusFormats(folders);
  // The .txt rendering first: the reference every other format is compared with.
  const formats: FormatScore[] = others.length === 0 ? [] : [{ format: 'txt', documents: extraction.documents, refused: 0, refusal: null, score: extraction.total, groups: extraction.groups }, ...others];
  const extractSeconds = (performance.now() - started) / 1000;
  let recurring = null;
  if (options.recurring && folders.recurringFiles.length > 0) {
    // One rendering per document (the .txt): the graph must not hold a document once per format.
    const docs = collectFiles([folders.docsDir]).filter((p) => folders.formatOf(basename(p)) === 'txt').map((p) => ({ path: p, meta: folders.metaFor(basename(p)) }));
    recurring = scoreCorpusRecurring(folders, await recurringThroughGraph(docs));
  }
  const seconds = (performance.now() - started) / 1000;
  if (options.json) {
    process.stdout.write(JSON.stringify({ corpus: dir, ...extraction, formats, recurring, seconds: Math.round(seconds * 10) / 10 }) + '\n');
    return;
  }
  const out: string[] = [];
  out.push(`corpus ${dir}: ${extraction.documents} document(s) scored against ${folders.truthDir} (${extractSeconds.toFixed(1)} s)`);
  const row = (name: string, docs: number, s: GoldScore): string[] => [
    name, String(docs), String(s.tasks.gold), pct(s.tasks.precision), pct(s.tasks.recall), String(s.responsibilities.gold),
    pct(s.responsibilities.precision), pct(s.responsibilities.recall), pct(s.responsibilities.f1), pct(s.roles.accuracy),
  ];
  out.push(textGrid([
    ['group', 'docs', 'tasks', 'task P', 'task R', 'units', 'unit P', 'unit R', 'unit F1', 'roles'],
    ...extraction.groups.map((g) => row(g.group, g.documents, g.score)),
    row('all', extraction.documents, extraction.total),
  ]));
  if (formats.length > 0) {
    out.push('by format (the same truth; a refused file counts as read with nothing):');
    out.push(textGrid([
      ['format', 'docs', 'refused', 'tasks', 'task P', 'task R', 'unit F1', 'roles'],
      ...formats.map((f) => [f.format, String(f.documents), String(f.refused), String(f.score.tasks.gold), pct(f.score.tasks.precision), pct(f.score.tasks.recall),
        pct(f.score.responsibilities.f1), pct(f.score.roles.accuracy)]),
    ]));
    for (const f of formats) if (f.refusal) out.push(`refused ${f.format}: ${f.refused} file(s), e.g. ${f.refusal}`);
    out.push('by format and layout:');
    out.push(textGrid([
      ['format', 'group', 'docs', 'tasks', 'task P', 'task R', 'unit F1', 'roles'],
      ...formats.flatMap((f) => f.groups.map((g) => [f.format, g.group, String(g.documents), String(g.score.tasks.gold), pct(g.score.tasks.precision), pct(g.score.tasks.recall),
        pct(g.score.responsibilities.f1), pct(g.score.roles.accuracy)])),
    ]));
  }
  if (extraction.total.starred) out.push(`starred: ${extraction.total.starred.matched}/${extraction.total.starred.gold}`);
  if (extraction.worst.length > 0) out.push(`lowest: ${extraction.worst.map((w) => `${w.document} ${pct(w.score)}`).join(', ')}`);
  if (recurring) {
    const r = recurring.score;
    out.push(`recurring projects (${recurring.regions} region file(s), through a temporary graph): ${r.core.yearsExact}/${r.core.total} core projects with exact years ` +
      `(${r.core.found} found), recall ${pct(r.core.recall)}; reported ${r.reported}, matching a gold entry ${r.matchedAny}, precision ${pct(r.precision)}`);
    const list = (label: string, items: string[]) => {
      if (items.length === 0) return;
      out.push(`${label} (${items.length}${items.length > 20 ? ', first 20; --json lists all' : ''}):`);
      for (const m of items.slice(0, 20)) out.push(`  ${m}`);
    };
    list('missing', r.missing);
    list('unmatched', r.unmatched);
  }
  out.push(`${seconds.toFixed(1)} s`);
  process.stdout.write(out.join('\n') + '\n');
}

main(process.argv.slice(2)).catch((e: unknown) => fail(e instanceof DutyGraphError ? e.message : `internal error: ${e instanceof Error ? e.message : String(e)}`));
