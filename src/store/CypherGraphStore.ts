import type { Comparator, ExtractedDocument, Genre, Role, TaskKind } from '../ingest/records.js';
import type { Statement } from './cypher/Statement.js';
import type { CypherRunner, Row, TxRunner } from './CypherRunner.js';
import type {
  DocumentFilter, DocumentFingerprint, DocumentRow, GraphCounts, GraphStore, Page, PageRequest, ResponsibilityRow,
  SectionRow, StoredEvidence, TargetRow, TaskFilter, TaskRow, UnitFilter, UnitRow,
} from './GraphStore.js';
import * as R from './cypher/readStatements.js';
import * as W from './cypher/writeStatements.js';
import {
  documentParams, locationRows, mentionRows, namesOf, responsibilityRows, sectionRows, targetRows, taskRows,
} from './cypher/documentRows.js';

/**
 * GraphStore over any backend that runs Cypher: the statements are shared, the
 * runner supplies the driver, the transaction and the schema DDL.
 */
export class CypherGraphStore implements GraphStore {
  readonly backend: string;
  readonly location: string;
  private readonly runner: CypherRunner;

  constructor(runner: CypherRunner) {
    this.runner = runner;
    this.backend = runner.backend;
    this.location = runner.location;
  }

  async ping(): Promise<void> {
    await this.runner.read(R.PING);
  }

  close(): Promise<void> {
    return this.runner.close();
  }

  async replaceDocument(doc: ExtractedDocument): Promise<void> {
    await this.runner.write(async (tx) => {
      await deleteDocumentFacts(tx, doc.document.id);
      await loadDocumentFacts(tx, doc);
      await prune(tx);
    });
  }

  async clear(): Promise<void> {
    await this.runner.write((tx) => tx.run(W.CLEAR_GRAPH));
  }

  async removeDocument(documentId: string): Promise<void> {
    await this.runner.write(async (tx) => {
      await deleteDocumentFacts(tx, documentId);
      await prune(tx);
    });
  }

  async documentFingerprints(): Promise<DocumentFingerprint[]> {
    const rows = await this.runner.read(R.DOCUMENT_FINGERPRINTS);
    return rows.map((r) => ({ id: str(r.id), file: str(r.file), sha256: str(r.sha256) }));
  }

  async counts(): Promise<GraphCounts> {
    const [r] = await this.runner.read(R.COUNT_BY_LABEL);
    const n = (key: string) => num(r?.[key]);
    return {
      documents: n('documents'), sections: n('sections'), tasks: n('tasks'), units: n('units'), projects: n('projects'),
      places: n('places'), targets: n('targets'), responsibilities: n('responsibilities'), mentions: n('mentions'),
    };
  }

  documents(filter: DocumentFilter, page: PageRequest): Promise<Page<DocumentRow>> {
    const params = { year: filter.year ?? null, region: filter.region ?? null, genre: filter.genre ?? null };
    return this.page(R.COUNT_DOCUMENTS, R.LIST_DOCUMENTS, params, page, toDocument);
  }

  documentsByIds(ids: readonly string[]): Promise<DocumentRow[]> {
    return this.byIds(R.DOCUMENTS_BY_IDS, ids, toDocument);
  }

  units(filter: UnitFilter, page: PageRequest): Promise<Page<UnitRow>> {
    const params = {
      region: filter.region ?? null, kind: filter.kind ?? null,
      nameContains: filter.nameContains ?? null, documentId: filter.documentId ?? null,
    };
    return this.page(R.COUNT_UNITS, R.LIST_UNITS, params, page, toUnit);
  }

  unitsByIds(ids: readonly string[]): Promise<UnitRow[]> {
    return this.byIds(R.UNITS_BY_IDS, ids, toUnit);
  }

  tasks(filter: TaskFilter, page: PageRequest): Promise<Page<TaskRow>> {
    const params = {
      year: filter.year ?? null, documentId: filter.documentId ?? null, region: filter.region ?? null,
      kind: filter.kind ?? null, starred: filter.starred ?? null, textContains: filter.textContains ?? null,
      unitId: filter.unitId ?? null,
    };
    return this.page(R.COUNT_TASKS, R.LIST_TASKS, params, page, toTask);
  }

  tasksByIds(ids: readonly string[]): Promise<TaskRow[]> {
    return this.byIds(R.TASKS_BY_IDS, ids, toTask);
  }

  sectionsByIds(ids: readonly string[]): Promise<SectionRow[]> {
    return this.byIds(R.SECTIONS_BY_IDS, ids, toSection);
  }

  responsibilitiesByTaskIds(taskIds: readonly string[]): Promise<ResponsibilityRow[]> {
    return this.byIds(R.RESPONSIBILITIES_BY_TASKS, taskIds, toResponsibility);
  }

  targetsByTaskIds(taskIds: readonly string[]): Promise<TargetRow[]> {
    return this.byIds(R.TARGETS_BY_TASKS, taskIds, toTarget);
  }

  async taskIdsByUnitIds(unitIds: readonly string[]): Promise<Map<string, string[]>> {
    const byUnit = new Map<string, string[]>(unitIds.map((id) => [id, []]));
    if (unitIds.length === 0) return byUnit;
    for (const r of await this.runner.read(R.TASK_IDS_BY_UNITS, { ids: [...unitIds] })) {
      byUnit.get(str(r.unitId))?.push(str(r.taskId));
    }
    return byUnit;
  }

  // Private: a COUNT statement and a LIST statement with the same filter, run together.
  private async page<T>(
    count: Statement, list: Statement, params: Record<string, unknown>, page: PageRequest, map: (r: Row) => T,
  ): Promise<Page<T>> {
    const [totals, rows] = await Promise.all([
      this.runner.read(count, params),
      page.limit > 0 ? this.runner.read(list, { ...params, offset: page.offset, limit: page.limit }) : Promise.resolve([]),
    ]);
    return { totalCount: num(totals[0]?.total), rows: rows.map(map) };
  }

  // Private: an id-list lookup; an empty list never reaches the driver.
  private async byIds<T>(lookup: Statement, ids: readonly string[], map: (r: Row) => T): Promise<T[]> {
    if (ids.length === 0) return [];
    return (await this.runner.read(lookup, { ids: [...new Set(ids)] })).map(map);
  }
}

// Private: removes everything the document owns (its nodes and the edges they carry).
async function deleteDocumentFacts(tx: TxRunner, documentId: string): Promise<void> {
  for (const s of [
    W.DELETE_DOCUMENT_TASKS, W.DELETE_DOCUMENT_SECTIONS, W.DELETE_DOCUMENT_TARGETS,
    W.DELETE_DOCUMENT_PROJECT_LOCATIONS, W.DELETE_DOCUMENT,
  ]) {
    await tx.run(s, { documentId });
  }
}

// Private: shared entities not referenced any more are removed.
async function prune(tx: TxRunner): Promise<void> {
  for (const s of [W.PRUNE_UNITS, W.PRUNE_PROJECTS, W.PRUNE_PLACES]) await tx.run(s);
}

// Private: loads one document: shared entities first (merged), then its own nodes, then edges.
async function loadDocumentFacts(tx: TxRunner, doc: ExtractedDocument): Promise<void> {
  const { id: documentId, year, region } = doc.document;
  const scope = { documentId, year };

  const placeNames = await knownNames(tx, W.READ_NAMES.Place, doc.places.map((p) => p.id));
  await runRows(tx, W.MERGE_PLACES, doc.places.map((p) => ({
    id: p.id, name: p.name, kind: p.kind, parentId: p.parentId, code: p.code,
    names: namesOf(p.name, p.aliases, placeNames.get(p.id)),
  })));
  const unitNames = await knownNames(tx, W.READ_NAMES.Unit, doc.units.map((u) => u.id));
  await runRows(tx, W.MERGE_UNITS, doc.units.map((u) => ({
    id: u.id, name: u.name, region: u.region, kind: u.kind, placeId: u.placeId, rule: u.rule,
    names: namesOf(u.name, u.aliases, unitNames.get(u.id)),
  })));
  const projectNames = await knownNames(tx, W.READ_NAMES.Project, doc.projects.map((p) => p.id));
  await runRows(tx, W.MERGE_PROJECTS, doc.projects.map((p) => ({
    id: p.id, name: p.name, region: p.region, kind: p.kind, rule: p.rule,
    names: namesOf(p.name, p.aliases, projectNames.get(p.id)),
  })));

  await tx.run(W.CREATE_DOCUMENT, documentParams(doc));
  const sections = sectionRows(doc);
  await runRows(tx, W.CREATE_SECTIONS, sections, { documentId });
  await runRows(tx, W.LINK_SUBSECTIONS, sections.filter((s) => s.parentId !== null));
  const tasks = taskRows(doc);
  await runRows(tx, W.CREATE_TASKS, tasks, { documentId, year, region });
  await runRows(tx, W.LINK_TASK_SECTIONS, tasks.filter((t) => t.sectionId !== null));
  await runRows(tx, W.CREATE_RESPONSIBILITIES, responsibilityRows(doc), scope);
  await runRows(tx, W.CREATE_MENTIONS, mentionRows(doc), scope);
  await runRows(tx, W.CREATE_TASK_LOCATIONS, locationRows(doc, 'task:'), scope);
  await runRows(tx, W.CREATE_PROJECT_LOCATIONS, locationRows(doc, 'proj:'), scope);
  await runRows(tx, W.CREATE_TARGETS, targetRows(doc), scope);

  await runRows(tx, W.MERGE_PLACE_PARENTS, doc.places
    .filter((p) => p.parentId !== null)
    .map((p) => ({ id: p.id, parentId: p.parentId, rule: 'gazetteer' })));
  await runRows(tx, W.MERGE_ADMINISTERS, doc.units
    .filter((u) => u.placeId !== null)
    .map((u) => ({ id: u.id, placeId: u.placeId, rule: u.rule })));
  const relations = doc.unitRelations;
  await runRows(tx, W.MERGE_UNIT_PARENTS, relations
    .filter((r) => r.kind === 'PART_OF')
    .map((r) => ({ fromId: r.fromId, toId: r.toId, rule: r.rule })));
  await runRows(tx, W.MERGE_SUCCESSIONS, relations
    .filter((r) => r.kind === 'SUCCEEDED_BY')
    .map((r) => ({ fromId: r.fromId, toId: r.toId, year: r.year ?? year, rule: r.rule })));
}

// Private: one batched statement for a list of rows (skipped when empty: Kùzu cannot type an empty list).
async function runRows(tx: TxRunner, s: Statement, rows: readonly object[], extra: Record<string, unknown> = {}): Promise<void> {
  if (rows.length > 0) await tx.run(s, { ...extra, rows });
}

// Private: names already stored for shared nodes, so a merge unions instead of overwriting.
async function knownNames(tx: TxRunner, s: Statement, ids: readonly string[]): Promise<Map<string, string[]>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.run(s, { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [str(r.id), strings(r.names)]));
}

// Private: row → typed value converters; stores return plain JS values.
function str(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}
function strOrNull(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}
function num(v: unknown): number {
  return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : Number(v ?? 0);
}
function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}
function evidenceOf(r: Row, documentId: string): StoredEvidence {
  return { documentId, quote: str(r.quote), start: num(r.spanStart), end: num(r.spanEnd), rule: str(r.rule) };
}

function toDocument(r: Row): DocumentRow {
  return {
    id: str(r.id), file: str(r.file), title: str(r.title), year: num(r.year), region: str(r.region),
    genre: str(r.genre) as Genre, issuer: strOrNull(r.issuer), date: strOrNull(r.date), sha256: str(r.sha256),
    length: num(r.length), inferred: str(r.inferred) || '[]',
  };
}

function toUnit(r: Row): UnitRow {
  const name = str(r.name);
  return {
    id: str(r.id), name, region: str(r.region), kind: str(r.kind), aliases: strings(r.names).filter((n) => n !== name),
    placeId: strOrNull(r.placeId), rule: str(r.rule),
  };
}

function toTask(r: Row): TaskRow {
  const documentId = str(r.documentId);
  return {
    id: str(r.id), documentId, sectionId: strOrNull(r.sectionId), number: strOrNull(r.number), text: str(r.text),
    starred: r.starred === true, kind: str(r.kind) as TaskKind, ordinal: num(r.ordinal), year: num(r.year),
    region: str(r.region), evidence: evidenceOf(r, documentId),
  };
}

function toSection(r: Row): SectionRow {
  const documentId = str(r.documentId);
  return {
    id: str(r.id), documentId, parentId: strOrNull(r.parentId), number: str(r.number), title: str(r.title),
    level: num(r.level), ordinal: num(r.ordinal), evidence: evidenceOf(r, documentId),
  };
}

function toResponsibility(r: Row): ResponsibilityRow {
  return {
    taskId: str(r.taskId), unitId: str(r.unitId), role: str(r.role) as Role, order: num(r.ord),
    surface: str(r.surface), year: num(r.year), evidence: evidenceOf(r, str(r.documentId)),
  };
}

function toTarget(r: Row): TargetRow {
  return {
    id: str(r.id), taskId: str(r.taskId), metric: str(r.metric), value: num(r.value), unit: str(r.unit),
    comparator: str(r.comparator) as Comparator, year: num(r.year), evidence: evidenceOf(r, str(r.documentId)),
  };
}
