import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (bench/lib/ → ../..). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Spawns `node --import tsx <script>` from the repository root: one process (not tsx's CLI,
 * which runs the script in a second process), so its pid is the one whose memory we read.
 */
export function spawnTs(script: string, args: readonly string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.resolve(REPO_ROOT, script), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export interface RunOutput {
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript script to completion; rejects on a non-zero exit or after `timeoutMs` (the child is killed). */
export function runTs(
  script: string, args: readonly string[], timeoutMs: number,
  options: { env?: Record<string, string>; onStderr?: (text: string) => void } = {},
): Promise<RunOutput> {
  return new Promise((resolve, reject) => {
    const child = spawnTs(script, args, options.env);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
      options.onStderr?.(d.toString());
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not finish within ${Math.round(timeoutMs / 1000)} s (killed)\n${tail(stderr)}`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`${script} exited with ${code ?? signal}\n${tail(stderr || stdout)}`));
    });
  });
}

/** The last JSON object a script printed on a line of its own. */
export function lastJsonLine<T>(stdout: string): T {
  const line = stdout.trim().split('\n').reverse().find((l) => l.startsWith('{'));
  if (!line) throw new Error(`expected a JSON line on stdout, got: ${tail(stdout)}`);
  return JSON.parse(line) as T;
}

// Private: the end of a long output, for error messages.
function tail(text: string, lines = 15): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}
