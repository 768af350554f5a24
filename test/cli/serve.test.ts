import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import { tempDataDir } from '../helpers/backends.js';
import { fixtureDocument } from '../helpers/fixtureDocument.js';

/*
 * `npm start` as a process: seeds only an empty (or samples-only) graph, serves, and stops
 * cleanly on SIGTERM/SIGINT — sent to the very process a user or a manager started (`npm`
 * itself, or `node` as in the Docker image): requests in flight answered, store closed
 * (no WAL left), exit 0, port free. A port in use or a data folder held elsewhere is one
 * line before any seeding.
 */

let data: ReturnType<typeof tempDataDir>;
beforeEach(() => {
  data = tempDataDir('serve');
});
afterEach(() => data.cleanup());

type Command = 'npm' | 'node';

function startServe(port: number, how: Command = 'node', env: Record<string, string> = {}) {
  const [command, args] = how === 'npm' ? ['npm', ['start', '--silent']] : [process.execPath, ['--import', 'tsx', 'scripts/serve.ts']];
  const child = spawn(command, args as string[], {
    // NODE_ENV as a user has it: under 'test' Apollo would not install the signal handler that broke stopping.
    env: { ...process.env, NODE_ENV: 'production', DATA_DIR: data.dir, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready in time:\n${stdout}${stderr}`)), 60_000);
    child.stdout.on('data', () => {
      if (stdout.includes('GraphQL and GraphiQL at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then(() => reject(new Error(`exited early:\n${stdout}${stderr}`)));
  });
  ready.catch(() => undefined);
  return { child, ready, exited, output: () => stdout + stderr, stderr: () => stderr };
}

function freePort(): number {
  return 40000 + Math.floor(Math.random() * 20000);
}

// Whether something still listens on the port.
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function walFiles(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.wal'));
}

const AUDIT_PAGE = `{ tasks(first: 500) { totalCount nodes { id number text
  units { role unit { name } evidence { quote start end document { file } } } } } }`;

describe('npm start', () => {
  it('loads the seeds once, serves, and closes the store on SIGTERM; a warm restart loads nothing', async () => {
    const port = freePort();
    const cold = startServe(port);
    await cold.ready;
    expect(cold.output()).toMatch(/5 loaded, 0 unchanged/);
    expect(cold.output()).toContain(`GraphQL and GraphiQL at http://127.0.0.1:${port}/graphql`);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    cold.child.kill('SIGTERM');
    expect(await cold.exited).toEqual({ code: 0, signal: null });
    expect(cold.output()).toMatch(/SIGTERM received/);
    expect(walFiles(data.dir)).toEqual([]);

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

  it('SIGTERM to the very process `npm start` created: exit 0, port free, no WAL', async () => {
    const port = freePort();
    const npm = startServe(port, 'npm');
    await npm.ready;
    expect(await listening(port)).toBe(true);
    npm.child.kill('SIGTERM');
    expect(await npm.exited).toEqual({ code: 0, signal: null });
    expect(npm.output()).toMatch(/stopped, store closed/);
    expect(await listening(port)).toBe(false);
    expect(walFiles(data.dir)).toEqual([]);
  });

  it('SIGTERM during heavy requests: every request in flight is answered, then exit 0 with no WAL', async () => {
    const port = freePort();
    const server = startServe(port);
    await server.ready;
    const url = `http://127.0.0.1:${port}/graphql`;
    let signalledAt = 0;
    const answeredAt: number[] = [];
    // Ten audit pages at once: the gate runs two at a time, so most are still queued when the signal comes.
    const requests = Array.from({ length: 10 }, async () => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: AUDIT_PAGE }) });
      const body = (await response.json()) as { data?: { tasks: { nodes: unknown[] } }; errors?: unknown };
      answeredAt.push(performance.now());
      return { status: response.status, tasks: body.data?.tasks.nodes.length ?? 0, errors: body.errors };
    });
    // Signal once the first is answered: by then the server has read all ten (on a busy machine a fixed
    // delay could signal before a request reached it), and the gate still holds most of them.
    await Promise.race(requests);
    signalledAt = performance.now();
    server.child.kill('SIGTERM');
    const answers = await Promise.all(requests);
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    for (const a of answers) {
      expect(a.errors).toBeUndefined();
      expect(a.tasks).toBeGreaterThan(300);
    }
    expect(answeredAt.filter((t) => t > signalledAt).length).toBeGreaterThan(0);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(walFiles(data.dir)).toEqual([]);
  });
});

describe('checked before any work, one line each', () => {
  it('a port in use', async () => {
    const port = freePort();
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', () => resolve()));
    try {
      const started = performance.now();
      const server = startServe(port);
      expect((await server.exited).code).toBe(1);
      expect(server.stderr().trim().split('\n')).toEqual([
        expect.stringMatching(new RegExp(`^dutygraph: BAD_CONFIG: PORT ${port} on HOST 127.0.0.1 is already in use`)),
      ]);
      expect(server.output()).not.toMatch(/seeds|store kuzu/);
      expect(performance.now() - started).toBeLessThan(20_000);
    } finally {
      holder.close();
    }
  });

  it('a data folder held by another process', async () => {
    const holder = await openStore({ backend: 'kuzu', dataDir: data.dir });
    try {
      const server = startServe(freePort());
      expect((await server.exited).code).toBe(1);
      expect(server.stderr().trim().split('\n')).toEqual([expect.stringMatching(/^dutygraph: STORE_UNAVAILABLE: .*open in another process/)]);
      expect(server.output()).not.toMatch(/seeds/);
    } finally {
      await holder.close();
    }
  });
});

describe('seeding', () => {
  it("leaves a graph holding the user's own documents alone, and says why", async () => {
    const store = await openStore({ backend: 'kuzu', dataDir: data.dir });
    await store.replaceDocument(fixtureDocument({ base: 'mine' }));
    await store.close();
    const server = startServe(freePort());
    await server.ready;
    expect(server.output()).toMatch(/seeding skipped: the graph holds 1 document of your own \(mine\.txt\)/);
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
    const reopened = await openStore({ backend: 'kuzu', dataDir: data.dir });
    expect((await reopened.documentFingerprints()).map((f) => f.file)).toEqual(['mine.txt']);
    await reopened.close();
  });

  it('SEEDS_DIR= (empty) turns seeding off', async () => {
    const server = startServe(freePort(), 'node', { SEEDS_DIR: '' });
    await server.ready;
    expect(server.output()).toMatch(/seeding off/);
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
    const reopened = await openStore({ backend: 'kuzu', dataDir: data.dir });
    expect((await reopened.counts()).documents).toBe(0);
    await reopened.close();
  });
  it('one bad file in SEEDS_DIR is skipped with its line; the good seeds load and are served', async () => {
    const seeds = tempDataDir('serve-seeds');
    try {
      for (const f of fs.readdirSync('seeds')) if (f.endsWith('.txt') || f === 'manifest.json') fs.copyFileSync(path.join('seeds', f), path.join(seeds.dir, f));
      fs.writeFileSync(path.join(seeds.dir, '999_empty.txt'), '');
      const server = startServe(freePort(), 'node', { SEEDS_DIR: seeds.dir });
      await server.ready;
      expect(server.stderr().trim().split('\n')).toEqual([expect.stringMatching(/^dutygraph: skipped .*999_empty\.txt: empty file$/)]);
      expect(server.output()).toMatch(/seeds .*: 5 loaded/);
      server.child.kill('SIGTERM');
      expect((await server.exited).code).toBe(0);
      const reopened = await openStore({ backend: 'kuzu', dataDir: data.dir });
      expect((await reopened.counts()).documents).toBe(5);
      await reopened.close();
    } finally {
      seeds.cleanup();
    }
  });
});
