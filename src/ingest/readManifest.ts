import { DutyGraphError, ErrorCode } from '../errors.js';
import { GENRES, isOneOf } from '../model/enums.js';
import type { DocumentMeta } from '../model/records.js';

/** Years a document of the corpus can carry (the People's Republic's documents up to a plan's horizon). */
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;

/**
 * Parsed `manifest.json` → metadata by file name. Pure: the caller reads the file and names
 * it (`source`, used in the message). Unknown fields are ignored (generated manifests carry
 * more); a known field of the wrong type or out of range is refused, in one line naming the
 * manifest, the entry and the field — never stored (a year of 3000000000 once broke every
 * later query). `null` means "not given". A year is a JSON number (`"2020"` is refused:
 * a string is what a typo looks like, and guessing it would hide the mistake).
 */
export function readManifest(json: unknown, source = 'manifest.json'): Map<string, DocumentMeta> {
  const out = new Map<string, DocumentMeta>();
  const bad = (where: string, why: string): never => {
    throw new DutyGraphError(ErrorCode.BadInput, `${source}: ${where}: ${why}`);
  };
  if (!isRecord(json)) return bad('top level', `expected an object with a "documents" list, found ${typeName(json)}`);
  const docs = json.documents;
  if (docs === undefined || docs === null) return out;
  if (!Array.isArray(docs)) return bad('"documents"', `expected a list, found ${typeName(docs)}`);
  docs.forEach((d: unknown, i) => {
    if (!isRecord(d)) return bad(`documents[${i}]`, `expected an object, found ${typeName(d)}`);
    if (typeof d.file !== 'string' || !d.file.trim()) return bad(`documents[${i}].file`, `expected a file name, found ${typeName(d.file)}`);
    const at = (field: string) => `documents[${i}] (${d.file}) field "${field}"`;
    const m: DocumentMeta = {};
    for (const field of ['title', 'region', 'issuer', 'date'] as const) {
      const v = d[field];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'string') return bad(at(field), `expected text, found ${typeName(v)}`);
      m[field] = v;
    }
    if (d.year !== undefined && d.year !== null) {
      const y = d.year;
      if (typeof y !== 'number') return bad(at('year'), `expected a number, found ${typeName(y)}`);
      if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) return bad(at('year'), `${y} is not a whole year from ${MIN_YEAR} to ${MAX_YEAR}`);
      m.year = y;
    }
    if (d.genre !== undefined && d.genre !== null) {
      const g = d.genre;
      if (!isOneOf(GENRES, g)) return bad(at('genre'), `${JSON.stringify(g)} is not one of ${GENRES.join(', ')}`);
      m.genre = g;
    }
    out.set(d.file, m);
  });
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// Private: how a wrong value is named in the message (the value itself when short).
function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  const shown = JSON.stringify(v) ?? String(v);
  return `${typeof v} ${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}`;
}
