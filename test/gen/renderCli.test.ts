import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dutygraph-genformats-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function run(script: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, `scripts/${script}.ts`), ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Private: every file under DIR/sub, name → bytes.
function files(dir: string, sub: string): Map<string, Buffer> {
  return new Map(fs.readdirSync(path.join(dir, sub)).sort().map((f) => [f, fs.readFileSync(path.join(dir, sub, f))]));
}

const ALL = 'txt,txt-gb18030,txt-utf16,html,docx,xlsx,pdf';
const base = ['--tasks', '90', '--seed', '11', '--regions', '1', '--years', '2020-2021'];

interface Entry { file: string; format?: string; rendering_of?: string; layout: string }
interface FormatRow { format: string; documents: number; refused: number; score: { tasks: { gold: number; recall: number }; responsibilities: { f1: number } } }
interface CorpusJson { documents: number; total: { tasks: { recall: number } }; formats: FormatRow[]; recurring: { score: { core: { yearsExact: number }; reported: number } } }

describe('npm run gen -- --formats, then eval --corpus', () => {
  const one = path.join(tmp, 'txt');
  const a = path.join(tmp, 'a');
  const b = path.join(tmp, 'b');
  let txtRun: ReturnType<typeof run>;
  let runA: ReturnType<typeof run>;
  // The same formats in another order: the files do not depend on it.
  beforeAll(() => {
    txtRun = run('gen', ...base, '--out', one);
    runA = run('gen', ...base, '--out', a, '--formats', ALL);
    run('gen', ...base, '--out', b, '--formats', 'pdf,xlsx,docx,html,txt-utf16,txt-gb18030,txt');
  }, 240_000);

  it('writes every document in every format, byte-identical for a seed, the manifest naming each file\'s format', () => {
    expect(txtRun.status).toBe(0);
    expect(runA.status, runA.stderr).toBe(0);
    expect(runA.stdout).toMatch(/^gen: \d+ documents, 90 tasks, .*\(txt [\d.]+ MB, txt-gb18030 [\d.]+ MB, .*pdf [\d.]+ MB\)/);
    const docsA = files(a, 'docs');
    const docsB = files(b, 'docs');
    expect([...docsA.keys()]).toEqual([...docsB.keys()]);
    for (const [f, bytes] of docsA) expect(bytes.equals(docsB.get(f)!), f).toBe(true);
    const manifest = JSON.parse(docsA.get('manifest.json')!.toString('utf8')) as { documents: Entry[] };
    const txt = manifest.documents.filter((d) => d.format === 'txt');
    expect(txt.length).toBeGreaterThan(0);
    expect(manifest.documents).toHaveLength(txt.length * 7);
    for (const d of manifest.documents) {
      expect(docsA.has(d.file), d.file).toBe(true);
      expect(d.rendering_of).toMatch(/\.txt$/);
      expect(d.file.startsWith(d.rendering_of!.replace(/\.txt$/, '.'))).toBe(true);
    }
    expect(new Set(manifest.documents.map((d) => d.format))).toEqual(new Set(ALL.split(',')));
  });

  it('truth and the .txt files are the same as a txt-only run of the seed', () => {
    const truthOne = files(one, 'truth');
    const truthA = files(a, 'truth');
    expect([...truthA.keys()]).toEqual([...truthOne.keys()]);
    for (const [f, bytes] of truthA) expect(bytes.equals(truthOne.get(f)!), f).toBe(true);
    const docsOne = files(one, 'docs');
    const docsA = files(a, 'docs');
    for (const [f, bytes] of docsOne) if (f !== 'manifest.json') expect(bytes.equals(docsA.get(f)!), f).toBe(true);
  });

  it('eval --corpus --json scores each format against the same truth beside .txt; recurring projects from .txt only', { timeout: 120_000 }, () => {
    const multi = run('eval', '--corpus', a, '--json');
    const single = run('eval', '--corpus', one, '--json');
    expect(multi.status, multi.stderr).toBe(0);
    const m = JSON.parse(multi.stdout) as CorpusJson;
    const s = JSON.parse(single.stdout) as CorpusJson;
    expect(m.formats.map((f) => f.format)).toEqual(ALL.split(','));
    expect(m.formats[0]!.score.tasks.recall).toBe(m.total.tasks.recall);
    expect(m.total).toEqual(s.total);
    expect(s.formats).toEqual([]);
    for (const f of m.formats) {
      expect(f.documents).toBe(m.documents);
      expect(f.score.tasks.gold).toBe(m.formats[0]!.score.tasks.gold);
      // A refused format delivers nothing; an accepted one is scored on what it delivers.
      if (f.refused === f.documents) expect(f.score.tasks.recall).toBe(0);
    }
    // UTF-16 text is read today: the same text, the same scores.
    const u16 = m.formats.find((f) => f.format === 'txt-utf16')!;
    expect(u16.refused).toBe(0);
    expect(u16.score.tasks.recall).toBe(m.formats[0]!.score.tasks.recall);
    expect(u16.score.responsibilities.f1).toBe(m.formats[0]!.score.responsibilities.f1);
    expect(m.recurring).toEqual(s.recurring);
    const table = run('eval', '--corpus', a, '--no-recurring');
    expect(table.stdout).toMatch(/by format[^\n]*\n\s+format\s+docs\s+refused\s+tasks\s+task P\s+task R\s+unit F1\s+roles\s*\n\s+txt\s/);
    expect(table.stdout).toMatch(/\n\s+pdf\s+\d+\s+\d+\s+\d+/);
  });

  it('an unknown format is one line naming it and the known ones', { timeout: 60_000 }, () => {
    const r = run('gen', '--tasks', '5', '--out', path.join(tmp, 'x'), '--formats', 'txt,rtf');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^dutygraph: BAD_USER_INPUT: --formats: unknown format "rtf" \(known: txt, txt-gb18030, txt-utf16, html, docx, xlsx, pdf\)/);
  });
});
