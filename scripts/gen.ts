/**
 * `npm run gen -- --tasks N --seed S --out DIR [--regions R] [--years A-B] [--formats txt,html,docx,xlsx,pdf] [--force]`
 *
 * Writes a synthetic corpus: DIR/docs/*.txt, DIR/docs/manifest.json (the shape of
 * seeds/manifest.json), DIR/truth/<doc>.json (gold files, the shape of seeds/gold/*.json)
 * and DIR/truth/recurring_projects_<region>.json. Documents stream to disk one at a time.
 * `--formats` renders each document in each format given (`name.html`, `name.gb18030.txt`, …;
 * the manifest records each file's `format` and the `.txt` it renders); truth is the same for
 * every format, its offsets pointing into the `.txt` rendering.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DutyGraphError, ErrorCode, messageOf } from '../src/errors.js';
import { MAX_REGIONS, OUTPUT_FORMATS, ProjectLedger, formatFile, formatTruth, generateCorpus, parseFormats, planCorpus, renderDocument } from '../src/gen/index.js';
import type { OutputFormat } from '../src/gen/index.js';
import { parseCliArgs } from './lib/parseArgs.js';
import { runCli } from './lib/runCli.js';

const USAGE = `npm run gen -- --tasks N --seed S --out DIR [--regions R] [--years A-B] [--formats ${OUTPUT_FORMATS.join(',')}] [--force]`;

// Private: a bad flag is one line: what was wrong, then the usage.
function bad(message: string): DutyGraphError {
  return new DutyGraphError(ErrorCode.BadInput, `${message.replace(/\s*\n\s*/g, ' ')} (usage: ${USAGE})`);
}

// Private: a positive integer flag, or a one-line error saying what was expected.
function intFlag(name: string, raw: string | boolean | undefined, min: number, max: number): number | undefined {
  if (raw === undefined || typeof raw === 'boolean') return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw bad(`--${name} must be an integer in ${min}–${max}, got "${raw}"`);
  }
  return n;
}

// Private: `2015-2025` (or one year) → [2015, 2025].
function yearsFlag(raw: string | undefined): [number, number] | undefined {
  if (raw === undefined) return undefined;
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(raw);
  const a = m ? Number(m[1]) : NaN;
  const b = m ? Number(m[2] ?? m[1]) : NaN;
  if (!m || a > b || a < 1949 || b > 2100) throw bad(`--years must be a range such as 2015-2025, got "${raw}"`);
  return [a, b];
}

// Private: `txt,html,pdf` → the formats (default txt), or a one-line error naming the unknown one.
function formatsFlag(raw: string | undefined): OutputFormat[] {
  if (raw === undefined) return ['txt'];
  try {
    return parseFormats(raw);
  } catch (error) {
    throw bad(messageOf(error));
  }
}

// Private: refuse to mix a new corpus into an old one unless --force clears docs/ and truth/.
function prepare(dir: string, force: boolean): void {
  for (const sub of ['docs', 'truth']) {
    const p = path.join(dir, sub);
    if (fs.existsSync(p) && fs.readdirSync(p).length) {
      if (!force) throw bad(`${p} is not empty; pass a new --out directory, or --force to replace it`);
      fs.rmSync(p, { recursive: true });
    }
    fs.mkdirSync(p, { recursive: true });
  }
}

const OPTIONS = {
  tasks: { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
  regions: { type: 'string' },
  years: { type: 'string' },
  formats: { type: 'string' },
  force: { type: 'boolean' },
} as const;

async function main(): Promise<number> {
  const { values, positionals } = parseCliArgs(process.argv.slice(2), OPTIONS, USAGE);
  if (positionals.length) throw bad(`unexpected argument "${positionals[0]}"`);
  const tasks = intFlag('tasks', values.tasks, 1, 100_000_000);
  if (tasks === undefined) throw bad('--tasks is required');
  if (values.out === undefined || values.out === '') throw bad('--out is required');
  const seed = intFlag('seed', values.seed, 0, 0xffffffff) ?? 1;
  const regions = intFlag('regions', values.regions, 1, MAX_REGIONS);
  const years = yearsFlag(values.years);
  const formats = formatsFlag(values.formats);

  const started = performance.now();
  const out = path.resolve(values.out);
  prepare(out, values.force === true);
  const docsDir = path.join(out, 'docs');
  const truthDir = path.join(out, 'truth');
  const plan = planCorpus({ tasks, seed, ...(regions ? { regions } : {}), ...(years ? { years } : {}) });
  const ledger = new ProjectLedger();

  let bytes = 0;
  let docs = 0;
  let taskCount = 0;
  let duties = 0;
  const write = (file: string, text: string | Buffer): void => {
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  };
  const perFormat = new Map<OutputFormat, number>();
  const manifest = fs.openSync(path.join(docsDir, 'manifest.json'), 'w');
  const put = (s: string): void => {
    fs.writeSync(manifest, s);
    bytes += Buffer.byteLength(s);
  };
  const many = formats.length > 1 || formats[0] !== 'txt';
  const about = `Synthetic corpus: npm run gen -- --tasks ${tasks} --seed ${seed}${many ? ` --formats ${formats.join(',')}` : ''} (regions ${plan.regions}, years ${plan.years.join('-')}). ` +
    `Metadata is given, not inferred; 'layout' names how tasks are printed${many ? "; 'format' how the file is written, 'rendering_of' the .txt whose truth it shares (each document is here once per format: ingest one format at a time)" : ''}.`;
  put(`{\n "about": ${JSON.stringify(about)},\n "documents": [\n`);
  let entries = 0;
  for (const doc of generateCorpus(plan, ledger)) {
    write(path.join(truthDir, doc.file.replace(/\.txt$/, '.json')), formatTruth(doc.truth));
    for (const format of formats) {
      const file = formatFile(doc.file, format);
      const rendered = await renderDocument(doc, format);
      write(path.join(docsDir, file), rendered.bytes);
      perFormat.set(format, (perFormat.get(format) ?? 0) + rendered.bytes.length);
      const entry = many ? { file, format, rendering_of: doc.file, ...doc.meta, basis: 'synthetic' } : { file, ...doc.meta, basis: 'synthetic' };
      put(`${entries++ ? ',\n' : ''}  ${JSON.stringify(entry)}`);
    }
    docs++;
    taskCount += doc.truth.tasks.length;
    for (const t of doc.truth.tasks) duties += t.units.length;
  }
  put('\n ]\n}\n');
  fs.closeSync(manifest);
  for (const r of ledger.recurring()) write(path.join(truthDir, r.file), `${JSON.stringify(r.truth, null, 1)}\n`);

  const seconds = (performance.now() - started) / 1000;
  const byFormat = many ? ` (${[...perFormat].map(([f, b]) => `${f} ${(b / 1e6).toFixed(1)} MB`).join(', ')})` : '';
  console.log(`gen: ${docs} documents, ${taskCount} tasks, ${duties} responsibilities, ${(bytes / 1e6).toFixed(1)} MB${byFormat}, ${seconds.toFixed(1)} s → ${out}`);
  return 0;
}

runCli(main);
