import { measureExtraction, type BenchResult, type BenchText } from '../extractBench.js';
import { collectFiles } from '../../src/load/collectFiles.js';
import { readDocumentFile } from '../../src/load/loadCorpus.js';
import { corpusMeta } from '../../scripts/lib/corpusMeta.js';

export interface ExtractionFigures extends BenchResult {
  documents: number;
  /** Timed passes (the best is reported). */
  rounds: number;
}

/**
 * Extraction speed on this thread (one core): every document of the corpus read into memory
 * with its manifest metadata, a warm-up pass over a tenth of them (dictionaries, JIT), then
 * `rounds` timed passes of `extractDocument` over all of them; the best pass is reported.
 * `seconds` of the best pass is also the extract share of ingest (see runBench).
 */
export async function measureCorpusExtraction(docsDir: string, rounds: number): Promise<ExtractionFigures> {
  const metaFor = corpusMeta([docsDir]);
  const texts: BenchText[] = [];
  for (const p of collectFiles([docsDir])) {
    const read = await readDocumentFile(p);
    if ('reason' in read) throw new Error(`${p}: ${read.reason}`);
    texts.push({ file: read.file, text: read.text, meta: metaFor(read.file) });
  }
  measureExtraction(texts.slice(0, Math.max(1, Math.ceil(texts.length / 10))));
  let best: BenchResult | null = null;
  for (let r = 0; r < rounds; r++) {
    const res = measureExtraction(texts);
    if (!best || res.mbPerSec > best.mbPerSec) best = res;
  }
  return { ...best!, documents: texts.length, rounds };
}
