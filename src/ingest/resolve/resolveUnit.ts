import type { PlaceRecord, UnitKind, UnitRecord, UnitRelationRecord } from '../../model/records.js';
import { documentId, nodeId } from '../../model/nodeKinds.js';
import { foldKey } from '../text/foldText.js';
import { districtForRegion, lookupPlace, placeChain, placeId } from './gazetteer.js';
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import type { UnitDictionary, UnitEntry } from './unitDictionary.js';
import { unitKindOf } from './unitKindRules.js';
import { collectiveRule } from './collectiveRules.js';
import { expandAbbreviations } from './expandAbbreviations.js';
import { inRegion, isEmptyOverrides } from './userOverrides.js';
import type { UserOverrides } from './userOverrides.js';

// 区文化和旅游局(区文物局) / 区委宣传部（区新闻办）: a unit and its second name (not a lead mark, handled before).
const SECOND_NAME = /^(.{3,}?[委办局院所队站会司部处室中心])[(（]([^()（）]{2,}?[委办局院所队站会司部处室中心])[)）]$/;

/** Everything a resolved name contributes: the unit, units it points to, reform edges, places. */
export interface ResolvedUnit {
  unit: UnitRecord;
  related: UnitRecord[];
  relations: UnitRelationRecord[];
  places: PlaceRecord[];
  /** Named as printed: no dictionary entry, place, override or name rule resolved it (reported as UNIT_SURFACE_ONLY). */
  surfaceOnly?: true;
}

/**
 * What resolution needs to know: the document's region (null when none could be given or
 * inferred: its units are then scoped to `documentId`, never shared) and the data to resolve against.
 */
export interface UnitContext {
  region: string | null;
  dict: UnitDictionary;
  gaz: Gazetteer;
  /** The document resolved for; names the scope of its units when the region is unknown. */
  documentId?: string;
  /** The user's overrides file (applied before everything else, each change recorded in the rule). */
  user?: UserOverrides;
}

/**
 * `unit:<region>:<canonical name>` — the same unit in two documents of a region gets the same
 * id, and units of two regions never do. Without a region: `unit:<document id>:<name>`.
 */
export function unitId(region: string, name: string): string {
  return nodeId('UNIT', region, name);
}

// Private: the scope a unit's id is made in: its region, else its own document.
function scopeOf(ctx: UnitContext): string {
  return ctx.region ?? ctx.documentId ?? documentId('?');
}

function districtShort(ctx: UnitContext): string {
  if (ctx.region === null) return '区';
  const d = districtForRegion(ctx.gaz, ctx.region);
  return d ? d.name : ctx.region.replace(/^上海市/, '');
}

/**
 * Private: the dictionary's generic form (区…) of a printed name: the region's own name in full or
 * in part dropped (上海市嘉定区经济委员会 / 嘉定区经委 → 区经济委员会 / 区经委; 湖北省武汉市江岸区发改局,
 * 武汉市江岸区发改局 → 区发改局), and a county's, county-level city's or banner's own level word read as
 * 区 (县发改局 in a 县, 市发改局 in a 县级市 such as 潜江市, 旗教育局 in a 旗 → 区…).
 */
function genericForm(folded: string, district: string, region: string | null): string {
  const prefixes = [`上海市${district}`, district];
  if (region) {
    prefixes.unshift(region);
    // 湖北省武汉市江岸区 → also 武汉市江岸区 (the city and the county, without the province).
    const m = /^.+?(?:省|自治区)(.+)$/.exec(region);
    if (m && m[1] !== district) prefixes.splice(1, 0, m[1]!);
  }
  for (const p of prefixes) {
    if (folded.startsWith(p) && folded.length > p.length) return '区' + folded.slice(p.length);
  }
  const level = /(?:自治)?(县|市|旗)$/.exec(district);
  if (level && folded.startsWith(level[1]!) && folded.length > 2 && !folded.startsWith(`${level[1]}${level[1]}`)) return '区' + folded.slice(1);
  return folded;
}

function fromTemplate(name: string, district: string): string {
  return name.replace('{district}', district).replace(/^区(?!域)/, district);
}

function record(ctx: UnitContext, name: string, kind: UnitKind, surface: string, rule: string, place: string | null): UnitRecord {
  const aliases = surface !== name ? [surface] : [];
  return { id: unitId(scopeOf(ctx), name), name, region: ctx.region, kind, aliases, placeId: place, rule };
}

// Private: a town, subdistrict or zone the unit also is (真新街道, 彭浦镇政府, 嘉定工业区).
function placeFor(ctx: UnitContext, folded: string): PlaceEntry | null {
  const bare = folded.replace(/(?:人民政府|政府|办事处|管委会|管理委员会)$/, '');
  for (const cand of [folded, bare]) {
    const p = lookupPlace(ctx.gaz, cand, ctx.region);
    if (p && (p.kind === 'TOWN' || p.kind === 'SUBDISTRICT' || p.kind === 'ZONE')) return p;
  }
  return null;
}

/**
 * Resolve a printed unit name to its canonical unit within the document's region:
 * overrides (force/forbid) → dictionary (short forms, full names, former names with a
 * SUCCEEDED_BY edge) → gazetteer (towns/subdistricts/zones are units and places) →
 * suffix rules (区X → <district>X). Every record names the rule that decided it.
 */
export function resolveUnit(surface: string, ctx: UnitContext): ResolvedUnit {
  const user = ctx.user;
  if (!user || isEmptyOverrides(user)) return resolveCore(surface, ctx);
  return renamed(resolveUser(surface, ctx, user, new Set()), user);
}

type Skip = Set<'merge' | 'unitRegion'>;

// Private: the user's overrides that decide a printed name (region, collective, merge, apart), else the shipped rules.
function resolveUser(surface: string, ctx: UnitContext, user: UserOverrides, skip: Skip): ResolvedUnit {
  const folded = foldKey(surface);
  const matches = (entryRegion: string | null, n: string): boolean => inRegion(entryRegion, ctx.region) && foldKey(n) === folded;
  const moved = skip.has('unitRegion') ? undefined : user.unitRegion.find((e) => matches(e.region, e.name));
  if (moved) {
    const r = resolveUser(surface, { ...ctx, region: moved.to }, user, new Set([...skip, 'unitRegion']));
    return { ...byOverride(r), unit: { ...r.unit, rule: `${r.unit.rule}+override.region:${moved.to}` } };
  }
  if (user.collective.some((e) => matches(e.region, e.name))) {
    return { unit: record(ctx, folded, 'COLLECTIVE', surface, 'override.collective', null), related: [], relations: [], places: [] };
  }
  const merge = skip.has('merge') ? undefined : user.merge.find((e) => e.names.some((n) => matches(e.region, n)));
  if (merge) {
    const rule = `override.merge:${merge.names.join('=')}`;
    if (merge.into !== null) {
      const u = record(ctx, merge.into, merge.kind ?? unitKindOf(merge.into).kind, surface, rule, null);
      return { unit: u, related: [], relations: [], places: [] };
    }
    // Without `into`, the others join whatever the first name resolves to by the other rules.
    if (foldKey(merge.names[0]!) !== folded) {
      const r = resolveUser(merge.names[0]!, ctx, user, new Set([...skip, 'merge']));
      const aliases = [...new Set([...r.unit.aliases, surface])].filter((a) => a !== r.unit.name);
      return { ...byOverride(r), unit: { ...r.unit, aliases, rule } };
    }
  }
  for (const apart of user.apart) {
    const at = apart.names.findIndex((n) => matches(apart.region, n));
    if (at < 1) continue;
    // Kept apart only where the rules would have merged it into an earlier name's unit.
    const own = resolveCore(surface, ctx);
    const earlier = new Set(apart.names.slice(0, at).map((n) => resolveCore(n, ctx).unit.id));
    if (earlier.has(own.unit.id)) return resolveCore(surface, ctx, `override.apart:${apart.names.join('|')}`);
  }
  return resolveCore(surface, ctx);
}

// Private: a result an override of the user's decided is not named by its surface only, whatever decided it before.
function byOverride(r: ResolvedUnit): ResolvedUnit {
  return { unit: r.unit, related: r.related, relations: r.relations, places: r.places };
}

// Private: the user's renames of canonical units, applied to the unit and the units and edges it brings.
function renamed(r: ResolvedUnit, user: UserOverrides): ResolvedUnit {
  if (user.rename.length === 0) return r;
  const ids = new Map<string, string>();
  const fix = (u: UnitRecord): UnitRecord => {
    const e = user.rename.find((x) => x.region === u.region && x.name === u.name);
    if (!e) return u;
    const id = u.id.slice(0, u.id.length - u.name.length) + e.to;
    ids.set(u.id, id);
    const aliases = [...new Set([...u.aliases, u.name])].filter((a) => a !== e.to);
    return { ...u, id, name: e.to, aliases, rule: `${u.rule}+override.rename` };
  };
  const unit = fix(r.unit);
  const related = r.related.map(fix);
  if (ids.size === 0) return r;
  const relations = r.relations.map((x) => ({ ...x, fromId: ids.get(x.fromId) ?? x.fromId, toId: ids.get(x.toId) ?? x.toId }));
  return { unit, related, relations, places: r.places };
}

// Private: the shipped rules; `apartRule` keeps the name as printed (a user's `apart` entry).
function resolveCore(surface: string, ctx: UnitContext, apartRule?: string): ResolvedUnit {
  const folded = foldKey(surface);
  const district = districtShort(ctx);
  const generic = genericForm(folded, district, ctx.region);
  const sameRegion = (r: string | null | undefined): boolean => r === null || r === undefined || r === ctx.region;
  const places: PlaceRecord[] = [];
  const withPlace = (p: PlaceEntry | null): string | null => {
    if (!p) return null;
    places.push(...placeChain(ctx.gaz, p));
    return placeId(ctx.gaz, p);
  };

  const shippedForbid = ctx.dict.overrides.forbid.find((f) => sameRegion(f.region) && foldKey(f.surface) === folded);
  const forbidden = apartRule !== undefined ? { surface } : shippedForbid;
  if (!forbidden) {
    const forced = ctx.dict.overrides.force.find((f) => sameRegion(f.region) && foldKey(f.surface) === folded);
    if (forced) {
      const u = record(ctx, forced.name, forced.kind ?? unitKindOf(forced.name).kind, surface, `override.force:${forced.surface}`, null);
      return { unit: u, related: [], relations: [], places };
    }
    // 各相关单位 / 区直各部门 / 相关乡镇办: kept as printed, a placeholder for whoever it concerns.
    const collective = collectiveRule(folded);
    if (collective) return { unit: record(ctx, folded, 'COLLECTIVE', surface, collective.id, null), related: [], relations: [], places };
    // A bureau printed with its second name: 区文化和旅游局(区文物局) is 区文化和旅游局, the bracket an alias.
    const second = SECOND_NAME.exec(folded);
    if (second && !places.length) {
      const r = resolveUnit(second[1]!, ctx);
      return { ...r, unit: { ...r.unit, aliases: [...new Set([...r.unit.aliases, surface, second[2]!])], rule: `${r.unit.rule}+unit.second-name` } };
    }
    const lookup = (g: string) => (ctx.dict.index.get(g) ?? []).filter((h) => sameRegion(h.entry.region));
    const expanded = expandAbbreviations(generic);
    const direct = lookup(generic);
    const hits = direct.length ? direct : lookup(expanded.name);
    const hit = hits.find((h) => h.entry.region === ctx.region) ?? hits[0];
    if (hit) {
      const e: UnitEntry = hit.entry;
      const current = e.name ? fromTemplate(e.name, district) : fromTemplate(e.shortForms[0]!, district);
      const place = withPlace(placeFor(ctx, folded));
      if (hit.predecessor === null) {
        const u = record(ctx, current, e.kind, surface, `dict:${e.id}:${hit.form}`, place);
        return { unit: u, related: [], relations: [], places };
      }
      // A former name: the unit as it was, SUCCEEDED_BY today's unit in the reform year.
      const p = e.predecessors![hit.predecessor]!;
      const oldName = p.name ? fromTemplate(p.name, district) : fromTemplate(p.shortForms[0]!, district);
      const rule = `dict:${e.id}:predecessor:${hit.form}`;
      const old = record(ctx, oldName, e.kind, surface, rule, place);
      const succ = record(ctx, current, e.kind, current, `dict:${e.id}`, place);
      const rel: UnitRelationRecord = { kind: 'SUCCEEDED_BY', fromId: old.id, toId: succ.id, year: p.until, rule };
      return { unit: old, related: [succ], relations: [rel], places };
    }
  }

  const p = forbidden ? null : placeFor(ctx, folded);
  if (p) {
    const kind: UnitKind = p.kind === 'TOWN' ? 'TOWN' : p.kind === 'SUBDISTRICT' ? 'SUBDISTRICT' : 'MANAGEMENT_COMMITTEE';
    const u = record(ctx, p.name, kind, surface, `gazetteer:${p.name}`, withPlace(p));
    return { unit: u, related: [], relations: [], places };
  }

  // Abbreviations expanded within the region (区发改局 ≡ 区发展改革局 → 江岸区发展和改革局), each merge's rule recorded.
  const long = generic.startsWith('区') && generic.length > 2 ? expandAbbreviations(generic) : { name: generic, rules: [] };
  // A name kept apart keeps its printed words (区交通委 is not expanded into 区交通委员会, the unit it is kept from).
  const own = apartRule !== undefined ? generic : long.name;
  const name = generic.startsWith('区') && generic.length > 2 ? district + own.slice(1) : folded;
  const k = unitKindOf(name);
  let place: string | null = null;
  // An unknown town or subdistrict (…镇 / …街道) is still a Place under the district.
  if (k.kind === 'TOWN' || k.kind === 'SUBDISTRICT') {
    const pname = name.replace(/(?:人民政府|政府|办事处)$/, '');
    const d = ctx.region === null ? null : districtForRegion(ctx.gaz, ctx.region);
    const parentId = d ? placeId(ctx.gaz, d) : null;
    if (d) places.push(...placeChain(ctx.gaz, d));
    place = nodeId('PLACE', `${scopeOf(ctx)}${pname}`);
    places.push({ id: place, name: pname, kind: k.kind === 'TOWN' ? 'TOWN' : 'SUBDISTRICT', parentId, aliases: [], code: null });
  }
  const byRules = name !== folded ? ['unit.district-prefix', ...(apartRule !== undefined ? [] : long.rules)].join('+') : `surface:${k.rule}`;
  const rule = apartRule ?? (forbidden ? `override.forbid:${forbidden.surface}` : byRules);
  const unit = record(ctx, name, k.kind, surface, rule, place);
  return name === folded && rule === byRules ? { unit, related: [], relations: [], places, surfaceOnly: true } : { unit, related: [], relations: [], places };
}
