import { createHash } from 'node:crypto';
import type {
  DocumentInput, DocumentRecord, Evidence, ExtractedDocument, Genre, Inference, LocationRecord,
  MentionRecord, PlaceRecord, ProjectRecord, ResponsibilityRecord, SectionRecord, TargetRecord, TaskRecord, UnitRecord,
  UnitRelationRecord,
} from '../model/records.js';
import { Dedup } from './collect.js';
import { ExtractionContext } from './ExtractionContext.js';
import { LIST_LABEL_CUE } from './rules/responsibilityRules.js';
import type { Block } from './structure/blocks.js';
import { DEFAULT_MAX_UNITS_PER_TASK } from './extractLimits.js';
import { DutyGraphError, ErrorCode } from '../errors.js';
import { GENRES, isOneOf } from '../model/enums.js';
import { docBase, documentId, nodeId } from '../model/nodeKinds.js';
import { parseStructure } from './structure/parseStructure.js';
import { cleanText } from './text/cleanText.js';
import { foldText } from './text/foldText.js';
import { taskBody } from './extract/taskBody.js';
import type { PrintedName } from './extract/findResponsibilities.js';
import { normalizeDeadline } from './extract/normalizeDeadline.js';
import { findConvention } from './extract/findConvention.js';
import type { Convention } from './extract/findConvention.js';
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
import { resolvePeople } from './resolve/resolvePeople.js';
import type { ResolvedUnit } from './resolve/resolveUnit.js';
import { isEmptyOverrides, overridesFingerprint } from './resolve/userOverrides.js';
import type { UserOverrides } from './resolve/userOverrides.js';
import { foldKey } from './text/foldText.js';
import { documentPlaces, placePrefixes } from './resolve/placePrefixes.js';
import { defaultProjectAliases } from './resolve/projectKey.js';
import type { ProjectAliases } from './resolve/projectKey.js';

/** Data extraction resolves against; defaults are the project's dictionary files. */
export interface ExtractOptions {
  units?: UnitDictionary;
  gazetteer?: Gazetteer;
  projectAliases?: ProjectAliases;
  /** Most distinct units one task may name before the document is refused (default DEFAULT_MAX_UNITS_PER_TASK). */
  maxUnitsPerTask?: number;
  /** The user's overrides file (src/ingest/resolve/userOverrides.ts); none by default. */
  overrides?: UserOverrides;
}

export { DEFAULT_MAX_UNITS_PER_TASK } from './extractLimits.js';

/**
 * Text in, records out — pure. Chains structure → extract → resolve. Metadata missing from
 * `input.meta` is inferred from the text and recorded in `document.inferred`.
 */
export function extractDocument(input: DocumentInput, options: ExtractOptions = {}): ExtractedDocument {
  const { text, file } = input;
  const baseGaz = options.gazetteer ?? defaultGazetteer();
  const dict = options.units ?? defaultUnitDictionary();
  const aliases = options.projectAliases ?? defaultProjectAliases();
  const maxUnitsPerTask = options.maxUnitsPerTask ?? DEFAULT_MAX_UNITS_PER_TASK;
  const docId = documentId(file);
  const base = docBase(docId);
  // Every problem found is reported here (ExtractedDocument.warnings), never dropped silently.
  const report = new ExtractionContext(docId, file, text);

  const ev0 = (start: number, end: number, rule: string): Evidence => ({ documentId: docId, quote: text.slice(start, end), start, end, rule });

  // Document: given metadata wins; whatever is missing is inferred and recorded.
  const inferred: Inference[] = [];
  // A title the file states (HTML <title>, a first heading) is the title when none is given; inference sees it too.
  const stated = input.meta.title === undefined || input.meta.title === '' ? input.statedTitle ?? null : null;
  let guesses: Inference[] | null = null;
  const pick = (field: Inference['field'], given: string | number | undefined): string | null => {
    if (given !== undefined && given !== '') return String(given);
    guesses ??= inferMeta(docId, text, baseGaz, stated && stated.start === null ? stated.text : undefined);
    const g = guesses.find((x) => x.field === field);
    if (g) inferred.push(g);
    return g ? g.value : null;
  };
  const yearS = pick('year', input.meta.year);
  // A year is never 0: none given or inferable is null (left out of by-year analyses).
  const year = yearS !== null && Number(yearS) > 0 ? Number(yearS) : null;
  const region = pick('region', input.meta.region);
  const genreS = pick('genre', input.meta.genre) ?? 'unknown';
  const genre: Genre = isOneOf(GENRES, genreS) ? genreS : 'unknown';
  if (stated) inferred.push({ field: 'title', value: stated.text, rule: stated.rule, evidence: stated.start !== null && stated.end !== null ? ev0(stated.start, stated.end, stated.rule) : null });
  const title = stated ? stated.text : pick('title', input.meta.title) ?? base;
  if (year === null) report.warn('NO_YEAR', `no year given or found in its title, issuer line or date (give --year)`);
  if (region === null) {
    const why = inferRegion(text, nationalGazetteer()).problem ?? 'no region found';
    report.warn('NO_REGION', `no region given or inferred (${why}); its units are kept to this document (give --region)`);
  }
  // The region's own gazetteer (Shanghai's curated one, else the national gazetteer's county and towns).
  const gaz = regionGazetteer(region, baseGaz);
  // Units, projects and places of a document without a region are scoped to the document.
  const scope = region ?? docId;
  const document: DocumentRecord = {
    id: docId, file, title, year, region, genre, issuer: input.meta.issuer ?? null, date: input.meta.date ?? null,
    sha256: input.sha256, length: text.length, inferred,
    format: input.format ?? 'txt', encoding: input.encoding === undefined ? 'UTF-8' : input.encoding, text,
    textSha256: createHash('sha256').update(text).digest('hex'),
  };

  // A rule the document states for its lists (排在第一位的为牵头单位), recorded with its quote.
  const convention = findConvention(text);
  if (convention) inferred.push({ field: 'convention', value: convention.id.replace(/^convention\./, ''), rule: convention.id, evidence: ev0(convention.start, convention.end, convention.id) });

  const listGenre = genre === 'task_list' || genre === 'target_list' || (genre === 'unknown' && LIST_LABEL_CUE.test(text));
  const blocks = parseStructure(text, { listGenre });
  reportHeaderlessTables(blocks, report);
  const ev = ev0;

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
  const user = options.overrides && !isEmptyOverrides(options.overrides) ? options.overrides : undefined;
  const ctx = { region, dict, gaz, documentId: docId, user };
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
        id: nodeId('SECTION', base, sections.length + 1), documentId: docId, parentId: parent ? parent.id : null, number: b.number ?? '',
        title: cleanText(text.slice(b.bodyStart, b.bodyEnd)), level: b.level, ordinal: sections.length, evidence: ev(b.start, b.end, b.rule),
      };
      sections.push(s);
      sectionOf.set(idx, s);
      return;
    }
    const parts = taskBody(text, b);
    const { body, bodySpan } = parts;
    // An item whose text has no letter or digit (`2、！！`) is punctuation, not a task.
    if (!body || !/[\p{L}\p{N}]/u.test(body)) return;
    const names = convention ? byConvention(parts.names, convention) : parts.names;
    const taskId = nodeId('TASK', base, tasks.length + 1);
    // The task text folded once, shared by the target, project and place extractors.
    const folded = foldText(text.slice(bodySpan.start, bodySpan.end), true);
    const found = extractTargets(text, bodySpan, b, taskId, docId, base, targets.length, folded, report);
    const kind = b.kind === 'tableRow' && found.length ? 'TARGET' : classifyTask(genre, titlesOf(b.parent), found.length > 0, b.kind === 'item' || b.kind === 'tableRow');
    const task: TaskRecord = {
      id: taskId, documentId: docId, sectionId: b.parent >= 0 ? sectionOf.get(b.parent)?.id ?? null : null, number: b.number,
      text: body, starred: b.starred, kind, ordinal: tasks.length, evidence: ev(b.start, b.end, b.rule),
    };
    if (parts.deadline) {
      const d = normalizeDeadline(parts.deadline.text, year);
      task.deadline = { printed: d.printed, date: d.date, kind: d.kind, evidence: ev(parts.deadline.start, parts.deadline.end, `${parts.deadline.rule}+${d.rule}`) };
    }
    if (parts.people.length) task.people = parts.people.map((p) => ({ name: p.text, evidence: ev(p.start, p.end, p.rule) }));
    tasks.push(task);
    targets.push(...found);

    // Responsibilities, in printed order; one edge per unit per task (first role printed wins).
    const seen = new Set<string>();
    for (const n of names) {
      // Units repeat within a document (Zipf); resolution is pure, so once per surface.
      let r = resolved.get(n.surface);
      if (!r) {
        resolved.set(n.surface, (r = resolveUnit(n.surface, ctx)));
        // Once per printed name per document, at its first printing.
        if (r.surfaceOnly) {
          report.warn('UNIT_SURFACE_ONLY', `unit ${n.surface}: no dictionary entry, place or rule resolves it; kept as printed (${r.unit.rule}) — add it to your overrides file if it is another unit's name`, n);
        }
      }
      units.add(r.unit);
      for (const u of r.related) units.add(u);
      for (const rel of r.relations) relations.set(`${rel.kind}|${rel.fromId}|${rel.toId}`, rel);
      for (const p of r.places) places.add(p);
      if (seen.has(r.unit.id)) continue;
      seen.add(r.unit.id);
      const resp: ResponsibilityRecord = { unitId: r.unit.id, taskId, role: n.role, order: seen.size - 1, surface: n.surface, resolution: r.unit.rule, evidence: ev(n.start, n.end, n.rule) };
      if (n.openEnded) resp.openEnded = true;
      responsibilities.push(resp);
    }
    if (seen.size > maxUnitsPerTask) {
      throw new DutyGraphError(
        ErrorCode.BadDocument,
        `task ${b.number ?? ''} at offset ${b.start} names ${seen.size} units, more than MAX_UNITS_PER_TASK=${maxUnitsPerTask} (its unit pairs grow as the square): split the clause or raise MAX_UNITS_PER_TASK`.replace('task  at', 'task at'),
      );
    }

    const pr = extractProjects(text, bodySpan, { region: scope, year, documentId: docId, taskId, aliases, prefixes, places: localPlaces }, folded);
    for (const p of pr.projects) projects.add(region === scope ? p : { ...p, region });
    mentions.push(...pr.mentions);
    const pl = extractPlaces(text, bodySpan, { region: scope, gaz, documentId: docId, subjectId: taskId }, folded);
    for (const p of pl.places) places.add(p);
    locations.push(...pl.locations);
  });

  // Which user overrides concern this document, stored with it so an edit reloads only the documents it concerns.
  if (user) {
    const fingerprint = overridesFingerprint(user, { foldedText: foldKey(text), unitIds: new Set(responsibilities.map((r) => r.unitId)) });
    if (fingerprint) document.overrides = fingerprint;
  }
  // People named on the tasks become Person nodes (never units), scoped like units.
  const { persons, assignments } = resolvePeople(tasks, { text, region, documentId: docId });
  return {
    document, sections, tasks, units: units.values(), responsibilities, unitRelations: [...relations.values()],
    projects: projects.values(), mentions, places: places.values(), locations, targets, persons, assignments, warnings: report.warnings,
  };
}

// Private: a list read by the document's stated convention: of the names printed without a role
// distinction (RESPONSIBLE), the first leads and the others support.
function byConvention(names: PrintedName[], convention: Convention): PrintedName[] {
  const rule = convention.id;
  // A stated mark (加*号为牵头部门): the marked names already lead; the rule that says so is recorded on them.
  if (convention.reads === 'marked') return names.map((n) => (n.marker !== undefined ? { ...n, rule: `${n.rule}+${rule}` } : n));
  const open = names.filter((n) => n.role === 'RESPONSIBLE');
  // A list of one name is led by it too: it is the first listed.
  if (open.length < 1 || open.length !== names.length) return names;
  return names.map((n, i) => ({ ...n, role: i === 0 ? 'LEAD' : 'SUPPORT', rule: `${n.rule}+${rule}` }));
}

// Private: a table none of whose columns is known (every cell OTHER) is read as plain text: said
// once per table (a run of rows under one header), at its first row.
function reportHeaderlessTables(blocks: readonly Block[], report: ExtractionContext): void {
  let header: string | null = null;
  for (const b of blocks) {
    if (b.kind !== 'tableRow' || !b.cells) {
      header = null;
      continue;
    }
    const key = b.cells.map((c) => c.header).join('\t');
    if (key === header) continue;
    header = key;
    if (b.cells.some((c) => c.role !== 'OTHER')) continue;
    const shown = b.cells.map((c) => c.header).filter((h) => h !== '').slice(0, 4).join(' | ');
    report.warn('TABLE_NO_HEADER', `table with no known column header (${shown || 'empty first row'}): its rows are read as text, with no unit, deadline or target column`, { start: b.start, end: b.end });
  }
}
