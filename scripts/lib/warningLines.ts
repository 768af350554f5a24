import path from 'node:path';
import type { DocumentWarnings } from '../../src/load/loadCorpus.js';
import { WARNING_CODES } from '../../src/model/warningCodes.js';

/**
 * `ingest`'s warning lines: one per document with warnings (`a.txt: 3 warnings (2
 * UNIT_SURFACE_ONLY, 1 TARGET_DROPPED)`, codes in WARNING_CODES order) and a total; with
 * `list`, every warning on its own line instead (`a.txt:3643 TARGET_DROPPED value 78家 dropped: …`,
 * the offset `-` for a warning about the whole document).
 */
export function warningLines(documents: readonly DocumentWarnings[], list: boolean): string[] {
  const out: string[] = [];
  let total = 0;
  let withAny = 0;
  for (const d of documents) {
    if (d.warnings.length === 0) continue;
    total += d.warnings.length;
    withAny++;
    const file = shown(d.file);
    if (list) {
      for (const w of d.warnings) out.push(`${file}:${w.start ?? '-'} ${w.code} ${w.message.replace(/\s*\n\s*/g, ' ')}`);
      continue;
    }
    const counts = WARNING_CODES.map((code) => [code, d.warnings.filter((w) => w.code === code).length] as const).filter(([, n]) => n > 0);
    out.push(`${file}: ${plural(d.warnings.length)} (${counts.map(([code, n]) => `${n} ${code}`).join(', ')})`);
  }
  if (documents.length > 0) {
    out.push(`warnings: ${total} in ${withAny} of ${documents.length} document(s) extracted${total > 0 && !list ? ' (--warnings lists them)' : ''}`);
  }
  return out;
}

// Private: `1 warning` / `3 warnings`.
function plural(n: number): string {
  return `${n} warning${n === 1 ? '' : 's'}`;
}

// Private: a file under the working folder as a relative path (seeds/000….txt), any other as given.
function shown(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}
