import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import { tempDataDir } from '../helpers/backends.js';

/* `npm start` as a process: loads the seeds, serves, and shuts down cleanly on SIGTERM. */

let data: ReturnType<typeof tempDataDir>;
beforeEach(() => {
  data = tempDataDir('serve');
});
afterEach(() => data.cleanup());

function startServe(port: number) {
  const child = spawn(path.resolve('node_modules/.bin/tsx'), ['scripts/serve.ts'], {
    env: { ...process.env, DATA_DIR: data.dir, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in time:\n${output}`)), 60_000);
    child.stdout.on('data', () => {
      if (output.includes('GraphQL and GraphiQL at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', () => reject(new Error(`exited early:\n${output}`)));
  });
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, ready, exited, output: () => output };
}

describe('npm start', () => {
  it('loads the seeds once, serves, and closes the store on SIGTERM; a warm restart loads nothing', async () => {
    const port = 40000 + Math.floor(Math.random() * 20000);
    const cold = startServe(port);
    await cold.ready;
    expect(cold.output()).toMatch(/5 loaded, 0 unchanged/);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    cold.child.kill('SIGTERM');
    expect(await cold.exited).toEqual({ code: 0, signal: null });
    expect(cold.output()).toMatch(/SIGTERM received/);

    const warm = startServe(port);
    await warm.ready;
    expect(warm.output()).toMatch(/0 loaded, 5 unchanged/);
    warm.child.kill('SIGINT');
    expect(await warm.exited).toEqual({ code: 0, signal: null });

    // The store was closed cleanly: it opens again at once.
    const store = await openStore({ backend: 'kuzu', dataDir: data.dir });
    expect((await store.counts()).documents).toBe(5);
    await store.close();
  });
});
