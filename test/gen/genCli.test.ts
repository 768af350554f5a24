import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dutygraph-gen-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function gen(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/gen.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Private: every file under `dir`, relative path → contents.
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const sub of ['docs', 'truth']) for (const f of fs.readdirSync(path.join(dir, sub)).sort()) out.set(`${sub}/${f}`, fs.readFileSync(path.join(dir, sub, f), 'utf8'));
  return out;
}

describe('npm run gen', () => {
  it('writes docs, manifest and truth, byte-identical for the same seed, with a one-line summary', () => {
    const a = gen('--tasks', '300', '--seed', '3', '--out', path.join(tmp, 'a'), '--regions', '2', '--years', '2019-2022');
    const b = gen('--tasks', '300', '--seed', '3', '--out', path.join(tmp, 'b'), '--regions', '2', '--years', '2019-2022');
    expect(a.status).toBe(0);
    expect(a.stdout.trim().split('\n')).toHaveLength(1);
    expect(a.stdout).toMatch(/^gen: \d+ documents, 300 tasks, \d+ responsibilities, [\d.]+ MB, [\d.]+ s/);
    const fa = files(path.join(tmp, 'a'));
    expect(fa).toEqual(files(path.join(tmp, 'b')));
    const manifest = JSON.parse(fa.get('docs/manifest.json')!) as { documents: { file: string; year: number; region: string; genre: string }[] };
    expect(manifest.documents.length).toBeGreaterThan(0);
    for (const d of manifest.documents) {
      expect(fa.has(`docs/${d.file}`)).toBe(true);
      expect(fa.has(`truth/${d.file.replace(/\.txt$/, '.json')}`)).toBe(true);
      expect(d.year).toBeGreaterThanOrEqual(2019);
      expect(d.year).toBeLessThanOrEqual(2022);
    }
    expect([...fa.keys()].filter((f) => f.startsWith('truth/recurring_projects_'))).toHaveLength(2);
  });
  it.each([
    [['--tasks', 'many', '--out', 'x']],
    [['--tasks', '10']],
    [['--tasks', '10', '--out', 'x', '--years', '2020-2010']],
    [['--tasks', '10', '--out', 'x', '--regions', '0']],
  ])('bad flags %j: one line on stderr, exit 1', (args) => {
    const r = gen(...args);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^dutygraph: BAD_USER_INPUT: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
