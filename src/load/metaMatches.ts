import type { DocumentMeta } from '../model/records.js';
import type { DocumentRow } from '../store/rows.js';

/**
 * Whether a stored document already carries the metadata given for it (manifest or flags):
 * a file whose bytes are unchanged but whose `--year`/`--region` (or manifest entry) changed
 * must be reloaded. Facts not given were inferred and are left to the text.
 */
export function metaMatches(row: DocumentRow | undefined, meta: DocumentMeta): boolean {
  if (!row) return false;
  if (meta.year !== undefined && row.year !== meta.year) return false;
  if (meta.region !== undefined && meta.region !== '' && row.region !== meta.region) return false;
  if (meta.genre !== undefined && row.genre !== meta.genre) return false;
  if (meta.title !== undefined && meta.title !== '' && row.title !== meta.title) return false;
  if (meta.issuer !== undefined && (row.issuer ?? null) !== (meta.issuer ?? null)) return false;
  if (meta.date !== undefined && (row.date ?? null) !== (meta.date ?? null)) return false;
  return true;
}
