import { PROJECT_KINDS } from '../../model/enums.js';
import type {
  AssignmentRow, PersonRow, DocumentFilter, DocumentFingerprint, DocumentRow, DocumentText, GraphCounts, LocatedRow, MentionRow, Page, PageRequest, PlaceFilter,
  PlaceRow, ProjectFilter, ProjectOrder, ProjectRow, ResponsibilityRow, SectionRow, SurfaceRow, TargetRow, TaskFilter, TaskOrder,
  TaskRow, UnitFilter, UnitOrder, UnitRelationRow, UnitRow, UnitSummary,
} from '../rows.js';
import {
  compareText, evidenceOf, num, str, toAssignment, toDocument, toPerson, toMention, toPlace, toProject, toResponsibility, toSection, toSurface, toTarget,
  toTask, toUnit,
} from './decodeRows.js';
import * as E from './entityStatements.js';
import * as P from './personStatements.js';
import * as R from './readStatements.js';
import { sized, type StatementReader } from './StatementReader.js';

/**
 * The store's entity reads: nodes and edges by id, pages of them by filter, the corpus'
 * fingerprints and counts. Rows come back as the API's loaders batch them.
 */
export class EntityReads {
  private readonly reader: StatementReader;

  constructor(reader: StatementReader) {
    this.reader = reader;
  }

  async documentFingerprints(): Promise<DocumentFingerprint[]> {
    const rows = await this.reader.runner.read(R.DOCUMENT_FINGERPRINTS);
    return rows.map((r) => ({ id: str(r.id), file: str(r.file), sha256: str(r.sha256), pipeline: str(r.pipeline) }));
  }

  async counts(): Promise<GraphCounts> {
    const [r] = await this.reader.runner.read(R.COUNT_BY_LABEL);
    const n = (key: string) => num(r?.[key]);
    return {
      documents: n('documents'), sections: n('sections'), tasks: n('tasks'), units: n('units'), projects: n('projects'),
      places: n('places'), targets: n('targets'), responsibilities: n('responsibilities'), mentions: n('mentions'),
      persons: n('persons'), assignments: n('assignments'),
    };
  }

  documents(filter: DocumentFilter, page: PageRequest): Promise<Page<DocumentRow>> {
    return this.reader.page(R.COUNT_DOCUMENTS, R.LIST_DOCUMENTS, filter, page, toDocument);
  }

  documentsByIds(ids: readonly string[]): Promise<DocumentRow[]> {
    return this.reader.byIds(R.DOCUMENTS_BY_IDS, ids, toDocument);
  }

  documentTexts(ids: readonly string[]): Promise<DocumentText[]> {
    return this.reader.byIds(R.DOCUMENT_TEXTS, ids, (r) => ({ id: str(r.id), text: str(r.text) }));
  }

  units(filter: UnitFilter, page: PageRequest, order: UnitOrder = 'NAME'): Promise<Page<UnitRow>> {
    return this.reader.page(R.COUNT_UNITS, R.LIST_UNITS[order], filter, page, toUnit);
  }

  unitsByIds(ids: readonly string[]): Promise<UnitRow[]> {
    return this.reader.byIds(R.UNITS_BY_IDS, ids, toUnit);
  }

  unitSummaries(ids: readonly string[]): Promise<UnitSummary[]> {
    return this.reader.byIds(R.UNIT_SUMMARIES_BY_IDS, ids, (r) => ({
      id: str(r.id), name: str(r.name), region: str(r.region), kind: str(r.kind),
    }));
  }

  tasks(filter: TaskFilter, page: PageRequest, order: TaskOrder = 'DOCUMENT_ORDER'): Promise<Page<TaskRow>> {
    return this.reader.page(R.COUNT_TASKS, R.LIST_TASKS[order], filter, page, toTask);
  }

  tasksByIds(ids: readonly string[]): Promise<TaskRow[]> {
    return this.reader.byIds(R.TASKS_BY_IDS, ids, toTask);
  }

  sectionsByIds(ids: readonly string[]): Promise<SectionRow[]> {
    return this.reader.byIds(R.SECTIONS_BY_IDS, ids, toSection);
  }

  responsibilitiesByTaskIds(taskIds: readonly string[]): Promise<ResponsibilityRow[]> {
    return this.reader.byIds(sized(taskIds, R.RESPONSIBILITIES_BY_TASKS, R.RESPONSIBILITIES_BY_MANY_TASKS), taskIds, toResponsibility);
  }

  async personsByIds(ids: readonly string[]): Promise<PersonRow[]> {
    const found = new Map((await this.reader.byIds(P.PERSONS_BY_IDS, ids, toPerson)).map((p) => [p.id, p]));
    // In the order asked (an UNWIND's rows come back in no set order on Kùzu), each once.
    return [...new Set(ids)].flatMap((id) => found.get(id) ?? []);
  }

  assignmentsByTaskIds(taskIds: readonly string[]): Promise<AssignmentRow[]> {
    return this.reader.byIds(sized(taskIds, P.ASSIGNMENTS_BY_TASKS, P.ASSIGNMENTS_BY_MANY_TASKS), taskIds, toAssignment);
  }

  async assignmentsByPersonIds(personIds: readonly string[]): Promise<AssignmentRow[]> {
    const rows = await this.reader.byIds(P.ASSIGNMENTS_BY_PERSONS, personIds, (r) => ({ row: toAssignment(r), ordinal: num(r.ordinal) }));
    // Newest first, then in document order (the statement's ORDER BY, not trusted after a join on Kùzu: quirk KUZU-UNSORTED-AFTER-DISTINCT).
    rows.sort((x, y) => compareText(x.row.personId, y.row.personId) || (y.row.year ?? -1) - (x.row.year ?? -1)
      || compareText(x.row.evidence.documentId, y.row.evidence.documentId) || x.ordinal - y.ordinal);
    return rows.map((r) => r.row);
  }

  targetsByIds(ids: readonly string[]): Promise<TargetRow[]> {
    return this.reader.byIds(R.TARGETS_BY_IDS, ids, toTarget);
  }

  targetsByTaskIds(taskIds: readonly string[]): Promise<TargetRow[]> {
    return this.reader.byIds(sized(taskIds, R.TARGETS_BY_TASKS, R.TARGETS_BY_MANY_TASKS), taskIds, toTarget);
  }

  async taskIdsByUnitIds(unitIds: readonly string[]): Promise<Map<string, string[]>> {
    const byUnit = new Map<string, string[]>(unitIds.map((id) => [id, []]));
    if (unitIds.length === 0) return byUnit;
    const rows = await this.reader.runner.read(sized(unitIds, R.TASK_IDS_BY_UNITS, R.TASK_IDS_BY_MANY_UNITS), { ids: [...new Set(unitIds)] });
    // Newest first, then in document order (the statement's ORDER BY; quirk KUZU-UNSORTED-AFTER-DISTINCT).
    rows.sort((x, y) => num(y.year) - num(x.year) || compareText(str(x.documentId), str(y.documentId)) || num(x.ordinal) - num(y.ordinal));
    for (const r of rows) byUnit.get(str(r.unitId))?.push(str(r.taskId));
    return byUnit;
  }

  projects(filter: ProjectFilter, page: PageRequest, order: ProjectOrder = 'NAME'): Promise<Page<ProjectRow>> {
    const kinds = filter.kinds && filter.kinds.length > 0 ? [...filter.kinds] : [...PROJECT_KINDS];
    return this.reader.page(E.COUNT_PROJECTS, E.LIST_PROJECTS[order], filter, page, toProject, { kinds });
  }

  projectsByIds(ids: readonly string[]): Promise<ProjectRow[]> {
    return this.reader.byIds(E.PROJECTS_BY_IDS, ids, toProject);
  }

  mentionsByProjectIds(ids: readonly string[]): Promise<MentionRow[]> {
    return this.reader.byIds(E.MENTIONS_BY_PROJECTS, ids, toMention);
  }

  unitSurfaces(ids: readonly string[]): Promise<SurfaceRow[]> {
    return this.reader.byIds(E.UNIT_SURFACES, ids, toSurface);
  }

  projectSurfaces(ids: readonly string[]): Promise<SurfaceRow[]> {
    return this.reader.byIds(E.PROJECT_SURFACES, ids, toSurface);
  }

  mentionsByTaskIds(ids: readonly string[]): Promise<MentionRow[]> {
    return this.reader.byIds(sized(ids, E.MENTIONS_BY_TASKS, E.MENTIONS_BY_MANY_TASKS), ids, toMention);
  }

  async projectTasks(projectIds: readonly string[]): Promise<{ tasksByProject: Map<string, TaskRow[]>; responsibilities: ResponsibilityRow[] }> {
    const tasksByProject = new Map<string, TaskRow[]>(projectIds.map((id) => [id, []]));
    const [tasks, responsibilities] = await Promise.all([
      this.reader.byIds(R.TASKS_OF_PROJECTS, projectIds, (r) => [str(r.projectId), toTask(r)] as const),
      this.reader.byIds(R.RESPONSIBILITIES_OF_PROJECTS, projectIds, toResponsibility),
    ]);
    // In printed order within each task (the statement's ORDER BY; quirk KUZU-UNSORTED-AFTER-DISTINCT).
    responsibilities.sort((x, y) => compareText(x.taskId, y.taskId) || x.order - y.order);
    for (const [projectId, task] of tasks) tasksByProject.get(projectId)?.push(task);
    return { tasksByProject, responsibilities };
  }

  async unitIdsByProjectIds(ids: readonly string[]): Promise<Map<string, string[]>> {
    return groupIds(ids, await this.reader.byIds(E.UNITS_BY_PROJECTS, ids, (r) => [str(r.projectId), str(r.unitId)] as const), true);
  }

  places(filter: PlaceFilter, page: PageRequest): Promise<Page<PlaceRow>> {
    return this.reader.page(E.COUNT_PLACES, E.LIST_PLACES, filter, page, toPlace);
  }

  placesByIds(ids: readonly string[]): Promise<PlaceRow[]> {
    return this.reader.byIds(E.PLACES_BY_IDS, ids, toPlace);
  }

  async childPlaceIds(ids: readonly string[]): Promise<Map<string, string[]>> {
    return groupIds(ids, await this.reader.byIds(E.CHILD_PLACES, ids, (r) => [str(r.parentId), str(r.id)] as const));
  }

  async placeIdsOf(subjectIds: readonly string[]): Promise<Map<string, string[]>> {
    return groupIds(subjectIds, await this.reader.byIds(E.LOCATIONS_OF, subjectIds, (r) => [str(r.subjectId), str(r.placeId)] as const), true);
  }

  locatedIn(placeIds: readonly string[]): Promise<LocatedRow[]> {
    return this.reader.byIds(E.LOCATED_HERE, placeIds, (r) => ({
      placeId: str(r.placeId), subjectId: str(r.subjectId), year: num(r.year), evidence: evidenceOf(r, str(r.documentId)),
    }));
  }

  unitRelations(unitIds: readonly string[]): Promise<UnitRelationRow[]> {
    return this.reader.byIds(E.UNIT_RELATIONS, unitIds, (r) => ({
      kind: str(r.kind) === 'SUCCEEDED_BY' ? 'SUCCEEDED_BY' : 'PART_OF', fromId: str(r.fromId), toId: str(r.toId),
      year: r.year === null || r.year === undefined ? null : num(r.year), rule: str(r.rule),
    }));
  }

  administers(ids: readonly string[]): Promise<Array<{ unitId: string; placeId: string }>> {
    return this.reader.byIds(E.ADMINISTERED_PLACES, ids, (r) => ({ unitId: str(r.unitId), placeId: str(r.placeId) }));
  }
}

// Private: (key, id) pairs grouped by key, with an empty list for every asked key.
function groupIds(keys: readonly string[], pairs: ReadonlyArray<readonly [string, string]>, sorted = false): Map<string, string[]> {
  const out = new Map<string, string[]>(keys.map((k) => [k, []]));
  for (const [key, id] of pairs) out.get(key)?.push(id);
  if (sorted) for (const ids of out.values()) ids.sort(compareText);
  return out;
}
