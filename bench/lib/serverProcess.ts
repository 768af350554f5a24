import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnTs } from './childProcess.js';

/** Limits generous enough that no benchmark query is refused for cost, depth or time. */
export const BENCH_LIMITS_ENV: Record<string, string> = {
  MAX_COST: '100000000',
  MAX_QUERY_DEPTH: '50',
  MAX_TOKENS: '1000000',
  MAX_ALIASES: '1000',
  REQUEST_TIMEOUT_MS: '120000',
};

export interface ServerProcess {
  url: string;
  pid: number;
  /** Peak resident set of the server process so far (VmHWM), MB. */
  peakRssMB(): number;
  /** Current resident set (VmRSS), MB. */
  rssMB(): number;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Starts the real server (`scripts/serve.ts`, as `npm start` runs it) over an existing
 * DATA_DIR (or the Neo4j `storeEnv`'s NEO4J_URI names), on a free loopback port, with an empty
 * SEEDS_DIR so it loads nothing.
 */
export async function startServerProcess(dataDir: string, timeoutMs: number, storeEnv: Record<string, string> = {}): Promise<ServerProcess> {
  const seeds = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-noseeds-'));
  const child = spawnTs('scripts/serve.ts', [], {
    ...BENCH_LIMITS_ENV, ...storeEnv, DATA_DIR: dataDir, SEEDS_DIR: seeds, PORT: '0', HOST: '127.0.0.1', INTROSPECTION: 'false',
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server not ready within ${Math.round(timeoutMs / 1000)} s:\n${output.slice(-2000)}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      output += d.toString();
      const m = /GraphQL and GraphiQL at http:\/\/[^:\s]+:(\d+)(\/\S*)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}${m[2]}`);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited early (${code ?? signal}):\n${output.slice(-2000)}`));
    });
  });
  const pid = child.pid!;
  return {
    url,
    pid,
    peakRssMB: () => procStatusKB(pid, 'VmHWM') / 1024,
    rssMB: () => procStatusKB(pid, 'VmRSS') / 1024,
    stop: async (graceMs = 15_000) => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(seeds, { recursive: true, force: true });
    },
  };
}

// Private: a `kB` line of /proc/<pid>/status (Linux).
function procStatusKB(pid: number, field: string): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (!m) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(m[1]);
}
