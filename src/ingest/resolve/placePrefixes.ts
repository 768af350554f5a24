import type { Gazetteer } from './gazetteer.js';
import { districtForRegion, districtOf } from './gazetteer.js';

const cache = new Map<string, string[]>();

/**
 * Names that may prefix a project's name in a region's documents and are not part of its
 * identity (上海 / 嘉定 / 真新 …): the city, every district, and the region's towns and
 * subdistricts from the gazetteer, and the region's own province, city and district as
 * printed in its name, full and short (江苏省无锡市新吴区 → 新吴区, 新吴, 无锡 …; the gazetteer
 * lists only some districts). Longest first.
 */
export function placePrefixes(gaz: Gazetteer, region: string): string[] {
  const hit = cache.get(region);
  if (hit) return hit;
  const out = new Set<string>(['上海市', '上海', ...regionNames(region)]);
  const d = districtForRegion(gaz, region);
  for (const e of gaz.entries) {
    if (e.kind === 'DISTRICT') {
      out.add(e.name);
      out.add(e.name.replace(/(?:新区|区)$/, ''));
    } else if (d && (e.kind === 'TOWN' || e.kind === 'SUBDISTRICT') && districtOf(gaz, e) === d) {
      for (const n of [e.name, ...e.aliases]) if (n.length >= 2 && !/[()（）]/.test(n)) out.add(n);
    }
  }
  const list = [...out].filter((p) => p.length >= 2).sort((a, b) => b.length - a.length);
  cache.set(region, list);
  return list;
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
    for (const n of [e.name, ...e.aliases]) if (n.length >= 2 && !/[()（）]/.test(n)) out.add(n);
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
