/**
 * `npm run gen -- --tasks N --seed S --out DIR [--regions R] [--years A-B] [--force]`
 *
 * Writes a synthetic corpus: DIR/docs/*.txt, DIR/docs/manifest.json (the shape of
 * seeds/manifest.json), DIR/truth/<doc>.json (gold files, the shape of seeds/gold/*.json)
 * and DIR/truth/recurring_projects_<region>.json. Documents stream to disk one at a time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DutyGraphError, ErrorCode } from '../src/errors.js';
import { MAX_REGIONS, ProjectLedger, formatTruth, generateCorpus, planCorpus } from '../src/gen/index.js';
import { parseCliArgs } from './lib/parseArgs.js';
import { runCli } from './lib/runCli.js';

const USAGE = 'npm run gen -- --tasks N --seed S --out DIR [--regions R] [--years A-B] [--force]';

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
  const write = (file: string, text: string): void => {
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  };
  const manifest = fs.openSync(path.join(docsDir, 'manifest.json'), 'w');
  const put = (s: string): void => {
    fs.writeSync(manifest, s);
    bytes += Buffer.byteLength(s);
  };
  put(`{\n "about": ${JSON.stringify(`Synthetic corpus: npm run gen -- --tasks ${tasks} --seed ${seed} (regions ${plan.regions}, years ${plan.years.join('-')}). Metadata is given, not inferred; 'layout' names how tasks are printed.`)},\n "documents": [\n`);
  for (const doc of generateCorpus(plan, ledger)) {
    write(path.join(docsDir, doc.file), doc.text);
    write(path.join(truthDir, doc.file.replace(/\.txt$/, '.json')), formatTruth(doc.truth));
    put(`${docs ? ',\n' : ''}  ${JSON.stringify({ file: doc.file, ...doc.meta, basis: 'synthetic' })}`);
    docs++;
    taskCount += doc.truth.tasks.length;
    for (const t of doc.truth.tasks) duties += t.units.length;
  }
  put('\n ]\n}\n');
  fs.closeSync(manifest);
  for (const r of ledger.recurring()) write(path.join(truthDir, r.file), `${JSON.stringify(r.truth, null, 1)}\n`);

  const seconds = (performance.now() - started) / 1000;
  console.log(`gen: ${docs} documents, ${taskCount} tasks, ${duties} responsibilities, ${(bytes / 1e6).toFixed(1)} MB, ${seconds.toFixed(1)} s → ${out}`);
  return 0;
}

runCli(main);
