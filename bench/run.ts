/**
 * `npm run bench -- [--tasks 100000] [--seed 1] [--reps 30] [--out bench/results.json] [--quick] [--ingest-only] …`
 *
 * Measures dutygraph against the targets of issue 5 and prints a table; see bench/README.md
 * for what every figure means. Progress goes to stderr, the table to stdout.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs } from './lib/options.js';
import { runBench } from './lib/runBench.js';
import { formatTable } from './lib/table.js';
import { formatSizes, runSizes, sizesFlag } from './sizesBench.js';

export { runBench } from './lib/runBench.js';
export type { BenchOptions } from './lib/options.js';
export type { BenchResults } from './lib/results.js';

async function main(): Promise<number> {
  // `--sizes`: ingest time and peak RSS per task-list size alone (bench/sizesBench.ts).
  const sizes = sizesFlag(process.argv.slice(2));
  if (sizes !== null) {
    const t0 = Date.now();
    const rows = await runSizes(sizes, (line) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${line}\n`));
    console.log(formatSizes(rows));
    return 0;
  }
  const options = parseBenchArgs(process.argv.slice(2));
  const started = Date.now();
  const results = await runBench({ ...options, log: (line) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}\n`) });
  console.log(formatTable(results));
  if (options.out !== null) console.log(`\nwrote ${path.relative(process.cwd(), options.out ?? path.resolve('bench/results.json'))}`);
  return results.errors.length > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
