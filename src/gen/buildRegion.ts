import placesData from '../ingest/dict/places.json' with { type: 'json' };
import { buildProjects } from './buildProjects.js';
import { streamRng } from './rng.js';
import type { Rng } from './rng.js';
import type { RegionModel, UnitModel } from './types.js';
import { VOCABULARY } from './vocabulary.js';
import { Zipf } from './zipf.js';

interface GazetteerPlace {
  name: string;
  kind: string;
  parent: string | null;
}

// Private: towns and subdistricts the project gazetteer knows, by district (嘉定区 → 南翔镇 …).
const GAZETTEER_TOWNS = new Map<string, string[]>();
for (const p of (placesData as { places: GazetteerPlace[] }).places) {
  if ((p.kind === 'TOWN' || p.kind === 'SUBDISTRICT') && p.parent) {
    (GAZETTEER_TOWNS.get(p.parent) ?? GAZETTEER_TOWNS.set(p.parent, []).get(p.parent)!).push(p.name);
  }
}

/** `上海市嘉定区` → `嘉定区`; `江苏省苏州市吴中区` → `吴中区`. */
export function districtOf(region: string): string {
  const m = /(?:省|市)?([^省市]+区)$/.exec(region);
  return m ? m[1]! : region;
}

/** `嘉定区` → `嘉定`; `浦东新区` → `浦东`. */
export function shortOf(district: string): string {
  return district.replace(/(?:新区|区)$/, '');
}

// Private: a weighted random order (Efraimidis–Spirakis): heavier templates tend to rank higher.
function weightedOrder<T>(rng: Rng, items: { item: T; weight: number }[]): T[] {
  return items
    .map(({ item, weight }) => ({ item, key: Math.pow(rng.next() || Number.MIN_VALUE, 1 / weight) }))
    .sort((a, b) => b.key - a.key)
    .map((x) => x.item);
}

// Private: 6–12 towns and subdistricts: the gazetteer's where it has them, composed otherwise.
function townsOf(rng: Rng, district: string): string[] {
  const known = GAZETTEER_TOWNS.get(district);
  if (known && known.length >= 4) return known;
  const stems = rng.shuffle(VOCABULARY.townStems).slice(0, rng.range(6, 12));
  return stems.map((s) => (rng.chance(0.55) ? `${s}镇` : `${s}街道`));
}

/**
 * The model of region `index` (0-based into the vocabulary's region list) for a corpus seed:
 * 30–50 units ranked for a Zipf law, towns, and a project pool over `years`. Depends only
 * on (seed, index, years), never on how much else is generated.
 */
export function buildRegion(seed: number, index: number, years: [number, number]): RegionModel {
  const name = VOCABULARY.regions[index];
  if (name === undefined) throw new RangeError(`buildRegion expects an index below ${VOCABULARY.regions.length}, got ${index}`);
  const rng = streamRng(seed, 'region', index);
  const district = districtOf(name);
  const short = shortOf(district);
  const towns = townsOf(rng, district);

  const pool: { item: UnitModel; weight: number }[] = [];
  const templates = rng.shuffle(VOCABULARY.units).slice(0, rng.range(26, VOCABULARY.units.length));
  for (const t of templates) pool.push({ item: { name: t.name, alt: t.alt }, weight: t.weight });
  for (const town of towns) pool.push({ item: { name: town, alt: [] }, weight: 2 });
  for (const stem of rng.shuffle(VOCABULARY.companyStems).slice(0, rng.range(1, 3))) {
    pool.push({ item: { name: `${stem}集团`, alt: [`${short}${stem}集团`] }, weight: 2 });
  }
  const zone = `${short}${rng.pick(VOCABULARY.zoneStems)}区`;
  for (const o of rng.shuffle(VOCABULARY.offices).slice(0, rng.range(1, 3))) {
    pool.push({ item: { name: o.replace('{short}', short).replace('{zone}', zone), alt: [] }, weight: 1 });
  }
  const units = weightedOrder(rng, pool);
  return {
    index,
    code: `r${String(index).padStart(3, '0')}`,
    name,
    district,
    short,
    units,
    zipf: new Zipf(units.length, 1.1),
    towns,
    projects: buildProjects(streamRng(seed, 'projects', index), short, towns, years),
  };
}
