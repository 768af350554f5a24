import type {
  DocumentInput, DocumentRecord, Evidence, ExtractedDocument, ExtractionWarning, Genre, Inference, LocationRecord,
  MentionRecord, PlaceRecord, ProjectRecord, ResponsibilityRecord, SectionRecord, TargetRecord, TaskRecord, UnitRecord,
  UnitRelationRecord,
} from './records.js';
import { Dedup } from './collect.js';
import { docBase, documentId } from './ids.js';
import { parseStructure } from './structure/parseStructure.js';
import type { Block } from './structure/blocks.js';
import { cleanText } from './text/cleanText.js';
import { foldText } from './text/foldText.js';
import { findResponsibilities, splitNames } from './extract/findResponsibilities.js';
import type { PrintedName } from './extract/findResponsibilities.js';
import { classifyTask } from './extract/classifyTask.js';
import { extractTargets } from './extract/extractTargets.js';
import { extractProjects } from './extract/extractProjects.js';
import { extractPlaces } from './extract/extractPlaces.js';
import { inferMeta } from './infer/inferMeta.js';
import { defaultGazetteer } from './resolve/gazetteer.js';
import { regionGazetteer } from './resolve/regionGazetteer.js';
import { nationalGazetteer } from './resolve/nationalGazetteer.js';
import { inferRegion } from './infer/inferRegion.js';
import type { Gazetteer } from './resolve/gazetteer.js';
import { defaultUnitDictionary } from './resolve/unitDictionary.js';
import type { UnitDictionary } from './resolve/unitDictionary.js';
import { resolveUnit } from './resolve/resolveUnit.js';
import type { ResolvedUnit } from './resolve/resolveUnit.js';
import { documentPlaces, placePrefixes } from './resolve/placePrefixes.js';
import { defaultProjectAliases } from './resolve/projectKey.js';
import type { ProjectAliases } from './resolve/projectKey.js';

/** Data extraction resolves against; defaults are the project's dictionary files. */
export interface ExtractOptions {
  units?: UnitDictionary;
  gazetteer?: Gazetteer;
  projectAliases?: ProjectAliases;
}

const GENRES: Genre[] = ['task_list', 'target_list', 'work_report', 'plan_report', 'work_review', 'unknown'];

/**
 * Text in, records out — pure. Chains structure → extract → resolve. Metadata missing from
 * `input.meta` is inferred from the text and recorded in `document.inferred`.
 */
export function extractDocument(input: DocumentInput, options: ExtractOptions = {}): ExtractedDocument {
  const { text, file } = input;
  const baseGaz = options.gazetteer ?? defaultGazetteer();
  const dict = options.units ?? defaultUnitDictionary();
  const aliases = options.projectAliases ?? defaultProjectAliases();
  const docId = documentId(file);
  const base = docBase(docId);
  const warnings: ExtractionWarning[] = [];

  // Document: given metadata wins; whatever is missing is inferred and recorded.
  const inferred: Inference[] = [];
  let guesses: Inference[] | null = null;
  const pick = (field: Inference['field'], given: string | number | undefined): string | null => {
    if (given !== undefined && given !== '') return String(given);
    guesses ??= inferMeta(docId, text, baseGaz);
    const g = guesses.find((x) => x.field === field);
    if (g) inferred.push(g);
    return g ? g.value : null;
  };
  const yearS = pick('year', input.meta.year);
  // A year is never 0: none given or inferable is null (left out of by-year analyses).
  const year = yearS !== null && Number(yearS) > 0 ? Number(yearS) : null;
  const region = pick('region', input.meta.region);
  const genreS = pick('genre', input.meta.genre) ?? 'unknown';
  const genre: Genre = (GENRES as string[]).includes(genreS) ? (genreS as Genre) : 'unknown';
  const title = pick('title', input.meta.title) ?? base;
  if (year === null) warnings.push({ code: 'NO_YEAR', message: `${file}: no year given or found in its title, issuer line or date (give --year)`, start: null, end: null });
  if (region === null) {
    const why = inferRegion(text, nationalGazetteer()).problem ?? 'no region found';
    warnings.push({ code: 'NO_REGION', message: `${file}: no region given or inferred (${why}); its units are kept to this document (give --region)`, start: null, end: null });
  }
  // The region's own gazetteer (Shanghai's curated one, else the national gazetteer's county and towns).
  const gaz = regionGazetteer(region, baseGaz);
  // Units, projects and places of a document without a region are scoped to the document.
  const scope = region ?? docId;
  const document: DocumentRecord = {
    id: docId, file, title, year, region, genre, issuer: input.meta.issuer ?? null, date: input.meta.date ?? null,
    sha256: input.sha256, length: text.length, inferred,
  };

  const listGenre = genre === 'task_list' || genre === 'target_list' || (genre === 'unknown' && /(?:责任单位|牵头单位)[ \t]*[:：]/.test(text));
  const blocks = parseStructure(text, { listGenre });
  const ev = (start: number, end: number, rule: string): Evidence => ({ documentId: docId, quote: text.slice(start, end), start, end, rule });

  const sections: SectionRecord[] = [];
  const sectionOf = new Map<number, SectionRecord>();
  const tasks: TaskRecord[] = [];
  const responsibilities: ResponsibilityRecord[] = [];
  const units = new Dedup<UnitRecord>();
  const places = new Dedup<PlaceRecord>();
  const projects = new Dedup<ProjectRecord>();
  const relations = new Map<string, UnitRelationRecord>();
  const mentions: MentionRecord[] = [];
  const locations: LocationRecord[] = [];
  const targets: TargetRecord[] = [];
  const ctx = { region, dict, gaz, documentId: docId };
  const resolved = new Map<string, ResolvedUnit>();
  const prefixes = placePrefixes(gaz, scope);
  const localPlaces = documentPlaces(gaz, scope, text);

  const titlesOf = (parent: number): string[] => {
    const out: string[] = [];
    for (let p = parent; p >= 0; p = blocks[p]!.parent) out.push(sectionOf.get(p)?.title ?? '');
    return out;
  };

  blocks.forEach((b, idx) => {
    if (b.kind === 'heading') {
      const parent = b.parent >= 0 ? sectionOf.get(b.parent) ?? null : null;
      const s: SectionRecord = {
        id: `sec:${base}:${sections.length + 1}`, documentId: docId, parentId: parent ? parent.id : null, number: b.number ?? '',
        title: cleanText(text.slice(b.bodyStart, b.bodyEnd)), level: b.level, ordinal: sections.length, evidence: ev(b.start, b.end, b.rule),
      };
      sections.push(s);
      sectionOf.set(idx, s);
      return;
    }
    const { body, names, bodySpan } = taskBody(text, b);
    if (!body) return;
    const taskId = `task:${base}:${tasks.length + 1}`;
    // The task text folded once, shared by the target, project and place extractors.
    const folded = foldText(text.slice(bodySpan.start, bodySpan.end), true);
    const found = extractTargets(text, bodySpan, b, taskId, docId, base, targets.length, folded);
    const kind = b.kind === 'tableRow' && found.length ? 'TARGET' : classifyTask(genre, titlesOf(b.parent), found.length > 0, b.kind === 'item' || b.kind === 'tableRow');
    const task: TaskRecord = {
      id: taskId, documentId: docId, sectionId: b.parent >= 0 ? sectionOf.get(b.parent)?.id ?? null : null, number: b.number,
      text: body, starred: b.starred, kind, ordinal: tasks.length, evidence: ev(b.start, b.end, b.rule),
    };
    tasks.push(task);
    targets.push(...found);

    // Responsibilities, in printed order; one edge per unit per task (first role printed wins).
    const seen = new Set<string>();
    for (const n of names) {
      // Units repeat within a document (Zipf); resolution is pure, so once per surface.
      const r = resolved.get(n.surface) ?? resolved.set(n.surface, resolveUnit(n.surface, ctx)).get(n.surface)!;
      units.add(r.unit);
      for (const u of r.related) units.add(u);
      for (const rel of r.relations) relations.set(`${rel.kind}|${rel.fromId}|${rel.toId}`, rel);
      for (const p of r.places) places.add(p);
      if (seen.has(r.unit.id)) continue;
      seen.add(r.unit.id);
      responsibilities.push({ unitId: r.unit.id, taskId, role: n.role, order: seen.size - 1, surface: n.surface, evidence: ev(n.start, n.end, n.rule) });
    }

    const pr = extractProjects(text, bodySpan, { region: scope, year, documentId: docId, taskId, aliases, prefixes, places: localPlaces }, folded);
    for (const p of pr.projects) projects.add(region === scope ? p : { ...p, region });
    mentions.push(...pr.mentions);
    const pl = extractPlaces(text, bodySpan, { region: scope, gaz, documentId: docId, subjectId: taskId }, folded);
    for (const p of pl.places) places.add(p);
    locations.push(...pl.locations);
  });

  return {
    document, sections, tasks, units: units.values(), responsibilities, unitRelations: [...relations.values()],
    projects: projects.values(), mentions, places: places.values(), locations, targets, warnings,
  };
}

// Private: the task's text (number, ★ and responsibility clauses removed) and its printed units.
function taskBody(text: string, b: Block): { body: string; names: PrintedName[]; bodySpan: { start: number; end: number } } {
  if (b.kind === 'tableRow' && b.cells) {
    const names: PrintedName[] = [];
    const hasLead = b.cells.some((c) => c.role === 'LEAD' && c.end > c.start);
    let taskCell: { start: number; end: number } | null = null;
    for (const c of b.cells) {
      if (c.role === 'TASK') taskCell = c;
      else if (c.role === 'LEAD' || c.role === 'SUPPORT' || c.role === 'RESPONSIBLE') {
        const role = c.role === 'RESPONSIBLE' && hasLead ? 'SUPPORT' : c.role;
        names.push(...splitNames(text, c.start, c.end, role, `table.column:${c.header}`));
      }
    }
    if (taskCell) {
      const body = cleanText(text.slice(taskCell.start, taskCell.end)).replace(/^★/, '');
      return { body, names, bodySpan: taskCell };
    }
    const body = b.cells.filter((c) => c.end > c.start).map((c) => cleanText(text.slice(c.start, c.end))).join(' ');
    return { body, names, bodySpan: { start: b.bodyStart, end: b.bodyEnd } };
  }
  const found = findResponsibilities(text, b.bodyStart, b.bodyEnd);
  let body = '';
  let p = b.bodyStart;
  for (const c of found.clauses) {
    body += text.slice(p, c.start);
    p = c.end;
  }
  body += text.slice(p, b.bodyEnd);
  body = cleanText(body).replace(/[\s;；,，]+$/, '').trim();
  // Where a clause is printed before the text, the text starts after it.
  const bodySpan = { start: b.bodyStart, end: found.clauses.length && found.clauses[0]!.start > b.bodyStart ? found.clauses[0]!.start : b.bodyEnd };
  return { body, names: found.names, bodySpan };
}
