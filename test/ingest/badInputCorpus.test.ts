import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusMeta } from '../../scripts/lib/corpusMeta.js';
import { DutyGraphError } from '../../src/errors.js';
import { Rng } from '../../src/gen/rng.js';
import { scanInputs } from '../../src/load/collectFiles.js';
import { loadCorpus } from '../../src/load/loadCorpus.js';
import { readDocumentFile } from '../../src/load/readDocumentFile.js';
import { openStore } from '../../src/store/openStore.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { tempDataDir } from '../helpers/backends.js';
import { graphDump } from '../helpers/graphDump.js';
import { runScript } from '../helpers/runScript.js';
import { docxFile, pdfFile, xlsxFile } from '../read/fixtures.js';

/*
 * A generated corpus of bad input (seeded, so every run makes the same files), put through
 * the ingest path: every file is read by the loader in-process (per-file time limit), refused
 * files go through loadCorpus in batches beside a good file on a real Kùzu store (nothing may
 * be written: the graph dump is compared after each batch), and a sample goes through the real
 * `ingest` CLI process. Bad manifests go through corpusMeta. Expected: 0 crashes (no throw
 * from the loader), 0 hangs, exactly one line per refusal naming the file, graph unchanged.
 * BAD_INPUT_FILES sets the count (default 1,000; `npm run soak` runs 10,000).
 */

const COUNT = Math.max(200, Number(process.env.BAD_INPUT_FILES ?? 1000));
const PER_FILE_MS = 10_000;
const SEED = 17_0809;
const GOOD = 'seeds/000_27008efcf6a828d5.txt';

const TASKS = ['一、加强城市基础设施建设，完成道路改造20公里。（责任单位：区建设管理委）', '二、推进养老服务体系建设，新增床位300张。（责任单位：区民政局）', '三、实施河道综合整治。（责任单位：区水务局）'];
const PUNCT = '。，、；：？！…—·“”‘’（）《》【】〔〕.,;:?!-_=+*/\\|#@$%^&~`\'"<>[]{}';
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u180e'];
const SPACE = [' ', '\t', '\n', '\r\n', '\r', '\u3000', '\u00a0'];

/** One generated bad file: bytes and a name, or a file system special made in `dir`. */
type Made = { name: string; bytes: Uint8Array } | { name: string; special: 'fifo' | 'loop' | 'dangling' | 'badname' | 'socket' };
/** A category: how to make one of its files, and whether the reader may legitimately read it (a damaged file that still holds text). */
interface Category {
  id: string;
  make: (rng: Rng) => Made | Promise<Made>;
  mayRead?: boolean;
}

function textOf(rng: Rng): string {
  return Array.from({ length: 1 + rng.int(12) }, () => rng.pick(TASKS)).join('\n');
}
function utf32(text: string, le: boolean, bom: boolean): Uint8Array {
  const cps = [...(bom ? '\ufeff' : ''), ...text].map((c) => c.codePointAt(0)!);
  const out = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => (le ? out.writeUInt32LE(cp, i * 4) : out.writeUInt32BE(cp, i * 4)));
  return out;
}
function utf16(text: string, le: boolean, bom: boolean): Uint8Array {
  const b = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  if (!le) b.swap16();
  return b;
}
function randomBytes(rng: Rng, n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = rng.int(256);
  return b;
}
function withNul(text: string, rng: Rng): string {
  const at = rng.int(text.length);
  return `${text.slice(0, at)}\u0000${text.slice(at)}`;
}
function repeat(rng: Rng, parts: readonly string[], n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += rng.pick(parts);
  return s;
}
const punctLines = (rng: Rng) => Array.from({ length: 1 + rng.int(300) }, () => repeat(rng, [...PUNCT], 1 + rng.int(30))).join(rng.pick(['\n', '\r\n', '\r']));
const ascii = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => Buffer.concat(parts.map((p) => Buffer.from(p)));
const TEXT_EXT = ['.txt', '.md'];

function categories(docx: Buffer, xlsx: Buffer, pdf: Buffer): Category[] {
  const office = (rng: Rng) => (rng.chance(0.5) ? { ext: '.docx', bytes: docx } : { ext: '.xlsx', bytes: xlsx });
  return [
    // Encodings the reader refuses, and U+0000 in every encoding it reads.
    { id: 'utf32', make: (rng) => ({ name: `utf32${rng.pick(TEXT_EXT)}`, bytes: utf32(textOf(rng), rng.chance(0.5), rng.chance(0.5)) }) },
    { id: 'nul-utf8', make: (rng) => ({ name: `nul${rng.pick(TEXT_EXT)}`, bytes: Buffer.from(withNul(textOf(rng), rng), 'utf8') }) },
    { id: 'nul-utf16', make: (rng) => ({ name: 'nul16.txt', bytes: utf16(withNul(textOf(rng), rng), rng.chance(0.5), rng.chance(0.5)) }) },
    { id: 'nul-html', make: (rng) => ({ name: 'nul.html', bytes: Buffer.from(`<html><body><p>${withNul(textOf(rng), rng)}</p></body></html>`) }) },
    { id: 'nul-csv', make: (rng) => ({ name: 'nul.csv', bytes: Buffer.from(`任务,单位\n${withNul(TASKS[0]!, rng)},区民政局\n`) }) },
    // Binary junk under text names, and control characters in quantity.
    { id: 'binary', make: (rng) => ({ name: `junk${rng.pick([...TEXT_EXT, '.html', '.csv'])}`, bytes: randomBytes(rng, 64 + rng.int(20_000)) }) },
    { id: 'controls', make: (rng) => ({ name: 'ctl.txt', bytes: ascii(repeat(rng, ['\u0001', '\u0002', '\u0003', '\u0007', '\u0010', '\u001b', 'a', ' '], 200 + rng.int(5000))) }) },
    { id: 'invalid-utf8', make: (rng) => ({ name: 'bad8.txt', bytes: concat(Buffer.from(textOf(rng)), new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]), randomBytes(rng, 32)) }) },
    // Nothing to read: empty, whitespace, invisible characters, punctuation, as text and as markup.
    { id: 'empty', make: (rng) => ({ name: `empty${rng.pick([...TEXT_EXT, '.html', '.csv'])}`, bytes: new Uint8Array(0) }) },
    { id: 'whitespace', make: (rng) => ({ name: `ws${rng.pick(TEXT_EXT)}`, bytes: Buffer.from(repeat(rng, SPACE, 1 + rng.int(2000))) }) },
    { id: 'zero-width', make: (rng) => ({ name: `zw${rng.pick(TEXT_EXT)}`, bytes: Buffer.from(repeat(rng, [...INVISIBLE, ...SPACE], 1 + rng.int(2000))) }) },
    { id: 'zero-width-utf16', make: (rng) => ({ name: 'zw16.txt', bytes: utf16(repeat(rng, INVISIBLE, 2 + rng.int(500)), rng.chance(0.5), true) }) },
    { id: 'punctuation', make: (rng) => ({ name: `punct${rng.pick(TEXT_EXT)}`, bytes: Buffer.from(punctLines(rng)) }) },
    { id: 'punct-html', make: (rng) => ({ name: 'punct.html', bytes: Buffer.from(`<html><head><title>……</title><script>var a="重点任务";</script><style>p{}</style></head><body>${Array.from({ length: 1 + rng.int(40) }, () => `<div><p>${repeat(rng, [...PUNCT.replace(/[<>&]/g, '')], 1 + rng.int(20))}</p></div>`).join('')}</body></html>`) }) },
    { id: 'html-garbage', make: (rng) => ({ name: `garbage${rng.pick(['.html', '.htm'])}`, bytes: Buffer.from(repeat(rng, ['<div', '</', '>', '<<', '<!--', '-->', '<script>', '</script>', '&#x0;', '&amp', '"', '=', ' ', '\u200b'], 10 + rng.int(3000))) }) },
    { id: 'huge-line', make: (rng) => ({ name: 'huge.txt', bytes: rng.chance(0.5) ? Buffer.from(repeat(rng, [...PUNCT, ...INVISIBLE], 200_000 + rng.int(800_000))) : concat(Buffer.from(textOf(rng)), randomBytes(rng, 300_000 + rng.int(700_000))) }) },
    // Other formats under the wrong name, and formats the reader names and refuses.
    { id: 'image', make: (rng) => ({ name: `img${rng.pick([...TEXT_EXT, '.html', '.docx', '.pdf'])}`, bytes: concat(new Uint8Array(rng.pick([[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0xff, 0xd8, 0xff, 0xe0], [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]])), randomBytes(rng, 16 + rng.int(4000))) }) },
    { id: 'ole2', make: (rng) => ({ name: `legacy${rng.pick(['.docx', '.xlsx', '.txt'])}`, bytes: concat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(rng, 500 + rng.int(4000))) }) },
    { id: 'zip-as-text', make: (rng) => ({ name: `archive${rng.pick(TEXT_EXT)}`, bytes: rng.chance(0.5) ? docx : zipSync({ 'a.txt': ascii(textOf(rng)) }) }) },
    { id: 'pdf-as-text', make: (rng) => ({ name: `pdf${rng.pick(TEXT_EXT)}`, bytes: rng.chance(0.5) ? pdf : concat(ascii('%PDF-1.7\n'), randomBytes(rng, 100)) }) },
    { id: 'unsupported', make: (rng) => ({ name: `file${rng.pick(['.doc', '.wps', '.xls', '.et', '.rtf', '.odt', '.ofd', '.pptx', '.png', '.zip', '.rar', '', '.exe', '.json'])}`, bytes: ascii(textOf(rng)) }) },
    // Office and PDF files that are not what they say, cut short, or hollow.
    { id: 'not-office', make: (rng) => ({ name: `fake${rng.pick(['.docx', '.xlsx'])}`, bytes: rng.chance(0.5) ? Buffer.from(textOf(rng)) : randomBytes(rng, 10 + rng.int(3000)) }) },
    { id: 'not-pdf', make: (rng) => ({ name: 'fake.pdf', bytes: rng.chance(0.5) ? Buffer.from(textOf(rng)) : randomBytes(rng, 10 + rng.int(3000)) }) },
    { id: 'truncated-office', make: (rng) => { const o = office(rng); return { name: `cut${o.ext}`, bytes: o.bytes.subarray(0, 4 + rng.int(o.bytes.length - 30)) }; } },
    { id: 'hollow-office', make: (rng) => { const o = office(rng); return { name: `hollow${o.ext}`, bytes: zipSync(rng.chance(0.5) ? { 'readme.txt': ascii('x') } : { '[Content_Types].xml': ascii('<Types/>'), [o.ext === '.docx' ? 'word/document.xml' : 'xl/workbook.xml']: ascii(repeat(rng, ['<', '>', 'w:p', '/', ' '], 50 + rng.int(500))) }) }; } },
    { id: 'pdf-junk', make: (rng) => ({ name: 'junk.pdf', bytes: concat(ascii(`%PDF-1.${rng.int(8)}\n`), rng.chance(0.5) ? randomBytes(rng, 50 + rng.int(5000)) : ascii('1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF')) }) },
    // Damaged copies that may still hold readable text: read or refused, never a crash or a hang.
    { id: 'corrupt-office', mayRead: true, make: (rng) => { const o = office(rng); const b = Buffer.from(o.bytes); for (let k = 0; k < 1 + rng.int(20); k++) b[30 + rng.int(b.length - 30)] = rng.int(256); return { name: `flip${o.ext}`, bytes: b }; } },
    { id: 'truncated-pdf', mayRead: true, make: (rng) => ({ name: 'cut.pdf', bytes: pdf.subarray(0, 9 + rng.int(pdf.length - 9)) }) },
    // File system entries that are not regular files, and names that do not decode.
    { id: 'fifo', make: () => ({ name: 'pipe.txt', special: 'fifo' }) },
    { id: 'symlink-loop', make: () => ({ name: 'loop.txt', special: 'loop' }) },
    { id: 'dangling-link', make: () => ({ name: 'dangling.txt', special: 'dangling' }) },
    { id: 'undecodable-name', make: () => ({ name: 'name.txt', special: 'badname' }) },
  ];
}

interface BadFile {
  category: string;
  path: string;
  mayRead: boolean;
}

/** The reasons a special is refused with (what it is, never "no such file" for what exists). */
const SPECIAL_REASON: Record<string, RegExp> = {
  fifo: /FIFO/, 'symlink-loop': /symbolic link loop/, 'dangling-link': /no such file/, 'undecodable-name': /not valid UTF-8/, socket: /socket/,
};

let work: ReturnType<typeof tempDataDir>;
let data: ReturnType<typeof tempDataDir>;
let files: BadFile[] = [];
let socketServer: net.Server | null = null;

async function makeCorpus(dir: string): Promise<BadFile[]> {
  const cats = categories(await docxFile(), await xlsxFile(), await pdfFile());
  const rng = new Rng(SEED);
  const out: BadFile[] = [];
  for (let i = 0; out.length < COUNT; i++) {
    const cat = cats[i % cats.length]!;
    // Only a few huge files: they are about size, not number.
    if (cat.id === 'huge-line' && i % (cats.length * 8) !== cats.indexOf(cat)) continue;
    const made = await cat.make(rng);
    const p = path.join(dir, `${String(i).padStart(5, '0')}_${cat.id}_${made.name}`);
    if ('bytes' in made) fs.writeFileSync(p, made.bytes);
    else if (made.special === 'fifo') execFileSync('mkfifo', [p]);
    else if (made.special === 'loop') {
      fs.symlinkSync(`${p}.b`, p);
      fs.symlinkSync(p, `${p}.b`);
    } else if (made.special === 'dangling') fs.symlinkSync(path.join(dir, `missing-${i}`), p);
    else if (made.special === 'badname') {
      // The bytes FF FE are not UTF-8: Node names this file with U+FFFD, a name that opens nothing.
      const raw = Buffer.concat([Buffer.from(`${dir}/${String(i).padStart(5, '0')}_${cat.id}_`), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]);
      fs.writeFileSync(raw, TASKS.join('\n'));
      out.push({ category: cat.id, path: raw.toString('utf8'), mayRead: false });
      continue;
    }
    out.push({ category: cat.id, path: p, mayRead: cat.mayRead === true });
  }
  // One socket (a Unix socket file): refused by name like a FIFO.
  const sock = path.join(dir, 'zz_socket.txt');
  socketServer = net.createServer();
  await new Promise<void>((resolve) => socketServer!.listen(sock, resolve));
  out.push({ category: 'socket', path: sock, mayRead: false });
  return out;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout;
  return Promise.race([promise, new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)))]).finally(() => clearTimeout(timer));
}

beforeAll(async () => {
  work = tempDataDir('bad-input');
  data = tempDataDir('bad-input-data');
  files = await makeCorpus(work.dir);
}, 120_000);
afterAll(async () => {
  await new Promise<void>((resolve) => (socketServer ? socketServer.close(() => resolve()) : resolve()));
  work?.cleanup();
  data?.cleanup();
});

describe(`a generated corpus of bad input (${COUNT} files)`, () => {
  const refused: BadFile[] = [];

  it('the loader refuses every file with one line naming what is wrong: 0 crashes, 0 hangs', async () => {
    const crashes: string[] = [];
    const hangs: string[] = [];
    const wrong: string[] = [];
    const byCategory = new Map<string, { refused: number; read: number }>();
    for (const f of files) {
      const tally = byCategory.get(f.category) ?? { refused: 0, read: 0 };
      byCategory.set(f.category, tally);
      let outcome: Awaited<ReturnType<typeof readDocumentFile>> | 'timeout';
      try {
        outcome = await withTimeout(readDocumentFile(f.path), PER_FILE_MS);
      } catch (error) {
        crashes.push(`${f.path}: ${String(error)}`);
        continue;
      }
      if (outcome === 'timeout') {
        hangs.push(f.path);
        continue;
      }
      if (!('reason' in outcome)) {
        tally.read++;
        if (!f.mayRead) wrong.push(`${f.path}: read as a document (${outcome.text.length} characters)`);
        continue;
      }
      tally.refused++;
      refused.push(f);
      const line = `dutygraph: ${outcome.file}: ${outcome.reason}`;
      if (outcome.file !== f.path || !outcome.reason.trim() || /\n/.test(line) || / at .*\(.*:\d+:\d+\)/.test(line)) wrong.push(`bad refusal line: ${JSON.stringify(line)}`);
      const special = SPECIAL_REASON[f.category];
      if (special && !special.test(outcome.reason)) wrong.push(`${f.path}: ${outcome.reason} (expected ${special})`);
    }
    console.log(`bad input: ${files.length} files, ${refused.length} refused; by category ${JSON.stringify(Object.fromEntries(byCategory))}`);
    expect(crashes).toEqual([]);
    expect(hangs).toEqual([]);
    expect(wrong).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(COUNT);
    expect(refused.length).toBeGreaterThanOrEqual(files.length * 0.95);
  }, 300_000);

  it('a folder of them: every file that is not read is named once, nothing blocks', () => {
    const { paths, skipped } = scanInputs([work.dir]);
    const skippedFiles = new Set(skipped.map((s) => s.file));
    expect(skipped.length).toBe(skippedFiles.size);
    for (const f of files.filter((x) => x.category in SPECIAL_REASON)) {
      expect(paths).not.toContain(f.path);
      const s = skipped.find((x) => x.file === f.path);
      expect(s?.reason, f.path).toMatch(SPECIAL_REASON[f.category]!);
    }
    for (const f of files.filter((x) => x.category === 'unsupported')) expect(skippedFiles.has(f.path) || !paths.includes(f.path)).toBe(true);
  });

  it('loadCorpus refuses each batch beside a good file and writes nothing: the graph dump is unchanged', async () => {
    const store: GraphStore = await openStore({ backend: 'kuzu', dataDir: data.dir });
    try {
      const metaFor = () => ({});
      await loadCorpus(store, [GOOD], { metaFor });
      const before = await graphDump(store);
      expect(before.counts.documents).toBe(1);
      const good = path.join(work.dir, 'zz_good.txt');
      fs.copyFileSync('seeds/001_a1aadcdf8e0376e5.txt', good);
      const BATCH = 100;
      for (let i = 0; i < refused.length; i += BATCH) {
        const batch = refused.slice(i, i + BATCH);
        const summary = await loadCorpus(store, [good, ...batch.map((f) => f.path)], { metaFor });
        expect(summary.loaded).toEqual([]);
        // Each refused file is named once, in one line.
        expect(summary.failures.map((x) => x.file).sort()).toEqual(batch.map((f) => f.path).sort());
        for (const x of summary.failures) expect(`${x.file}: ${x.reason}`).not.toMatch(/\n/);
        expect(await graphDump(store)).toEqual(before);
      }
      fs.rmSync(good);
    } finally {
      await store.close();
    }
  }, 300_000);

  it('bad manifests: each refused in one line naming the manifest, the entry and the field', () => {
    const cases: Array<[unknown, RegExp]> = [];
    for (const year of [3000000000, 99999, -5, 0, '2020', 1e20, 2020.5, 1948, 2101, true, [], {}]) cases.push([{ documents: [{ file: 'a.txt', year }] }, /"year"/]);
    for (const [field, value] of [['title', 5], ['title', []], ['region', 7], ['issuer', {}], ['date', 20200101], ['date', false], ['genre', 'novel'], ['genre', 3]] as const) {
      cases.push([{ documents: [{ file: 'a.txt', [field]: value }] }, new RegExp(`"${field}"`)]);
    }
    cases.push([{ documents: [{ year: 2020 }] }, /documents\[0\]\.file/], [{ documents: [5] }, /documents\[0\]/], [{ documents: 'a.txt' }, /"documents"/], [[1, 2], /top level/], ['x', /top level/]);
    const rng = new Rng(SEED + 1);
    const n = Math.max(cases.length, Math.round(COUNT / 20));
    for (let i = 0; i < n; i++) {
      const dir = path.join(work.dir, `manifest-${i}`);
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, 'manifest.json');
      const [json, field] = i < cases.length ? cases[i]! : rng.pick(cases);
      // Every fourth generated one is cut short: not JSON at all.
      const text = i >= cases.length && i % 4 === 0 ? JSON.stringify(json).slice(0, -1 - rng.int(3)) : JSON.stringify(json);
      fs.writeFileSync(file, text);
      let message = '';
      try {
        corpusMeta([dir]);
      } catch (error) {
        expect(error).toBeInstanceOf(DutyGraphError);
        message = (error as Error).message;
      }
      expect(message, text).toContain(file);
      expect(message).not.toMatch(/\n/);
      expect(message, text).toMatch(text === JSON.stringify(json) ? field : /not valid JSON/);
    }
  });

  it('through the real `ingest` process: one stderr line per refused file, exit 1, graph unchanged; a folder with a FIFO does not hang', async () => {
    const cli = tempDataDir('bad-input-cli');
    try {
      const seeded = await runScript('ingest', [GOOD], { DATA_DIR: cli.dir });
      expect(seeded.code).toBe(0);
      const dump = async () => {
        const store = await openStore({ backend: 'kuzu', dataDir: cli.dir });
        try {
          return await graphDump(store);
        } finally {
          await store.close();
        }
      };
      const before = await dump();
      // One of each category (files the reader may read aside), the specials among them.
      const sample = [...new Map(refused.filter((f) => !f.mayRead).map((f) => [f.category, f])).values()];
      expect(sample.length).toBeGreaterThanOrEqual(25);
      const good = path.join(work.dir, 'zz_cli_good.txt');
      fs.copyFileSync('seeds/002_83c6b4c4bef2d01a.txt', good);
      const run = await runScript('ingest', [good, ...sample.map((f) => f.path)], { DATA_DIR: cli.dir }, 120_000);
      expect(run.signal).toBeNull();
      expect(run.code).toBe(1);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(sample.length);
      for (const f of sample) expect(lines.filter((l) => l.startsWith(`dutygraph: ${f.path}: `)), f.path).toHaveLength(1);
      expect(run.stdout.trim()).toBe('');
      expect(await dump()).toEqual(before);

      // A folder holding a FIFO, a symlink loop, an undecodable name and a good file: the good one loads.
      const folder = path.join(work.dir, 'mixed');
      fs.mkdirSync(folder);
      execFileSync('mkfifo', [path.join(folder, 'pipe.txt')]);
      fs.symlinkSync(path.join(folder, 'b.txt'), path.join(folder, 'a.txt'));
      fs.symlinkSync(path.join(folder, 'a.txt'), path.join(folder, 'b.txt'));
      fs.writeFileSync(Buffer.concat([Buffer.from(`${folder}/x`), Buffer.from([0xff]), Buffer.from('.txt')]), TASKS.join('\n'));
      fs.copyFileSync('seeds/002_83c6b4c4bef2d01a.txt', path.join(folder, 'good.txt'));
      const mixed = await runScript('ingest', [folder], { DATA_DIR: cli.dir }, 60_000);
      expect(mixed.signal).toBeNull();
      expect(mixed.code).toBe(0);
      expect(mixed.stdout).toMatch(/ingested 1 document/);
      expect(mixed.stderr.trim().split('\n').sort()).toEqual([
        expect.stringMatching(/skipped .*a\.txt: symbolic link loop$/),
        expect.stringMatching(/skipped .*b\.txt: symbolic link loop$/),
        expect.stringMatching(/skipped .*pipe\.txt: is a FIFO/),
        expect.stringMatching(/skipped .*x\uFFFD\.txt: file name is not valid UTF-8/),
      ]);
    } finally {
      cli.cleanup();
    }
  }, 240_000);
});
