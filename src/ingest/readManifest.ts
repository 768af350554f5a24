import type { DocumentMeta, Genre } from './records.js';

const GENRES = new Set<string>(['task_list', 'target_list', 'work_report', 'plan_report', 'work_review', 'unknown']);

/**
 * Parsed `seeds/manifest.json` → metadata by file name. Pure: the caller reads the file.
 * Unknown fields are ignored; a malformed entry is skipped rather than thrown on.
 */
export function readManifest(json: unknown): Map<string, DocumentMeta> {
  const out = new Map<string, DocumentMeta>();
  const docs = (json as { documents?: unknown })?.documents;
  if (!Array.isArray(docs)) return out;
  for (const d of docs as Record<string, unknown>[]) {
    if (!d || typeof d.file !== 'string') continue;
    const m: DocumentMeta = {};
    if (typeof d.title === 'string') m.title = d.title;
    if (typeof d.year === 'number') m.year = d.year;
    if (typeof d.region === 'string') m.region = d.region;
    if (typeof d.genre === 'string' && GENRES.has(d.genre)) m.genre = d.genre as Genre;
    if (typeof d.issuer === 'string') m.issuer = d.issuer;
    if (typeof d.date === 'string') m.date = d.date;
    out.set(d.file, m);
  }
  return out;
}
