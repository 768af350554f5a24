import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OUTPUT_FORMATS, formatFile, generateCorpus, renderDocument } from '../../src/gen/index.js';
import { readDocumentFile } from '../../src/load/readDocumentFile.js';
import { round } from './percentiles.js';

/** Reading speed of one format through readDocumentFile (issue 18: HTML and DOCX ≥ 5 MB/s of text, PDF ≥ 20 pages/s, per core). */
export interface FormatReadFigures {
  format: string;
  files: number;
  /** The documents' text (their .txt rendering, UTF-8), MB. */
  textMB: number;
  /** Text MB read per second (null when the reader refused the format). */
  mbPerSec: number | null;
  /** PDF only: pages read per second. */
  pagesPerSec: number | null;
  /** Why the reader refused it (the first file's reason), or null. */
  unsupported: string | null;
}

/**
 * Renders a small generated corpus (`tasks` tasks) in every format into a temporary folder,
 * then times readDocumentFile over each format's files (one pass, one thread). A format the
 * reader refuses is reported as unsupported with its reason, not timed.
 */
export async function measureFormatReading(tasks: number, seed: number): Promise<FormatReadFigures[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dutygraph-bench-formats-'));
  try {
    const files = new Map<string, string[]>();
    let textBytes = 0;
    let pages = 0;
    for (const doc of generateCorpus({ tasks, seed, regions: 1 })) {
      textBytes += Buffer.byteLength(doc.text);
      for (const format of OUTPUT_FORMATS) {
        const rendered = await renderDocument(doc, format);
        const file = path.join(dir, formatFile(doc.file, format));
        fs.writeFileSync(file, rendered.bytes);
        if (format === 'pdf') pages += rendered.pages ?? 0;
        (files.get(format) ?? files.set(format, []).get(format)!).push(file);
      }
    }
    const out: FormatReadFigures[] = [];
    for (const [format, list] of files) {
      const t0 = performance.now();
      let unsupported: string | null = null;
      for (const f of list) {
        // Awaited: a reader of binary formats may answer asynchronously.
        const read = await readDocumentFile(f);
        if ('reason' in read) {
          unsupported = `${path.basename(f)}: ${read.reason}`;
          break;
        }
      }
      const seconds = (performance.now() - t0) / 1000;
      out.push({
        format, files: list.length, textMB: round(textBytes / 1e6, 3),
        mbPerSec: unsupported ? null : round(textBytes / 1e6 / seconds, 1),
        pagesPerSec: format === 'pdf' && !unsupported ? round(pages / seconds, 1) : null,
        unsupported,
      });
    }
    return out;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
