import fs from 'node:fs';
import path from 'node:path';
import { generatorVersion } from '../../src/gen/index.js';
import { runTs } from './childProcess.js';

/** Marker written after `npm run gen` succeeded, so a half-written corpus is never reused. */
const MARKER = '.bench-complete.json';

export interface Corpus {
  /** `<root>/<tasks>-<seed>`; documents and manifest.json are in `docsDir`. */
  dir: string;
  docsDir: string;
  /** Whether an earlier run's corpus was reused. */
  reused: boolean;
  /** Time spent generating (0 when reused). */
  seconds: number;
}

/**
 * Generates `<root>/<tasks>-<seed>/` with `scripts/gen.ts`, or reuses it when a complete one
 * written by this version of the generator is there (a changed generator writes other text).
 */
export async function ensureCorpus(root: string, tasks: number, seed: number, timeoutMs: number): Promise<Corpus> {
  const dir = path.resolve(root, `${tasks}-${seed}`);
  const docsDir = path.join(dir, 'docs');
  const marker = path.join(dir, MARKER);
  const generator = generatorVersion();
  if (fs.existsSync(marker) && fs.existsSync(path.join(docsDir, 'manifest.json'))) {
    const m = JSON.parse(fs.readFileSync(marker, 'utf8')) as { tasks?: number; seed?: number; generator?: string };
    if (m.tasks === tasks && m.seed === seed && m.generator === generator) return { dir, docsDir, reused: true, seconds: 0 };
  }
  const started = performance.now();
  fs.rmSync(marker, { force: true });
  await runTs('scripts/gen.ts', ['--tasks', String(tasks), '--seed', String(seed), '--out', dir, '--force'], timeoutMs);
  fs.writeFileSync(marker, `${JSON.stringify({ tasks, seed, generator, generatedAt: new Date().toISOString() })}\n`);
  return { dir, docsDir, reused: false, seconds: (performance.now() - started) / 1000 };
}
