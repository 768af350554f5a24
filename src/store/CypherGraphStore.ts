import { createHash } from 'node:crypto';
import type { ExtractedDocument, ProjectKind } from '../model/records.js';
import type { BulkDocument, BulkFormat } from './bulkFormat.js';
import type { CypherRunner } from './CypherRunner.js';
import { AnalysisReads } from './cypher/AnalysisReads.js';
import { DocumentWrites } from './cypher/DocumentWrites.js';
import { EntityReads } from './cypher/EntityReads.js';
import * as R from './cypher/readStatements.js';
import { StatementReader } from './cypher/StatementReader.js';
import type { GraphStore } from './GraphStore.js';
import type {
  AssignmentRow, PersonRow, DocumentFilter, DocumentFingerprint, DocumentRow, DocumentText, GraphCounts, LoadOptions, LocatedRow, MentionRow, NeighbourRow,
  NodeSummary, Page, PageRequest, PairFilter, PairRow, PlaceFilter, PlaceRow, ProjectFilter, ProjectOrder, ProjectRow,
  RecurringProjectFilter, RegionStat, ResponsibilityRow, SearchKind, SearchRow, SectionRow, SurfaceRow, TargetRow, TaskFilter, TaskOrder, TaskRow, UnitFilter, UnitOrder,
  UnitRelationRow, UnitRow, UnitSummary, YearStat,
} from './rows.js';

/**
 * GraphStore over any backend that runs Cypher: the statements are shared, the runner
 * supplies the driver, the transaction and the schema DDL. It composes the store's jobs —
 * document writes, entity reads, analysis reads — and keeps nothing between calls (what may be
 * kept, where one process is the only writer, CachingGraphStore keeps).
 */
export class CypherGraphStore implements GraphStore {
  readonly backend: string;
  readonly location: string;
  private readonly runner: CypherRunner;
  private readonly writes: DocumentWrites;
  private readonly entities: EntityReads;
  private readonly analysis: AnalysisReads;

  constructor(runner: CypherRunner) {
    this.runner = runner;
    this.backend = runner.backend;
    this.location = runner.location;
    const reader = new StatementReader(runner);
    this.writes = new DocumentWrites(runner);
    this.entities = new EntityReads(reader);
    this.analysis = new AnalysisReads(reader);
  }

  get bulkFormat(): BulkFormat | null {
    return this.writes.bulkFormat;
  }

  async ping(): Promise<void> {
    await this.runner.read(R.PING);
  }

  close(): Promise<void> {
    return this.runner.close();
  }

  // Document writes (DocumentWrites).
  replaceDocument(doc: ExtractedDocument, options?: LoadOptions): Promise<void> {
    return this.writes.replaceDocument(doc, options);
  }
  bulkLoad(docs: AsyncIterable<BulkDocument> | Iterable<BulkDocument>, options?: LoadOptions): Promise<number> {
    return this.writes.bulkLoad(docs, options);
  }
  clear(): Promise<void> {
    return this.writes.clear();
  }
  replaceDocumentInBulk(doc: BulkDocument, options?: LoadOptions): Promise<void> {
    return this.writes.replaceDocumentInBulk(doc, options);
  }
  removeDocument(documentId: string): Promise<void> {
    return this.writes.removeDocument(documentId);
  }

  // Entity reads (EntityReads).
  documentFingerprints(): Promise<DocumentFingerprint[]> {
    return this.entities.documentFingerprints();
  }
  counts(): Promise<GraphCounts> {
    return this.entities.counts();
  }
  documents(filter: DocumentFilter, page: PageRequest): Promise<Page<DocumentRow>> {
    return this.entities.documents(filter, page);
  }
  documentsByIds(ids: readonly string[]): Promise<DocumentRow[]> {
    return this.entities.documentsByIds(ids);
  }
  documentTexts(ids: readonly string[]): Promise<DocumentText[]> {
    return this.entities.documentTexts(ids);
  }
  units(filter: UnitFilter, page: PageRequest, order?: UnitOrder): Promise<Page<UnitRow>> {
    return this.entities.units(filter, page, order);
  }
  unitsByIds(ids: readonly string[]): Promise<UnitRow[]> {
    return this.entities.unitsByIds(ids);
  }
  unitSummaries(ids: readonly string[]): Promise<UnitSummary[]> {
    return this.entities.unitSummaries(ids);
  }
  tasks(filter: TaskFilter, page: PageRequest, order?: TaskOrder): Promise<Page<TaskRow>> {
    return this.entities.tasks(filter, page, order);
  }
  tasksByIds(ids: readonly string[]): Promise<TaskRow[]> {
    return this.entities.tasksByIds(ids);
  }
  sectionsByIds(ids: readonly string[]): Promise<SectionRow[]> {
    return this.entities.sectionsByIds(ids);
  }
  responsibilitiesByTaskIds(taskIds: readonly string[]): Promise<ResponsibilityRow[]> {
    return this.entities.responsibilitiesByTaskIds(taskIds);
  }
  targetsByTaskIds(taskIds: readonly string[]): Promise<TargetRow[]> {
    return this.entities.targetsByTaskIds(taskIds);
  }
  personsByIds(ids: readonly string[]): Promise<PersonRow[]> {
    return this.entities.personsByIds(ids);
  }
  assignmentsByTaskIds(taskIds: readonly string[]): Promise<AssignmentRow[]> {
    return this.entities.assignmentsByTaskIds(taskIds);
  }
  assignmentsByPersonIds(personIds: readonly string[]): Promise<AssignmentRow[]> {
    return this.entities.assignmentsByPersonIds(personIds);
  }
  targetsByIds(ids: readonly string[]): Promise<TargetRow[]> {
    return this.entities.targetsByIds(ids);
  }
  unitSurfaces(unitIds: readonly string[]): Promise<SurfaceRow[]> {
    return this.entities.unitSurfaces(unitIds);
  }
  taskIdsByUnitIds(unitIds: readonly string[]): Promise<Map<string, string[]>> {
    return this.entities.taskIdsByUnitIds(unitIds);
  }
  projects(filter: ProjectFilter, page: PageRequest, order?: ProjectOrder): Promise<Page<ProjectRow>> {
    return this.entities.projects(filter, page, order);
  }
  projectsByIds(ids: readonly string[]): Promise<ProjectRow[]> {
    return this.entities.projectsByIds(ids);
  }
  mentionsByProjectIds(ids: readonly string[]): Promise<MentionRow[]> {
    return this.entities.mentionsByProjectIds(ids);
  }
  mentionsByTaskIds(ids: readonly string[]): Promise<MentionRow[]> {
    return this.entities.mentionsByTaskIds(ids);
  }
  projectSurfaces(projectIds: readonly string[]): Promise<SurfaceRow[]> {
    return this.entities.projectSurfaces(projectIds);
  }
  unitIdsByProjectIds(ids: readonly string[]): Promise<Map<string, string[]>> {
    return this.entities.unitIdsByProjectIds(ids);
  }
  places(filter: PlaceFilter, page: PageRequest): Promise<Page<PlaceRow>> {
    return this.entities.places(filter, page);
  }
  placesByIds(ids: readonly string[]): Promise<PlaceRow[]> {
    return this.entities.placesByIds(ids);
  }
  childPlaceIds(ids: readonly string[]): Promise<Map<string, string[]>> {
    return this.entities.childPlaceIds(ids);
  }
  placeIdsOf(subjectIds: readonly string[]): Promise<Map<string, string[]>> {
    return this.entities.placeIdsOf(subjectIds);
  }
  locatedIn(placeIds: readonly string[]): Promise<LocatedRow[]> {
    return this.entities.locatedIn(placeIds);
  }
  unitRelations(unitIds: readonly string[]): Promise<UnitRelationRow[]> {
    return this.entities.unitRelations(unitIds);
  }
  administers(ids: readonly string[]): Promise<Array<{ unitId: string; placeId: string }>> {
    return this.entities.administers(ids);
  }
  projectTasks(projectIds: readonly string[]): Promise<{ tasksByProject: Map<string, TaskRow[]>; responsibilities: ResponsibilityRow[] }> {
    return this.entities.projectTasks(projectIds);
  }

  // Analysis reads (AnalysisReads).
  sharedPairs(unitIds: readonly string[] | null, filter: PairFilter): Promise<PairRow[]> {
    return this.analysis.sharedPairs(unitIds, filter);
  }
  tasksSharedBy(pairs: ReadonlyArray<{ a: string; b: string }>, filter: Omit<PairFilter, 'minShared' | 'limit'>): Promise<Map<string, TaskRow[]>> {
    return this.analysis.tasksSharedBy(pairs, filter);
  }
  recurringProjects(filter: RecurringProjectFilter): Promise<Array<{ project: ProjectRow; years: number[] }>> {
    return this.analysis.recurringProjects(filter);
  }
  neighbours(ids: readonly string[], limit: number, via?: string): Promise<NeighbourRow[]> {
    return this.analysis.neighbours(ids, limit, via);
  }
  nodeSummaries(ids: readonly string[]): Promise<NodeSummary[]> {
    return this.analysis.nodeSummaries(ids);
  }
  search(text: string, kinds: readonly SearchKind[], limit: number): Promise<SearchRow[]> {
    return this.analysis.search(text, kinds, limit);
  }
  statsByYear(): Promise<YearStat[]> {
    return this.analysis.statsByYear();
  }
  statsByRegion(): Promise<RegionStat[]> {
    return this.analysis.statsByRegion();
  }

  /** Read afresh on every call: another process may have written since (CachingGraphStore keeps it where none can). */
  async corpusVersion(): Promise<string> {
    const hash = createHash('sha256');
    for (const f of await this.documentFingerprints()) hash.update(`${f.id}\u0000${f.sha256}\n`);
    return hash.digest('hex').slice(0, 16);
  }
}
