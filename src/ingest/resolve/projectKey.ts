import { foldKey } from '../text/foldText.js';
import { GENERIC_NAME, PROJECT_RULES } from '../rules/projectRules.js';
import aliasesData from '../dict/project-aliases.json' with { type: 'json' };

/** Key-folding rules: each rewrites a folded name toward the key one real project shares. */
export interface KeyRule {
  id: string;
  pattern: RegExp;
  replace: string;
  /** When it runs: on the name as printed (`printed`), or once region and town prefixes are folded (`unprefixed`). */
  runs: 'printed' | 'unprefixed';
  /** Run again after a prefix was folded: an edition printed after the place (安亭第二届汽车文化节). */
  againAfterPrefix?: true;
}

export const KEY_RULES: KeyRule[] = [
  // “乡悦华亭” / "乡悦华亭" → 乡悦华亭
  { id: 'key.quotes', pattern: /["'《》]/g, replace: '', runs: 'printed' },
  // 首届长三角城市群科博会 / 第七届长三角科交会 → the event, not the edition
  { id: 'key.edition', pattern: /^(?:第[一二三四五六七八九十百\d]+|首)届|^20\d\d(?:年)?/, replace: '', runs: 'printed', againAfterPrefix: true },
  // S7沪崇高速(二期) / 沪通铁路一期 → phases fold
  { id: 'key.phase', pattern: /\(?[一二三四五六七八九十\d]+期(?:工程)?\)?/g, replace: '', runs: 'printed' },
  // 14号线(嘉定段) / 嘉闵线嘉定段 → sections fold
  { id: 'key.section', pattern: /\(?(?:[\u4e00-\u9fff]{2}|[东南西北])段\)?$/, replace: '', runs: 'printed' },
  // 国家智能网联汽车(上海)试点示范区 → the parenthesised place is not part of the key
  { id: 'key.parenthetical', pattern: /\([^)]{1,6}\)/g, replace: '', runs: 'printed' },
  // 国家智能传感器创新中心 / 全国人口普查 → qualifiers fold
  { id: 'key.qualifier', pattern: /^(?:国家级?|全国|市级|区级)|(?<=第[一二三四五六七八九十]+次)全国|试点$/g, replace: '', runs: 'unprefixed' },
  // 上汽大众MEB工厂 / 乡悦华亭项目建设 / 西门旧改一期地块 → generic tails fold
  { id: 'key.generic-tail', pattern: /(?:项目|建设|工厂|工作|地块)+$/, replace: '', runs: 'unprefixed' },
  // 轨交14号线 / 轨道交通14号线 / 14号线 → 轨道交通14号线
  { id: 'key.metro-line', pattern: /^(?:轨交|轨道交通|地铁)?(\d+)号线/, replace: '轨道交通$1号线', runs: 'unprefixed' },
  // S7公路 / S7沪崇高速 → S7 (a highway is its code)
  { id: 'key.road-code', pattern: /^([SG]\d{1,4})(?![\dA-Za-z]).*$/, replace: '$1', runs: 'unprefixed' },
  // 北片区旧改一期 / 北片区旧城改造 / 北片区旧区改造 → one renewal
  { id: 'key.renewal', pattern: /(?:旧改|旧城改造)$/, replace: '旧区改造', runs: 'unprefixed' },
];

/**
 * A name that may open a project's name in a region's documents. `town` is null for the
 * city, the districts and the region's own names, which are folded away from any name
 * (嘉定氢能港 ≡ 氢能港). For a town or subdistrict it is the short form a key keeps: the town
 * is folded away before a name that names a project by itself (菊园新区科技服务业集聚区 ≡
 * 科技服务业集聚区) and kept before a bare site name (真新“南四块” → 真新南四块), since two
 * towns' “老街” or “城中村” are two projects.
 */
export interface PlacePrefix {
  name: string;
  town: string | null;
}

/** The prefixes of one region, longest first (see `placePrefixes`). */
export type PlacePrefixes = readonly PlacePrefix[];

// Private: alias names are folded without any region prefix, whatever the document's region.
const ALIAS_PREFIXES: PlacePrefixes = ['上海市', '上海', '黄浦区', '徐汇区', '长宁区', '静安区', '普陀区', '虹口区', '杨浦区', '闵行区', '宝山区', '嘉定区', '浦东新区', '金山区', '松江区', '青浦区', '奉贤区', '崇明区', '黄浦', '徐汇', '长宁', '静安', '普陀', '虹口', '杨浦', '闵行', '宝山', '嘉定', '浦东', '金山', '松江', '青浦', '奉贤', '崇明']
  .sort((a, b) => b.length - a.length)
  .map((name) => ({ name, town: null }));

/** Curated aliases by folded key → canonical name. */
export interface ProjectAliases {
  map: Map<string, string>;
}

/** The rules recorded when a region or town prefix is folded (嘉定氢能港 ≡ 氢能港) or a town is kept before a site name (南翔“老街”). */
export const PREFIX_RULES = { folded: 'key.place-prefix', townKept: 'key.town-kept' } as const;

// Private: the rules by when they run.
const ON_PRINTED = KEY_RULES.filter((r) => r.runs === 'printed');
const ON_UNPREFIXED = KEY_RULES.filter((r) => r.runs === 'unprefixed');
const AFTER_PREFIX = KEY_RULES.filter((r) => r.againAfterPrefix);

// Private: a river a place name is printed along (真新沿苏州河“南四块”): not part of the name.
const ALONG_RIVER = /^沿[\u4e00-\u9fff]{2,3}河/;

// Private: the endings that make a name name a project by itself (都市产业园, 嘉闵线, 汽车文化节);
// a renewal or heritage site (南四块, 老街, 孔庙, 北片区旧改) is named by its place.
const SELF_NAMED = PROJECT_RULES.filter((r) => r.kind !== 'RENEWAL').map((r) => new RegExp(`(?:${r.pattern.source})$`));

// Private: does `name` (folded, prefixes removed) name a project without its town?
function namesItself(name: string): boolean {
  const bare = name.replace(/(?:项目|建设|工程|工厂|工作|地块)+$/, '');
  return !GENERIC_NAME.test(bare) && SELF_NAMED.some((p) => p.test(bare));
}

/**
 * The key one real project shares across phases, sections, editions, quote styles,
 * spacing and region prefixes. Returns the key and the rules that changed it.
 */
export function projectKey(surface: string, prefixes: PlacePrefixes, aliases?: ProjectAliases): { key: string; canonical: string | null; rules: string[] } {
  let k = foldKey(surface);
  const rules: string[] = [];
  const apply = (r: KeyRule): void => {
    const next = k.replace(r.pattern, r.replace);
    if (next !== k && next.length >= 2) {
      k = next;
      rules.push(r.id);
    }
  };
  for (const r of ON_PRINTED) apply(r);
  // Region and town prefixes: 上海 / 嘉定 / 菊园新区 … (longest first, repeatedly: 上海嘉定…);
  // a town kept before a site name ends them (嘉定镇“城中村” is not 城中村 of 嘉定).
  prefixes: for (let again = true; again; ) {
    again = false;
    for (const p of prefixes) {
      if (!k.startsWith(p.name) || k.length - p.name.length < 2) continue;
      const rest = k.slice(p.name.length).replace(ALONG_RIVER, '');
      if (p.town !== null && !namesItself(rest)) {
        k = p.town + rest;
        rules.push(PREFIX_RULES.townKept);
        break prefixes;
      }
      k = rest;
      rules.push(PREFIX_RULES.folded);
      again = true;
    }
  }
  // An edition printed after the place (上海第七届市民运动会, 安亭第二届汽车文化节) folds too.
  if (rules.includes(PREFIX_RULES.folded)) for (const r of AFTER_PREFIX) apply(r);
  for (const r of ON_UNPREFIXED) apply(r);
  const canonical = aliases?.map.get(k) ?? null;
  if (canonical) {
    rules.push('alias');
    return { key: projectKey(canonical, prefixes).key, canonical, rules };
  }
  return { key: k, canonical: null, rules };
}

/** Build the alias map from `{canonical, names}` records (keys folded with the same prefixes). */
export function buildProjectAliases(entries: { canonical: string; names: string[] }[], prefixes: PlacePrefixes = ALIAS_PREFIXES): ProjectAliases {
  const map = new Map<string, string>();
  for (const e of entries) {
    for (const n of [e.canonical, ...e.names]) map.set(projectKey(n, prefixes).key, e.canonical);
  }
  return { map };
}

let defaultAliases: ProjectAliases | null = null;
/** The project's curated aliases (`dict/project-aliases.json`). */
export function defaultProjectAliases(): ProjectAliases {
  defaultAliases ??= buildProjectAliases((aliasesData as { projects: { canonical: string; names: string[] }[] }).projects);
  return defaultAliases;
}
