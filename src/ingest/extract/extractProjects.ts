import type { MentionRecord, ProjectKind, ProjectRecord, ProjectStatus } from '../records.js';
import { foldText } from '../text/foldText.js';
import type { ProjectAliases } from '../resolve/projectKey.js';
import { projectKey } from '../resolve/projectKey.js';
import { LEFT_STOPS, LISTED_PROJECT, PROJECT_RULES, QUOTED_PROJECT_SELF, QUOTED_PROJECT_TAIL } from './projectRules.js';
import { projectStatus } from './projectStatus.js';

/** Context for project extraction. */
export interface ProjectContext {
  region: string;
  year: number;
  documentId: string;
  taskId: string;
  aliases: ProjectAliases;
  /** Region and place names that prefix project names (嘉定氢能港 ≡ 氢能港). */
  prefixes: string[];
}

const STOPS = new Set(LEFT_STOPS);
const MAX_STOP = Math.max(...LEFT_STOPS.map((s) => s.length));
const MAX_NAME = 16;
// Private: characters a name cannot contain (clause punctuation, spaces).
const BOUNDARY = /[,;。:、!?\s\t\n"“”‘’《》【】\[\]%]/;
// Private: trailing phase/section markers that belong to the printed surface.
const TAIL = /^(?:\(?[一二三四五六七八九十]期(?:工程)?\)?|\((?:[\u4e00-\u9fff]{2}段)\)|[\u4e00-\u9fff]{2}段(?![\u4e00-\u9fff]*[路街])|工厂|项目)*/;
// Private: generic names that are never one project (一批产业园区, 特色产业园区).
const GENERIC = /^(?:特色|重点|市级|区级|国家级|一批|各类|各|新|园区|产业|相关|若干|多个|\d+个|[一二三四五六七八九十]+个|世界级|高能级)*(?:产业园区?|科技园|示范区|集聚区|创新中心|实验室|研究院|博览会|运动会|港|产业基地|铁路|功能型平台|重大专项)$/;

// Private: grow a name leftwards from `end` to a boundary or a stop word.
function growLeft(s: string, from: number, floor: number): number {
  let p = from;
  let depth = 0;
  while (p > floor && from - p < MAX_NAME) {
    const ch = s[p - 1]!;
    if (ch === ')') depth++;
    else if (ch === '(') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && BOUNDARY.test(ch)) break;
    if (depth === 0) {
      let stop = false;
      for (let k = MAX_STOP; k >= 1; k--) {
        if (p - k >= floor && STOPS.has(s.slice(p - k, p))) {
          stop = true;
          break;
        }
      }
      if (stop) break;
    }
    p--;
  }
  return p;
}

/**
 * Named projects in a span: names found by their endings (产业园, 号线, 科交会 …) grown
 * leftwards to a verb or boundary, and quoted names in a project context (推进“美丽家园”建设).
 * Each mention keeps its surface, year, status and evidence; the project id is
 * `proj:<region>:<key>` so phases, sections and editions of one project share it.
 */
export function extractProjects(text: string, span: { start: number; end: number }, ctx: ProjectContext): { projects: ProjectRecord[]; mentions: MentionRecord[] } {
  const f = foldText(text.slice(span.start, span.end), true);
  const s = f.text;
  const found: { a: number; b: number; kind: ProjectKind; rule: string }[] = [];
  for (const r of PROJECT_RULES) {
    r.pattern.lastIndex = 0;
    for (let m = r.pattern.exec(s); m; m = r.pattern.exec(s)) {
      const end = m.index + m[0].length;
      const start = r.kind === 'ROAD' || r.id === 'project.metro-line' ? m.index : growLeft(s, m.index, 0);
      let a = start;
      if (r.id === 'project.metro-line') {
        // 14号线 printed without a prefix still names the line.
        a = m.index;
      }
      const tail = TAIL.exec(s.slice(end));
      // A line name is short (嘉闵线); longer ones ending in 线 are something else (研发中试线).
      if (r.id === 'project.named-line' && end - start > 4) continue;
      found.push({ a, b: end + (tail ? tail[0].length : 0), kind: r.kind, rule: r.id });
    }
  }
  // A name listed before 等一批…项目 (真新南四块等一批区域更新项目).
  LISTED_PROJECT.lastIndex = 0;
  for (let m = LISTED_PROJECT.exec(s); m; m = LISTED_PROJECT.exec(s)) {
    const a = growLeft(s, m.index, 0);
    if (m.index - a >= 3 && m.index - a <= 10) found.push({ a, b: m.index, kind: /更新|改造|旧改/.test(m[0]) ? 'RENEWAL' : 'OTHER', rule: 'project.listed' });
  }
  // Quoted names in a project context: 推进“美丽家园”建设 / 真新“南四块”项目 / “雪亮工程”.
  for (let q = s.indexOf('"'); q >= 0; q = s.indexOf('"', q + 1)) {
    const close = s.indexOf('"', q + 1);
    if (close < 0) break;
    const inner = s.slice(q + 1, close);
    if (inner.length >= 2 && inner.length <= 10 && !/[,。;]/.test(inner)) {
      const after = s.slice(close + 1, close + 5);
      const tail = QUOTED_PROJECT_TAIL.exec(after);
      if (tail || QUOTED_PROJECT_SELF.test(inner)) {
        // A place printed right before the quote belongs to the name (真新“南四块”).
        const a = growLeft(s, q, 0);
        const b = tail && /^(?:改造|工程)$/.test(tail[0]) ? close + 1 + tail[0].length : close + 1;
        found.push({ a: a < q && q - a <= 8 ? a : q, b, kind: /改造|更新|开发/.test(tail?.[0] ?? '') ? 'RENEWAL' : 'PROGRAMME', rule: 'project.quoted' });
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
    if (surfaceF.length < 3 || GENERIC.test(surfaceF.replace(/"/g, ''))) continue;
    const start = span.start + f.map[c.a]!;
    const end = span.start + f.map[c.b - 1]! + 1;
    const surface = text.slice(start, end);
    const k = projectKey(surfaceF, ctx.prefixes, ctx.aliases);
    if (k.key.length < 2 || GENERIC.test(k.key)) continue;
    const id = `proj:${ctx.region}:${k.key}`;
    const name = k.canonical ?? k.key;
    projects.push({ id, name, kind: c.kind, region: ctx.region, aliases: surface !== name ? [surface] : [], rule: [c.rule, ...k.rules].join('+') });
    const status: ProjectStatus | null = projectStatus(s, c.a, c.b);
    mentions.push({ projectId: id, taskId: ctx.taskId, documentId: ctx.documentId, year: ctx.year, surface, status, evidence: { documentId: ctx.documentId, quote: surface, start, end, rule: c.rule } });
  }
  return { projects, mentions };
}
