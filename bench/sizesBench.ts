/**
 * `npm run bench -- --sizes [1,2,4,8,16,50]` — one task list of each size (MB of UTF-8), ingested
 * into a fresh Kùzu DATA_DIR as `npm run ingest` loads it (bench/ingestWorker.ts, its own process),
 * with the wall seconds and the loader's peak RSS per size (issue 17: < 20 s and < 1 GB at 16 MB,
 * < 60 s at 50 MB). The document is the seeds joined and repeated to the size, declared a task list
 * of 上海市嘉定区 2021: real numbering, clauses and units, so every stage does its real work.
 * Each size is then reloaded as an edited document is: one line changed, `ingest --force` into
 * the same DATA_DIR (the old version's facts removed, the new one loaded): its seconds and RSS too.
 */
import { openBenchStore } from './lib/benchStore.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureIngest } from './lib/ingest.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** One size's figures. */
export interface SizeFigures {
  mb: number;
  tasks: number;
  seconds: number;
  rssMB: number;
  /** The reload of the same document with one line changed (`ingest --force`, same DATA_DIR). */
  reloadSeconds: number;
  reloadRssMB: number;
}

/** Writes DIR/docs/tasklist.txt (about `mb` MB) and its manifest; returns the docs folder. */
export function writeTaskList(dir: string, mb: number): string {
  const seedsDir = path.join(ROOT, 'seeds');
  const one = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(seedsDir, f), 'utf8')).join('\n');
  const copies = Math.max(1, Math.round((mb * 1e6) / Buffer.byteLength(one)));
  const docs = path.join(dir, 'docs');
  fs.mkdirSync(docs, { recursive: true });
  const out = fs.openSync(path.join(docs, 'tasklist.txt'), 'w');
  for (let i = 0; i < copies; i++) fs.writeSync(out, i === 0 ? one : `\n${one}`);
  fs.closeSync(out);
  const manifest = { documents: [{ file: 'tasklist.txt', title: '任务清单', region: '上海市嘉定区', year: 2021, genre: 'task_list' }] };
  fs.writeFileSync(path.join(docs, 'manifest.json'), JSON.stringify(manifest));
  return docs;
}

/** Ingests one task list per size, in order, each into a fresh temp DATA_DIR (removed after). */
export async function runSizes(sizes: readonly number[], log: (line: string) => void): Promise<SizeFigures[]> {
  const out: SizeFigures[] = [];
  for (const mb of sizes) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dutygraph-sizes-'));
    try {
      const docs = writeTaskList(dir, mb);
      log(`sizes: ${mb} MB`);
      const store = await openBenchStore('kuzu', path.join(dir, 'data'), null, log);
      const r = await measureIngest(docs, store, 600_000, log);
      changeOneLine(path.join(docs, 'tasklist.txt'));
      log(`sizes: ${mb} MB, one line changed, --force reload`);
      const again = await measureIngest(docs, store, 900_000, log, true);
      if (again.counts.tasks !== r.counts.tasks) throw new Error(`sizes ${mb} MB: the reload holds ${again.counts.tasks} tasks, the first load ${r.counts.tasks}`);
      out.push({ mb, tasks: r.counts.tasks ?? 0, seconds: r.seconds, rssMB: r.maxRssKB / 1024, reloadSeconds: again.seconds, reloadRssMB: again.maxRssKB / 1024 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

/** Edits the document's first line (an operator's small correction): the file's content hash changes, its task count does not. */
export function changeOneLine(file: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const eol = text.indexOf('\n');
  fs.writeFileSync(file, `${text.slice(0, eol)}（修订）${text.slice(eol)}`);
}

/** The markdown table bench/README.md shows. */
export function formatSizes(rows: readonly SizeFigures[]): string {
  const lines = [
    '| MB | tasks | seconds | max RSS MB | --force reload seconds | reload max RSS MB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(`| ${r.mb} | ${r.tasks} | ${r.seconds.toFixed(1)} | ${r.rssMB.toFixed(0)} | ${r.reloadSeconds.toFixed(1)} | ${r.reloadRssMB.toFixed(0)} |`);
  }
  return lines.join('\n');
}

/** Parses `--sizes` / `--sizes 1,4,16` into sizes in MB, or null when the flag is absent. */
export function sizesFlag(argv: readonly string[]): number[] | null {
  const i = argv.indexOf('--sizes');
  if (i < 0) return null;
  const raw = argv[i + 1];
  if (raw === undefined || raw.startsWith('--')) return [1, 2, 4, 8, 16, 50];
  const sizes = raw.split(',').map(Number);
  if (sizes.some((n) => !Number.isFinite(n) || n <= 0 || n > 500)) throw new Error(`--sizes takes MB values in (0, 500] separated by commas, got "${raw}"`);
  return sizes;
}
