import { createHash } from 'node:crypto';
import type { UnitKind } from '../../model/records.js';
import { isOneOf, UNIT_KINDS } from '../../model/enums.js';
import { nodeId } from '../../model/nodeKinds.js';
import { foldKey } from '../text/foldText.js';

/**
 * A user's corrections to unit resolution (`DATA_DIR/overrides.json`, or `--overrides` /
 * `OVERRIDES`), kept outside the source tree. Every entry may name a `region` (full name,
 * e.g. 上海市嘉定区) to apply only to documents of that region; null or absent: every region.
 * The shipped dictionaries under src/ingest/dict stay the defaults this file corrects.
 */
export interface UserOverrides {
  /** These printed names are one unit: `into` when given, else whatever the first name resolves to. */
  merge: { region: string | null; names: string[]; into: string | null; kind: UnitKind | null }[];
  /** Keep the later names apart from the first: one the rules would merge into the first's unit stays a unit of its own. */
  apart: { region: string | null; names: string[] }[];
  /** The canonical unit `name` (as resolved, in `region`) is called `to`. */
  rename: { region: string; name: string; to: string }[];
  /** A printed name that is a collective placeholder ("whoever it concerns"), not one unit. */
  collective: { region: string | null; name: string }[];
  /** The unit printed as `name` belongs to region `to` (e.g. a municipal bureau printed in district documents). */
  unitRegion: { region: string | null; name: string; to: string }[];
}

export const NO_OVERRIDES: UserOverrides = { merge: [], apart: [], rename: [], collective: [], unitRegion: [] };

export type OverrideSection = keyof UserOverrides;
const SECTIONS: readonly OverrideSection[] = ['merge', 'apart', 'rename', 'collective', 'unitRegion'];

/** A validation failure: the field (JSON path) and why. */
export class OverridesError extends Error {
  constructor(readonly field: string, reason: string) {
    super(`${field}: ${reason}`);
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// Private: a non-empty string field.
function name(entry: Record<string, unknown>, key: string, at: string): string {
  const v = entry[key];
  if (typeof v !== 'string' || v.trim() === '') throw new OverridesError(`${at}.${key}`, 'must be a non-empty string');
  return v.trim();
}

// Private: an optional region (null, absent or a non-empty string).
function region(entry: Record<string, unknown>, at: string): string | null {
  const v = entry.region;
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string' || v.trim() === '') throw new OverridesError(`${at}.region`, 'must be a region name such as 上海市嘉定区, or null');
  return v.trim();
}

// Private: two or more distinct printed names.
function names(entry: Record<string, unknown>, at: string): string[] {
  const v = entry.names;
  if (!Array.isArray(v) || v.length < 2) throw new OverridesError(`${at}.names`, 'must list two or more printed names');
  const out = v.map((n, i) => {
    if (typeof n !== 'string' || n.trim() === '') throw new OverridesError(`${at}.names[${i}]`, 'must be a non-empty string');
    return n.trim();
  });
  if (new Set(out.map(foldKey)).size !== out.length) throw new OverridesError(`${at}.names`, 'lists the same name twice');
  return out;
}

// Private: only the keys a section knows (a misspelt key would silently do nothing).
function onlyKeys(entry: Record<string, unknown>, keys: readonly string[], at: string): void {
  for (const k of Object.keys(entry)) {
    if (!keys.includes(k)) throw new OverridesError(`${at}.${k}`, `is not a field of this entry (fields: ${keys.join(', ')})`);
  }
}

/** Validates parsed JSON as an overrides file; throws OverridesError naming the first bad field. */
export function parseUserOverrides(data: unknown): UserOverrides {
  if (!isObject(data)) throw new OverridesError('(top level)', `must be an object with any of ${SECTIONS.join(', ')}`);
  const out: UserOverrides = { merge: [], apart: [], rename: [], collective: [], unitRegion: [] };
  for (const key of Object.keys(data)) {
    if (key === 'about' || key.startsWith('//')) continue;
    if (!(SECTIONS as readonly string[]).includes(key)) throw new OverridesError(key, `is not a section (sections: ${SECTIONS.join(', ')})`);
    const list = data[key];
    if (!Array.isArray(list)) throw new OverridesError(key, 'must be a list of entries');
    list.forEach((e: unknown, i: number) => {
      const at = `${key}[${i}]`;
      if (!isObject(e)) throw new OverridesError(at, 'must be an object');
      switch (key as OverrideSection) {
        case 'merge': {
          onlyKeys(e, ['region', 'names', 'into', 'kind', 'note'], at);
          const kind = e.kind ?? null;
          if (kind !== null && !isOneOf(UNIT_KINDS, kind)) {
            throw new OverridesError(`${at}.kind`, `must be one of ${UNIT_KINDS.join(', ')}`);
          }
          const into = e.into === undefined || e.into === null ? null : name(e, 'into', at);
          out.merge.push({ region: region(e, at), names: names(e, at), into, kind: kind as UnitKind | null });
          break;
        }
        case 'apart':
          onlyKeys(e, ['region', 'names', 'note'], at);
          out.apart.push({ region: region(e, at), names: names(e, at) });
          break;
        case 'rename': {
          onlyKeys(e, ['region', 'name', 'to', 'note'], at);
          const r = region(e, at);
          if (r === null) throw new OverridesError(`${at}.region`, 'is required: a canonical unit belongs to one region');
          out.rename.push({ region: r, name: name(e, 'name', at), to: name(e, 'to', at) });
          break;
        }
        case 'collective':
          onlyKeys(e, ['region', 'name', 'note'], at);
          out.collective.push({ region: region(e, at), name: name(e, 'name', at) });
          break;
        case 'unitRegion':
          onlyKeys(e, ['region', 'name', 'to', 'note'], at);
          out.unitRegion.push({ region: region(e, at), name: name(e, 'name', at), to: name(e, 'to', at) });
          break;
      }
    });
  }
  // A printed name forced into two units at once has no answer: refuse rather than pick one.
  const seen = new Map<string, string>();
  out.merge.forEach((m, i) => {
    for (const n of m.names) {
      const k = `${m.region ?? '*'}|${foldKey(n)}`;
      const other = seen.get(k);
      if (other !== undefined) throw new OverridesError(`merge[${i}].names`, `${n} is already in ${other}`);
      seen.set(k, `merge[${i}]`);
    }
  });
  return out;
}

/** Whether an entry's region admits a document of `region`. */
export function inRegion(entryRegion: string | null, region: string | null): boolean {
  return entryRegion === null || entryRegion === region;
}

/** A short stable hash of one entry (what the document fingerprint is made of). */
function entryHash(section: OverrideSection, entry: object): string {
  return createHash('sha256').update(`${section}\n${JSON.stringify(entry)}`).digest('hex').slice(0, 12);
}

/** What a document offers for deciding which entries concern it. */
export interface OverrideSubject {
  /** The document's text folded with foldKey (spaces and line breaks gone). */
  foldedText: string;
  /** The ids of the units the document cites (rename entries concern those holding `name` or `to`). */
  unitIds: ReadonlySet<string>;
}

/** The unit ids a rename entry concerns (before and after the rename). */
export function renameIds(entry: UserOverrides['rename'][number]): string[] {
  return [nodeId('UNIT', entry.region, entry.name), nodeId('UNIT', entry.region, entry.to)];
}

/**
 * The fingerprint of the entries that concern one document: every entry whose printed names
 * occur in its text (in any region: a conservative test that needs no extraction), and every
 * rename of a unit it cites. Stored with the document's pipeline version, so an edit reloads
 * exactly the documents whose fingerprint changes. '' when no entry concerns it.
 */
export function overridesFingerprint(overrides: UserOverrides, subject: OverrideSubject): string {
  const hashes: string[] = [];
  const printed = (n: string): boolean => subject.foldedText.includes(foldKey(n));
  for (const section of SECTIONS) {
    for (const e of overrides[section]) {
      const concerned = section === 'rename'
        ? (() => {
          const r = e as UserOverrides['rename'][number];
          return printed(r.name) || printed(r.to) || renameIds(r).some((id) => subject.unitIds.has(id));
        })()
        : 'names' in e ? e.names.some(printed) : printed((e as { name: string }).name);
      if (concerned) hashes.push(entryHash(section, e));
    }
  }
  if (hashes.length === 0) return '';
  return createHash('sha256').update(hashes.sort().join(',')).digest('hex').slice(0, 16);
}

/** True when the file holds no entry at all (fingerprints are then skipped). */
export function isEmptyOverrides(o: UserOverrides): boolean {
  return SECTIONS.every((s) => o[s].length === 0);
}
