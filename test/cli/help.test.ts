import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ScriptResult } from '../helpers/runScript.js';

/*
 * Every command answers like a Unix tool: `--help` prints its usage and exits 0; an option it
 * does not know is one line in its own words on stderr and exit 2 — before any work (no DATA_DIR
 * is touched: it points at a folder that does not exist). Real child processes, as npm runs them.
 */

const TSX = path.resolve('node_modules/.bin/tsx');
const CLIS: Array<[name: string, file: string]> = [
  ['ingest', 'scripts/ingest.ts'],
  ['extract', 'scripts/extract.ts'],
  ['eval', 'scripts/eval.ts'],
  ['gen', 'scripts/gen.ts'],
  ['remove', 'scripts/remove.ts'],
  ['merges', 'scripts/merges.ts'],
  ['bench', 'bench/run.ts'],
  // Commands other branches add are held to the same rule as soon as they exist.
  ...(['export', 'soak', 'neo4j'] as const).filter((n) => fs.existsSync(`scripts/${n}.ts`)).map((n) => [n, `scripts/${n}.ts`] as [string, string]),
];

function run(file: string, args: string[]): Promise<ScriptResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.resolve(file), ...args], {
      env: { ...process.env, DATA_DIR: path.resolve('no-such-data-dir-for-help-test') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

describe('every CLI', () => {
  it.each(CLIS)('%s: --help prints its usage and exits 0', async (name, file) => {
    const help = await run(file, ['--help']);
    expect(help.stderr).toBe('');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(new RegExp(`^usage: (npm run )?${name}\\b`));
  }, 60_000);

  it.each(CLIS)('%s: an unknown option is one line naming it, exit 2', async (name, file) => {
    const bad = await run(file, ['--no-such-option']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(`${name}: unknown option --no-such-option (see npm run ${name} -- --help)\n`);
  }, 60_000);
});

describe('the shared parser (shown on ingest)', () => {
  it('answers -h as --help, even beside a bad flag', async () => {
    const [help, short] = await Promise.all([run('scripts/ingest.ts', ['--help']), run('scripts/ingest.ts', ['--bogus', '-h'])]);
    expect(short.code).toBe(0);
    expect(short.stdout).toBe(help.stdout);
  }, 60_000);

  it('says in one line, exit 2, that a flag misses its value or takes none', async () => {
    const [missing, extra] = await Promise.all([run('scripts/ingest.ts', ['--year']), run('scripts/ingest.ts', ['--force=yes'])]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('ingest: option --year needs a value (see npm run ingest -- --help)\n');
    expect(extra.code).toBe(2);
    expect(extra.stderr).toBe('ingest: option --force takes no value (see npm run ingest -- --help)\n');
  }, 60_000);
});
