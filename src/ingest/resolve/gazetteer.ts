import type { PlaceKind, PlaceRecord } from '../../model/records.js';
import { nodeId } from '../../model/nodeKinds.js';
import { foldKey } from '../text/foldText.js';
import placesData from '../dict/places.json' with { type: 'json' };

/** A gazetteer entry as stored in `dict/places.json` (parent by name). */
export interface PlaceEntry {
  name: string;
  kind: PlaceKind;
  parent: string | null;
  code: string | null;
  aliases: string[];
  ambiguousAliases?: string[];
}

/** Places indexed for lookup; built once from data. */
export interface Gazetteer {
  byName: Map<string, PlaceEntry>;
  /** Folded name or alias → entries (an alias may name places in several districts). */
  byAlias: Map<string, PlaceEntry[]>;
  entries: PlaceEntry[];
}

/** Build a gazetteer from entries (tests pass their own; default: `dict/places.json`). */
export function buildGazetteer(entries: PlaceEntry[]): Gazetteer {
  const byName = new Map<string, PlaceEntry>();
  const byAlias = new Map<string, PlaceEntry[]>();
  const add = (k: string, e: PlaceEntry): void => {
    const key = foldKey(k);
    const l = byAlias.get(key) ?? [];
    if (!l.includes(e)) l.push(e);
    byAlias.set(key, l);
  };
  for (const e of entries) {
    byName.set(e.name, e);
    add(e.name, e);
    for (const a of e.aliases) add(a, e);
  }
  return { byName, byAlias, entries };
}

let defaultGaz: Gazetteer | null = null;
/** The project's gazetteer (`dict/places.json`). */
export function defaultGazetteer(): Gazetteer {
  defaultGaz ??= buildGazetteer((placesData as { places: PlaceEntry[] }).places);
  return defaultGaz;
}

/** The district entry an entry lies in (itself for districts), or null. */
export function districtOf(g: Gazetteer, e: PlaceEntry): PlaceEntry | null {
  let cur: PlaceEntry | undefined = e;
  for (let k = 0; cur && k < 6; k++) {
    if (cur.kind === 'DISTRICT') return cur;
    cur = cur.parent ? g.byName.get(cur.parent) : undefined;
  }
  return null;
}

/** Full region name of a district entry: 嘉定区 → 上海市嘉定区. */
export function regionName(e: PlaceEntry): string {
  return e.parent === '上海市' ? `上海市${e.name}` : e.name;
}

/** The district entry for a region such as `上海市嘉定区` (or `嘉定区`), or null. */
export function districtForRegion(g: Gazetteer, region: string): PlaceEntry | null {
  const l = g.byAlias.get(foldKey(region)) ?? g.byAlias.get(foldKey(region.replace(/^上海市/, '')));
  return l?.find((e) => e.kind === 'DISTRICT') ?? null;
}

/** Deterministic place id: the division code where known, else the region-qualified name. */
export function placeId(g: Gazetteer, e: PlaceEntry): string {
  if (e.code) return nodeId('PLACE', e.code);
  const d = districtOf(g, e);
  return nodeId('PLACE', d && d !== e ? `${regionName(d)}${e.name}` : e.name);
}

/** Find a place by printed name within a region (entries of that district preferred). */
export function lookupPlace(g: Gazetteer, name: string, region: string | null): PlaceEntry | null {
  const l = g.byAlias.get(foldKey(name));
  if (!l || !l.length) return null;
  if (region) {
    const d = districtForRegion(g, region);
    const inRegion = l.filter((e) => districtOf(g, e) === d);
    if (inRegion.length) return inRegion[0]!;
    // A place of another district, named only by an ambiguous bare alias, is not a match.
    return l.find((e) => e.kind === 'DISTRICT' || e.kind === 'CITY') ?? null;
  }
  return l[0]!;
}

/** The record for an entry and its parent chain (so every parentId is present). */
export function placeChain(g: Gazetteer, e: PlaceEntry): PlaceRecord[] {
  const out: PlaceRecord[] = [];
  let cur: PlaceEntry | undefined = e;
  for (let k = 0; cur && k < 8; k++) {
    const parent: PlaceEntry | undefined = cur.parent ? g.byName.get(cur.parent) : undefined;
    out.push({ id: placeId(g, cur), name: cur.name, kind: cur.kind, parentId: parent ? placeId(g, parent) : null, aliases: [...cur.aliases], code: cur.code });
    cur = parent;
  }
  return out;
}
