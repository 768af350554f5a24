import type { IngestReport } from '../ingestWorker.js';
import { lastJsonLine, runTs } from './childProcess.js';
import { diskUsageBytes } from './diskUsage.js';

export interface IngestFigures extends IngestReport {
  /** du of DATA_DIR after the store was closed, bytes. */
  diskBytes: number;
}

/** Loads the corpus into `dataDir` (fresh) in a child process (bench/ingestWorker.ts) and measures it. */
export async function measureIngest(docsDir: string, dataDir: string, timeoutMs: number, log: (line: string) => void): Promise<IngestFigures> {
  const { stdout } = await runTs('bench/ingestWorker.ts', ['--docs', docsDir, '--data', dataDir], timeoutMs, {
    onStderr: (text) => {
      for (const line of text.split('\n')) if (line.trim()) log(line.trim());
    },
  });
  const report = lastJsonLine<IngestReport>(stdout);
  if (report.failures.length > 0) throw new Error(`ingest failed for ${report.failures.length}+ file(s): ${report.failures[0]!.file}: ${report.failures[0]!.reason}`);
  return { ...report, diskBytes: diskUsageBytes(dataDir) };
}
