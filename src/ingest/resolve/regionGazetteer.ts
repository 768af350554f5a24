import type { PlaceKind } from '../../model/records.js';
import { buildGazetteer, defaultGazetteer, districtForRegion } from './gazetteer.js';
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import { divisionChain, divisionOfRegion, nationalGazetteer, shortDivisionName } from './nationalGazetteer.js';
import type { Division } from './nationalGazetteer.js';

const cache = new Map<string, Gazetteer>();

/**
 * The gazetteer a document of `region` resolves places and units against: the project's own
 * (`dict/places.json`, Shanghai, with curated aliases, zones and villages) where it knows the
 * district; otherwise the region's province, city, county and its towns and subdistricts from
 * the national gazetteer (the county carries the full region name as an alias, so
 * `districtForRegion` finds it). Unknown regions get the project's gazetteer unchanged.
 */
export function regionGazetteer(region: string | null, base: Gazetteer = defaultGazetteer()): Gazetteer {
  if (!region || districtForRegion(base, region)) return base;
  const hit = cache.get(region);
  if (hit) return hit;
  const g = nationalGazetteer();
  const d = divisionOfRegion(g, region);
  if (!d) return base;
  const entries: PlaceEntry[] = [];
  const chain = divisionChain(g, d);
  let parent: string | null = null;
  for (const [i, x] of chain.entries()) {
    if (/^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(x.name)) continue;
    // A city without counties is listed again as its own county: one entry, the county's (its towns hang there).
    if (chain[i + 1]?.name === x.name) continue;
    const kind: PlaceKind = x.level === 'PROVINCE' ? 'PROVINCE' : x.level === 'CITY' ? 'CITY' : 'DISTRICT';
    const aliases = x === d ? [region] : [shortDivisionName(x)].filter((a) => a !== x.name && a.length >= 2);
    entries.push({ name: x.name, kind, parent, code: x.code.padEnd(6, '0'), aliases });
    parent = x.name;
  }
  if (d.level === 'COUNTY') {
    for (const t of g.townsOf.get(d.code) ?? []) entries.push(townEntry(t, d.name));
  }
  const built = buildGazetteer(entries);
  cache.set(region, built);
  return built;
}

// Private: a town or subdistrict of the county, with its name short of 镇 / 乡 / 街道 as an alias (花桥镇 → 花桥).
function townEntry(t: Division, county: string): PlaceEntry {
  const kind: PlaceKind = /街道(?:办事处)?$/.test(t.name) ? 'SUBDISTRICT' : /(?:镇|乡)$/.test(t.name) ? 'TOWN' : 'ZONE';
  const stem = t.name.replace(/(?:街道办事处|街道|民族乡|镇|乡)$/, '');
  return { name: t.name, kind, parent: county, code: t.code, aliases: stem.length >= 2 && stem !== t.name ? [stem] : [] };
}
