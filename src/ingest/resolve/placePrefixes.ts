import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import { districtForRegion, districtOf } from './gazetteer.js';
import type { PlacePrefix, PlacePrefixes } from './projectKey.js';

const cache = new Map<string, PlacePrefixes>();

/**
 * Names that may prefix a project's name in a region's documents (see `PlacePrefix`): the
 * city, every district, and the region's own province, city and district as printed in its
 * name, full and short (江苏省无锡市新吴区 → 新吴区, 新吴, 无锡 …; the gazetteer lists only
 * some districts), which are not part of a project's identity; and the region's towns and
 * subdistricts from the gazetteer, each with the short form a key keeps (菊园新区 → 菊园).
 * Longest first.
 */
export function placePrefixes(gaz: Gazetteer, region: string): PlacePrefixes {
  const hit = cache.get(region);
  if (hit) return hit;
  const out = new Map<string, PlacePrefix>();
  const add = (name: string, town: string | null): void => {
    if (name.length >= 2 && !out.has(name)) out.set(name, { name, town });
  };
  for (const n of ['上海市', '上海', ...regionNames(region)]) add(n, null);
  const d = districtForRegion(gaz, region);
  const towns: PlaceEntry[] = [];
  for (const e of gaz.entries) {
    if (e.kind === 'DISTRICT') {
      add(e.name, null);
      add(e.name.replace(/(?:新区|区)$/, ''), null);
    } else if (d && (e.kind === 'TOWN' || e.kind === 'SUBDISTRICT') && districtOf(gaz, e) === d) {
      towns.push(e);
    }
  }
  // Towns after every region-level name: a name that is both keeps its region-level role.
  for (const e of towns) {
    // The shortest form the full name starts with (嘉定镇街道 → 嘉定镇, not the nickname 嘉城).
    const names = townNames(e);
    const kept = names.filter((n) => e.name.startsWith(n)).reduce((a, b) => (b.length < a.length ? b : a), e.name);
    for (const n of names) add(n, kept);
  }
  const list = [...out.values()].sort((a, b) => b.name.length - a.name.length);
  cache.set(region, list);
  return list;
}

// Private: how documents print a town (真新街道, 真新); names with brackets are left out.
function townNames(e: PlaceEntry): string[] {
  return [e.name, ...e.aliases].filter((n) => n.length >= 2 && !/[()（）]/.test(n));
}

const localCache = new Map<string, Set<string>>();

/**
 * Places below the district that anchor a quoted project name (真新“南四块”): the region's
 * towns and subdistricts from the gazetteer, with their short forms (真新街道 → 真新).
 */
export function localPlaces(gaz: Gazetteer, region: string): Set<string> {
  const hit = localCache.get(region);
  if (hit) return hit;
  const out = new Set<string>();
  const d = districtForRegion(gaz, region);
  for (const e of gaz.entries) {
    if (!d || (e.kind !== 'TOWN' && e.kind !== 'SUBDISTRICT') || districtOf(gaz, e) !== d) continue;
    for (const n of townNames(e)) out.add(n);
    const stem = e.name.replace(/(?:街道|镇|乡)$/, '');
    if (stem.length >= 2) out.add(stem);
  }
  localCache.set(region, out);
  return out;
}

// Private: a town or subdistrict as a document prints it (江桥镇 / 真新街道 / 三墩镇).
const TOWN_NAME = /([\u4e00-\u9fff]{2})(?:街道|镇|乡)(?![\u4e00-\u9fff]*?化)/g;

/**
 * `localPlaces` plus the towns and subdistricts a document itself names (for regions the
 * gazetteer does not cover): `在三墩镇开展试点` makes 三墩 a place of that document.
 */
export function documentPlaces(gaz: Gazetteer, region: string, text: string): Set<string> {
  const out = new Set(localPlaces(gaz, region));
  TOWN_NAME.lastIndex = 0;
  for (let m = TOWN_NAME.exec(text); m; m = TOWN_NAME.exec(text)) {
    out.add(m[1]!);
    out.add(m[0]);
  }
  return out;
}

/**
 * The administrative names a region string is made of, full and short: 江苏省无锡市新吴区 →
 * 江苏省, 江苏, 无锡市, 无锡, 新吴区, 新吴 (short forms under two characters are left out).
 */
export function regionNames(region: string): string[] {
  const out: string[] = [];
  for (const part of region.match(/[^省市区县旗]+?(?:省|自治区|市|区|县|旗)/g) ?? []) {
    out.push(part);
    const short = part.replace(/(?:省|自治区|市|新区|区|县|旗)$/, '');
    if (short.length >= 2) out.push(short);
  }
  return out;
}
