import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import { tempDataDir } from '../helpers/backends.js';

/* `npm start` reads DATA_DIR/overrides.json: applied to the samples it loads, checked before any work. */

let data: ReturnType<typeof tempDataDir>;
beforeAll(() => (data = tempDataDir('serve-overrides')));
afterAll(() => data.cleanup());

// Runs the server until it is ready (then SIGTERM) or exits by itself; returns its exit code and output.
function serve(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
    env: { ...process.env, NODE_ENV: 'production', DATA_DIR: data.dir, PORT: String(40000 + Math.floor(Math.random() * 20000)), HOST: '127.0.0.1', SEEDS_DIR: path.resolve('seeds') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (stdout.includes('GraphQL and GraphiQL at')) child.kill('SIGTERM');
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
  return new Promise((resolve) => child.on('exit', (code) => (clearTimeout(timer), resolve({ code, stdout, stderr }))));
}

async function resolutionOf(surface: string): Promise<{ unitId: string; resolution: string }> {
  const store = await openStore({ backend: 'kuzu', dataDir: data.dir });
  try {
    const tasks = (await store.tasks({}, { offset: 0, limit: 10_000 })).rows.map((t) => t.id);
    return (await store.responsibilitiesByTaskIds(tasks)).find((r) => r.surface === surface)!;
  } finally {
    await store.close();
  }
}

const seeds = fs.readdirSync('seeds').filter((f) => f.endsWith('.txt'));
const printing = (names: string[]) => seeds.filter((f) => names.some((n) => fs.readFileSync(path.join('seeds', f), 'utf8').includes(n))).length;

describe('npm start with an overrides file', () => {
  const file = () => path.join(data.dir, 'overrides.json');
  const names = ['区经委', '汽车城集团'];

  it('a bad file stops it before any work, in one line', async () => {
    fs.writeFileSync(file(), '{"merge": [{"names": "区经委"}]}');
    const r = await serve();
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([`dutygraph: BAD_USER_INPUT: overrides file ${file()}: merge[0].names: must list two or more printed names`]);
    expect(r.stdout).not.toMatch(/seeds/);
  }, 60_000);

  it('the samples load with the merge; removing it reloads only the samples printing its names', async () => {
    fs.writeFileSync(file(), JSON.stringify({ merge: [{ names }] }));
    let r = await serve();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`seeds .*: ${seeds.length} loaded, 0 unchanged`));
    const merged = await resolutionOf('汽车城集团');
    expect(merged.resolution).toBe('override.merge:区经委=汽车城集团');
    expect(merged.unitId).toBe((await resolutionOf('区经委')).unitId);

    fs.writeFileSync(file(), '{}');
    r = await serve();
    expect(r.code).toBe(0);
    const reloaded = printing(names);
    expect(reloaded).toBeGreaterThan(0);
    expect(r.stdout).toMatch(new RegExp(`seeds .*: ${reloaded} loaded, ${seeds.length - reloaded} unchanged`));
    expect((await resolutionOf('汽车城集团')).resolution).not.toMatch(/override/);
  }, 300_000);
});
