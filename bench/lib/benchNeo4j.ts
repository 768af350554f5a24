import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { StoreConfig } from '../../src/config.js';
import { prepareLauncher } from '../../scripts/lib/neo4jLauncher.js';

/** A Neo4j the bench started for itself (tools/neo4j), on a temporary data folder. */
export interface BenchNeo4j {
  config: Extract<StoreConfig, { backend: 'neo4j' }>;
  /** Launcher spawned → its ready line, seconds (the jars already copied and compiled). */
  startSeconds: number;
  /** SIGTERM (Neo4j's clean shutdown), SIGKILL after 60 s; removes the data folder. */
  stop(): Promise<void>;
}

/** How long a start may take on a shared 2-core machine (CI allows 600 s including the first download). */
const START_TIMEOUT_MS = 300_000;

/**
 * Starts Neo4j Community 5.26 through the project's launcher, as `npm run neo4j` does, on a
 * free loopback port with a random password and a fresh data folder, and waits for its ready line.
 */
export async function startBenchNeo4j(log: (line: string) => void, pagecacheMb = 512): Promise<BenchNeo4j> {
  const javaArgs = prepareLauncher(log);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dutygraph-bench-neo4j-'));
  const port = await freePort();
  const password = `bench-${randomBytes(8).toString('hex')}`;
  const t0 = performance.now();
  const child = spawn('java', [...javaArgs, '--data', path.join(dir, 'data'), '--port', String(port), '--pagecache-mb', String(pagecacheMb)], {
    stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NEO4J_PASSWORD: password },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-4000)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Neo4j not ready within ${START_TIMEOUT_MS / 1000} s:\n${output}`)), START_TIMEOUT_MS);
      createInterface({ input: child.stdout }).on('line', (line) => {
        output = (output + line + '\n').slice(-4000);
        if (line.startsWith('neo4j ready:')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('error', (e) => {
        clearTimeout(timer);
        reject(new Error(`cannot run java: ${e.message}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Neo4j exited before it was ready (${code ?? signal}):\n${output}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const startSeconds = Math.round((performance.now() - t0) / 10) / 100;
  log(`neo4j: ready on bolt://127.0.0.1:${port} after ${startSeconds} s (data in ${dir})`);
  return { config: { backend: 'neo4j', uri: `bolt://127.0.0.1:${port}`, username: 'neo4j', password, database: undefined }, startSeconds, stop };
}

// Private: a loopback port nobody listens on now.
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
