import type { Division, NationalGazetteer } from '../resolve/nationalGazetteer.js';
import { divisionChain, fullDivisionName } from '../resolve/nationalGazetteer.js';

/** One printed division name found in a text. */
export interface DivisionHit {
  start: number;
  end: number;
  name: string;
  /** Every division of that name (鼓楼区: four). */
  candidates: Division[];
  /** In the title / issuer lines or the closing signature and seal. */
  prominent: boolean;
  /** Followed by a body of government (人民政府, 政府, 区委 …). */
  issuing: boolean;
}

/** The region a document is from, or why none could be named. */
export interface RegionGuess {
  /** Full name (`湖北省武汉市江岸区`), or null. */
  region: string | null;
  division: Division | null;
  rule: string;
  /** Where the text names it: where the issuer is named (title, issuer line, signature), or most often in the body; null when none. */
  namedBy: 'issuer' | 'body' | null;
  /** The hit that names it. */
  hit: DivisionHit | null;
  /** Set when no region could be named: the reason, for the ingest warning. */
  problem: string | null;
}

/** Characters of the head (title, issuer, addressees) and of the tail (signature, seal, date). */
const HEAD = 300;
const TAIL = 200;
// 江岸区人民政府办公室 / 中共江岸区委 / 潜江市政府工作报告: the division issues the document.
const ISSUING = /^(?:人民政府|政府|委员会|委|党委|人大|政协|办公室|办公厅)/;

/**
 * Every full division name printed in `text` (province, city, county; towns are looked up
 * later within the region): at each position, the longest name ending there. A two-character
 * county name (城区, 郊区, 矿区) is a common word too, so it counts only right after its city.
 */
export function findDivisionNames(text: string, g: NationalGazetteer): DivisionHit[] {
  const hits: DivisionHit[] = [];
  const tailFrom = Math.max(HEAD, text.length - TAIL);
  for (let end = 2; end <= text.length; end++) {
    if (!g.endChars.has(text[end - 1]!)) continue;
    let found: { name: string; candidates: Division[] } | null = null;
    for (let len = Math.min(g.longest, end); len >= 2 && !found; len--) {
      const name = text.slice(end - len, end);
      const l = g.byName.get(name);
      if (l) found = { name, candidates: l };
    }
    if (!found) continue;
    const start = end - found.name.length;
    let candidates = found.candidates;
    if (found.name.length === 2) {
      candidates = candidates.filter((d) => d.level !== 'COUNTY' || precededByParent(text, start, d, g));
      if (!candidates.length) continue;
    }
    hits.push({
      start, end, name: found.name, candidates,
      prominent: start < HEAD || start >= tailFrom,
      issuing: ISSUING.test(text.slice(end, end + 4)),
    });
  }
  return dropInner(hits);
}

/**
 * The issuing region of a document, by the rule of the genre: a division named in the title,
 * issuer line or signature (…区人民政府办公室, 中共…县委, …县政府工作报告) wins over one named
 * in the body; a county over the city and province that contain it; a name shared by several
 * divisions (鼓楼区, 朝阳区) is decided by its province or city printed in the text, or left open.
 */
export function inferRegion(text: string, g: NationalGazetteer): RegionGuess {
  const hits = findDivisionNames(text, g);
  if (!hits.length) return none('region.none', 'no province, city or county of the national gazetteer is named in the text');
  const context = contextCounts(hits);
  const prominent = hits.filter((h) => h.prominent);
  const levels: Division['level'][] = ['COUNTY', 'CITY', 'PROVINCE'];
  // Named where the issuer is named: the lowest level there; else the body's most-named county.
  for (const [pool, rule, namedBy] of [[prominent, 'region.issuer', 'issuer'], [hits, 'region.most-named', 'body']] as const) {
    for (const level of levels) {
      const scored = scoreLevel(pool, level, context, g);
      if (!scored.length) continue;
      const best = scored[0]!;
      if (best.ambiguous.length > 1) {
        const where = best.ambiguous.map((d) => fullDivisionName(g, d)).join('、');
        return { ...none('region.ambiguous', `${best.hit.name} names ${best.ambiguous.length} divisions (${where}) and the text names none of their provinces or cities`), hit: best.hit };
      }
      return { region: fullDivisionName(g, best.division), division: best.division, rule: `${rule}.${level.toLowerCase()}`, namedBy, hit: best.hit, problem: null };
    }
  }
  return none('region.none', 'no division could be chosen');
}

// Private: a guess that names no region.
function none(rule: string, problem: string): RegionGuess {
  return { region: null, division: null, rule, namedBy: null, hit: null, problem };
}

// Private: is the name at `start` printed right after its city or province (大同市城区)?
function precededByParent(text: string, start: number, d: Division, g: NationalGazetteer): boolean {
  return divisionChain(g, d).slice(0, -1).some((p) => p.name.length >= 2 && text.slice(Math.max(0, start - p.name.length), start) === p.name);
}

// Private: a name inside a longer one found at a later end (武汉 in 武汉市 is found only as 武汉市).
function dropInner(hits: DivisionHit[]): DivisionHit[] {
  const out: DivisionHit[] = [];
  for (const h of hits) {
    while (out.length && out[out.length - 1]!.start >= h.start) out.pop();
    out.push(h);
  }
  return out;
}

// Private: how often each division code is named (by any hit naming it), for ancestors' support.
function contextCounts(hits: DivisionHit[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const h of hits) for (const d of h.candidates) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return counts;
}

interface Scored {
  division: Division;
  score: number;
  first: number;
  hit: DivisionHit;
  /** The candidates left undecided when the hit's name is shared. */
  ambiguous: Division[];
}

// Private: the divisions of one level the hits name, best first (weight, then first printed).
function scoreLevel(hits: DivisionHit[], level: Division['level'], context: Map<string, number>, g: NationalGazetteer): Scored[] {
  const byCode = new Map<string, Scored>();
  for (const h of hits) {
    const own = h.candidates.filter((d) => d.level === level);
    if (!own.length) continue;
    // A shared name: keep the candidates whose province or city the text also names.
    let picked = own;
    if (own.length > 1) {
      const supported = own.map((d) => ({ d, s: ancestorSupport(d, context, g) }));
      const top = Math.max(...supported.map((x) => x.s));
      picked = top > 0 ? supported.filter((x) => x.s === top).map((x) => x.d) : own;
    }
    const weight = (h.prominent ? 4 : 1) * (h.issuing ? 2 : 1);
    for (const d of picked) {
      const s = byCode.get(d.code) ?? { division: d, score: 0, first: h.start, hit: h, ambiguous: picked };
      s.score += weight;
      if (picked.length < s.ambiguous.length) s.ambiguous = picked;
      byCode.set(d.code, s);
    }
  }
  return [...byCode.values()].sort((a, b) => b.score - a.score || a.first - b.first);
}

// Private: how often the division's province and city are named.
function ancestorSupport(d: Division, context: Map<string, number>, g: NationalGazetteer): number {
  return divisionChain(g, d).slice(0, -1).reduce((n, p) => n + (context.get(p.code) ?? 0), 0);
}
