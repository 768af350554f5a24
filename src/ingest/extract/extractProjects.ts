import type { MentionRecord, ProjectKind, ProjectRecord, ProjectStatus } from '../../model/records.js';
import { nodeId } from '../../model/nodeKinds.js';
import { foldText } from '../text/foldText.js';
import type { FoldedText } from '../text/foldText.js';
import type { PlacePrefixes, ProjectAliases } from '../resolve/projectKey.js';
import { projectKey } from '../resolve/projectKey.js';
import {
  CONTEXT_RULES, GENERIC_NAME, LISTED_PROJECT, NAME_FRAGMENT, NAME_PARTICLES, NAME_TAIL, NAME_VERBS, PLACE_ENDING, PROJECT_RULES, QUOTED_PROJECT_SELF, QUOTED_PROJECT_TAIL,
} from '../rules/projectRules.js';
import { projectStatus } from './projectStatus.js';

/** Context for project extraction. */
export interface ProjectContext {
  region: string;
  year: number | null;
  documentId: string;
  taskId: string;
  aliases: ProjectAliases;
  /** Region and town names that prefix project names (嘉定氢能港 ≡ 氢能港; 真新“南四块” keeps 真新). */
  prefixes: PlacePrefixes;
  /** Places below the district (towns, subdistricts; short forms too) that anchor a quoted name: 真新“南四块”. */
  places: ReadonlySet<string>;
}

// Private: name verbs by their last character, longest first (a name grows leftwards, so a
// verb is recognised by the character it ends with).
const VERBS_BY_LAST = new Map<string, string[]>();
for (const v of [...NAME_VERBS].sort((a, b) => b.length - a.length)) {
  const last = v[v.length - 1]!;
  (VERBS_BY_LAST.get(last) ?? VERBS_BY_LAST.set(last, []).get(last)!).push(v);
}
const PARTICLES = new Set(NAME_PARTICLES);
const MAX_NAME = 16;
// Private: characters a name cannot contain (clause punctuation, spaces).
const BOUNDARY = /[,;。:、!?\s\t\n"“”‘’《》【】\[\]%]/;

// Private: does a name verb end at p (…推进|)?
function verbEndsAt(s: string, p: number, floor: number): boolean {
  const cands = VERBS_BY_LAST.get(s[p - 1]!);
  if (!cands) return false;
  for (const v of cands) if (p - v.length >= floor && s.startsWith(v, p - v.length)) return true;
  return false;
}

// Private: may the name be cut after a particle at p - 1, leaving s[p, to) as its start?
// Not inside a known place (元和“老城厢”), a pair of particles (共和) or a road (共和新路),
// nor after a 和 that has one character before it (see `endsPlaceName`).
function particleCuts(s: string, p: number, to: number, places: ReadonlySet<string>, floor = 0): boolean {
  if (endsPlaceName(s, p, floor)) return false;
  // A particle that begins a known place is part of the name (推进和平集成电路产业园 in 和平区).
  for (let k = 2; k <= 4; k++) if (places.has(s.slice(p - 1, p - 1 + k))) return false;
  if (p >= to) {
    for (let k = 2; k <= 4 && p - k >= 0; k++) if (places.has(s.slice(p - k, p))) return false;
    return true;
  }
  if (PARTICLES.has(s[p]!)) return false;
  return !NAME_FRAGMENT.test(s.slice(p, to));
}

// Private: is the 和 at p - 1 the end of a two-character place (。元和「西门」完成签约, 启动太和“老街”)
// rather than a conjunction? A conjunction joins two names, and no name is one character long.
function endsPlaceName(s: string, p: number, floor: number): boolean {
  const one = p - 2;
  if (s[p - 1] !== '和' || one < floor || !/[\u4e00-\u9fff]/.test(s[one]!) || PARTICLES.has(s[one]!)) return false;
  return one === floor || BOUNDARY.test(s[one - 1]!) || verbEndsAt(s, one, floor);
}

const NO_PLACES: ReadonlySet<string> = new Set();
// Private: a line break with the spaces around it.
const LINE_BREAK = /[ \t\u3000]*[\r\n]+[ \t\u3000]*/g;

// Private: grow a name leftwards from `from` to a boundary, a verb, or a particle outside the name.
function growLeft(s: string, from: number, floor: number, places: ReadonlySet<string> = NO_PLACES): number {
  let p = from;
  let depth = 0;
  while (p > floor && from - p < MAX_NAME) {
    const ch = s[p - 1]!;
    if (ch === ')') depth++;
    else if (ch === '(') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && BOUNDARY.test(ch)) break;
    if (depth === 0 && (verbEndsAt(s, p, floor) || (PARTICLES.has(ch) && particleCuts(s, p, from, places, floor)))) break;
    p--;
  }
  // A particle left at the start (和“美丽家园”) is not part of the name.
  if (p < from && PARTICLES.has(s[p]!) && particleCuts(s, p + 1, from, places, floor)) p++;
  return p;
}

// Private: the region's names and the document's places as one set (built once per document).
const knownCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
function knownPlaces(ctx: ProjectContext): ReadonlySet<string> {
  let known = knownCache.get(ctx.places);
  if (!known) knownCache.set(ctx.places, (known = new Set([...ctx.places, ...ctx.prefixes.map((p) => p.name)])));
  return known;
}

// Private: is the text before a quote a place below the district (真新, 江宁路, 真新沿苏州河)?
function isPlace(prefix: string, places: ReadonlySet<string>): boolean {
  if (prefix.length < 2 || prefix.length > 6) return false;
  if (places.has(prefix) || PLACE_ENDING.test(prefix)) return true;
  const along = prefix.indexOf('沿');
  return along >= 2 && places.has(prefix.slice(0, along));
}

/**
 * Named projects in a span: names found by their endings (产业园, 号线, 科交会 …) grown
 * leftwards to a verb or boundary, and quoted names in a project context (推进“美丽家园”建设).
 * Each mention keeps its surface, year, status and evidence; the project id is
 * `proj:<region>:<key>` so phases, sections and editions of one project share it.
 * `folded`: the span already folded (`foldText(text.slice(span…), true)`), when the caller has it.
 */
export function extractProjects(
  text: string,
  span: { start: number; end: number },
  ctx: ProjectContext,
  folded?: FoldedText,
): { projects: ProjectRecord[]; mentions: MentionRecord[] } {
  const f = folded ?? foldText(text.slice(span.start, span.end), true);
  const s = f.text;
  const found: { a: number; b: number; kind: ProjectKind; rule: string }[] = [];
  const known = knownPlaces(ctx);
  for (const r of PROJECT_RULES) {
    r.pattern.lastIndex = 0;
    for (let m = r.pattern.exec(s); m; m = r.pattern.exec(s)) {
      const end = m.index + m[0].length;
      // What each rule accepts is its record's (ProjectRule: start, maxLength, rejects, minQualifier).
      const a = r.start === 'match' ? m.index : growLeft(s, m.index, 0, known);
      if (r.maxLength !== undefined && end - a > r.maxLength) continue;
      if (r.rejects && r.rejects.test(s.slice(a, end))) continue;
      if (r.minQualifier !== undefined && m.index - a < r.minQualifier) continue;
      const tail = NAME_TAIL.exec(s.slice(end));
      found.push({ a, b: end + (tail ? tail[0].length : 0), kind: r.kind, rule: r.id });
    }
  }
  // A name listed before 等一批…项目 (真新南四块等一批区域更新项目).
  const { listed, quoted, quotedPlace } = CONTEXT_RULES;
  LISTED_PROJECT.lastIndex = 0;
  for (let m = LISTED_PROJECT.exec(s); m; m = LISTED_PROJECT.exec(s)) {
    const a = growLeft(s, m.index, 0, known);
    if (m.index - a >= listed.minLength && m.index - a <= listed.maxLength) found.push({ a, b: m.index, kind: listed.renewal.test(m[0]) ? 'RENEWAL' : 'OTHER', rule: listed.id });
  }
  // Quoted names in a project context: 推进“美丽家园”建设 / 真新“南四块”项目 / “雪亮工程”.
  for (let q = s.indexOf('"'); q >= 0; q = s.indexOf('"', q + 1)) {
    const close = s.indexOf('"', q + 1);
    if (close < 0) break;
    const inner = s.slice(q + 1, close);
    if (inner.length >= quoted.minInner && inner.length <= quoted.maxInner && !/[,。;]/.test(inner)) {
      const after = s.slice(close + 1, close + 5);
      const tail = QUOTED_PROJECT_TAIL.exec(after);
      if (tail || QUOTED_PROJECT_SELF.test(inner)) {
        // A place printed right before the quote belongs to the name (真新“南四块”).
        const a = growLeft(s, q, 0, known);
        const b = tail && quoted.keptTail.test(tail[0]) ? close + 1 + tail[0].length : close + 1;
        found.push({ a: a < q && q - a <= quoted.placeBefore ? a : q, b, kind: quoted.renewalTail.test(tail?.[0] ?? '') ? 'RENEWAL' : 'PROGRAMME', rule: quoted.id });
      } else {
        // A quoted name after a place is that place's project, whatever follows (三墩“东街”顺利推进).
        const a = growLeft(s, q, 0, known);
        if (isPlace(s.slice(a, q), ctx.places)) found.push({ a, b: close + 1, kind: 'RENEWAL', rule: quotedPlace.id });
      }
    }
    q = close;
  }
  // Longest name wins where candidates overlap.
  found.sort((x, y) => x.a - y.a || y.b - x.b);
  const kept: typeof found = [];
  for (const c of found) {
    const last = kept[kept.length - 1];
    if (last && c.a < last.b) {
      if (c.b - c.a > last.b - last.a) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }

  const projects: ProjectRecord[] = [];
  const mentions: MentionRecord[] = [];
  for (const c of kept) {
    const surfaceF = s.slice(c.a, c.b);
    if (surfaceF.length < 3 || GENERIC_NAME.test(surfaceF.replace(/"/g, ''))) continue;
    const start = span.start + f.map[c.a]!;
    const end = span.start + f.map[c.b - 1]! + 1;
    const surface = text.slice(start, end);
    const k = projectKey(surfaceF, ctx.prefixes, ctx.aliases);
    if (k.key.length < 2 || GENERIC_NAME.test(k.key)) continue;
    const id = nodeId('PROJECT', ctx.region, k.key);
    const name = k.canonical ?? k.key;
    // The spelling as printed, but not split by a page or line break (东街⏎⏎旧改一期); the
    // mention's evidence keeps the exact quote.
    const spelling = surface.replace(LINE_BREAK, '');
    const rule = [c.rule, ...k.rules].join('+');
    projects.push({ id, name, kind: c.kind, region: ctx.region, aliases: spelling !== name ? [spelling] : [], rule });
    const status: ProjectStatus | null = projectStatus(s, c.a, c.b);
    mentions.push({ projectId: id, taskId: ctx.taskId, documentId: ctx.documentId, year: ctx.year, surface, resolution: rule, status, evidence: { documentId: ctx.documentId, quote: surface, start, end, rule: c.rule } });
  }
  return { projects, mentions };
}
