import type { IngestReport } from '../ingestWorker.js';
import { lastJsonLine, runTs } from './childProcess.js';
import type { BenchStore } from './benchStore.js';
import { diskUsageBytes } from './diskUsage.js';

export interface IngestFigures extends IngestReport {
  /** du of DATA_DIR after the store was closed, bytes. */
  diskBytes: number;
}

/**
 * Loads the corpus into the (empty) store in a child process (bench/ingestWorker.ts) and measures it;
 * with `force`, reloads it into what the store holds (`ingest --force`). diskBytes is DATA_DIR's size: Kùzu's database; for Neo4j the launcher's folder is not measured (NaN).
 */
export async function measureIngest(
  docsDir: string, target: BenchStore, timeoutMs: number, log: (line: string) => void, force = false,
): Promise<IngestFigures> {
  const dataDir = target.dataDir;
  const { stdout } = await runTs('bench/ingestWorker.ts', ['--docs', docsDir, '--data', dataDir, '--store', target.backend, ...(force ? ['--force'] : [])], timeoutMs, {
    env: target.env,
    onStderr: (text) => {
      for (const line of text.split('\n')) if (line.trim()) log(line.trim());
    },
  });
  const report = lastJsonLine<IngestReport>(stdout);
  if (report.failures.length > 0) throw new Error(`ingest failed for ${report.failures.length}+ file(s): ${report.failures[0]!.file}: ${report.failures[0]!.reason}`);
  return { ...report, diskBytes: target.backend === 'kuzu' ? diskUsageBytes(dataDir) : Number.NaN };
}
