import type { LocationRecord, PlaceRecord } from '../../model/records.js';
import { nodeId } from '../../model/nodeKinds.js';
import type { Gazetteer, PlaceEntry } from '../resolve/gazetteer.js';
import { districtForRegion, districtOf, placeChain, placeId } from '../resolve/gazetteer.js';
import { foldText } from '../text/foldText.js';
import type { FoldedText } from '../text/foldText.js';

/** Context for place extraction. */
export interface PlaceContext {
  region: string;
  gaz: Gazetteer;
  documentId: string;
  subjectId: string;
}

/** Suffix rule: a village named right after its town (华亭镇毛桥村 / 外冈镇周泾村). */
export const VILLAGE_AFTER_TOWN = { id: 'place.village-after-town', pattern: /^[\u4e00-\u9fff]{2,3}村(?![委民庄])/ };

interface Matcher {
  re: RegExp;
  byName: Map<string, PlaceEntry>;
}
const matchers = new Map<string, Matcher>();

// Private: one alternation of the region's place names and aliases, longest first.
function matcherFor(gaz: Gazetteer, region: string): Matcher {
  const hit = matchers.get(region);
  if (hit) return hit;
  const d = districtForRegion(gaz, region);
  const byName = new Map<string, PlaceEntry>();
  for (const e of gaz.entries) {
    const own = d !== null && districtOf(gaz, e) === d;
    if (e.kind === 'DISTRICT') {
      // Full district names only: the bare stem (嘉定) names too many other things.
      byName.set(e.name, e);
      continue;
    }
    if (!own) continue;
    for (const n of [e.name, ...e.aliases]) if (n.length >= 2 && !/[()（）]/.test(n)) byName.set(n, e);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = { re: new RegExp(names.join('|'), 'g'), byName };
  matchers.set(region, m);
  return m;
}

/**
 * Places named in a span: gazetteer names and aliases of the region (towns, subdistricts,
 * zones, villages) and district names, plus villages printed after their town; each with
 * its parent chain, and a LOCATED_IN record per place for the subject. `folded`: the span
 * already folded (`foldText(text.slice(span…), true)`), when the caller has it.
 */
export function extractPlaces(
  text: string,
  span: { start: number; end: number },
  ctx: PlaceContext,
  folded?: FoldedText,
): { places: PlaceRecord[]; locations: LocationRecord[] } {
  const places: PlaceRecord[] = [];
  const locations: LocationRecord[] = [];
  const f = folded ?? foldText(text.slice(span.start, span.end), true);
  const m = matcherFor(ctx.gaz, ctx.region);
  const seen = new Set<string>();
  m.re.lastIndex = 0;
  for (let hit = m.re.exec(f.text); hit; hit = m.re.exec(f.text)) {
    const e = m.byName.get(hit[0])!;
    let id = placeId(ctx.gaz, e);
    let a = hit.index;
    let b = a + hit[0].length;
    let rule = `gazetteer:${e.name}`;
    const chain = placeChain(ctx.gaz, e);
    if (e.kind === 'TOWN') {
      const v = VILLAGE_AFTER_TOWN.pattern.exec(f.text.slice(b));
      if (v) {
        const known = m.byName.get(v[0]);
        if (known && known.kind === 'VILLAGE') {
          chain.unshift(...placeChain(ctx.gaz, known));
          id = placeId(ctx.gaz, known);
        } else {
          const vid = nodeId('PLACE', `${ctx.region}${e.name}${v[0]}`);
          chain.unshift({ id: vid, name: v[0], kind: 'VILLAGE', parentId: id, aliases: [], code: null });
          id = vid;
          rule = VILLAGE_AFTER_TOWN.id;
        }
        b += v[0].length;
        m.re.lastIndex = b;
      }
    }
    places.push(...chain);
    if (seen.has(id)) continue;
    seen.add(id);
    const start = span.start + f.map[a]!;
    const end = span.start + f.map[b - 1]! + 1;
    a = start;
    locations.push({ subjectId: ctx.subjectId, placeId: id, evidence: { documentId: ctx.documentId, quote: text.slice(start, end), start, end, rule } });
  }
  return { places, locations };
}
