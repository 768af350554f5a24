import type { Gazetteer } from './gazetteer.js';
import { districtForRegion, districtOf } from './gazetteer.js';

const cache = new Map<string, string[]>();

/**
 * Names that may prefix a project's name in a region's documents and are not part of its
 * identity (上海 / 嘉定 / 真新 …): the city, every district, and the region's towns and
 * subdistricts. Longest first.
 */
export function placePrefixes(gaz: Gazetteer, region: string): string[] {
  const hit = cache.get(region);
  if (hit) return hit;
  const out = new Set<string>(['上海市', '上海']);
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
