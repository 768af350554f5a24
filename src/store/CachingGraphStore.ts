import type { ExtractedDocument } from '../model/records.js';
import { AnswerCache } from './AnswerCache.js';
import type { BulkDocument, BulkFormat } from './bulkFormat.js';
import type { GraphStore } from './GraphStore.js';
import { RankingFloors } from './RankingFloors.js';
import { ReadCache } from './ReadCache.js';
import type {
  AssignmentRow, PersonRow, DocumentFilter, DocumentFingerprint, DocumentRow, DocumentText, GraphCounts, LoadOptions, LocatedRow, MentionRow, NeighbourRow,
  NodeSummary, Page, PageRequest, PairFilter, PairRow, PlaceFilter, PlaceRow, ProjectFilter, ProjectOrder, ProjectRow,
  RecurringProjectFilter, RegionStat, ResponsibilityRow, SearchKind, SearchRow, SectionRow, SurfaceRow, TargetRow, TaskFilter,
  TaskOrder, TaskRow, UnitFilter, UnitOrder, UnitRelationRow, UnitRow, UnitSummary, YearStat,
} from './rows.js';

/**
 * Units kept by id. Units are few (3.6k at 100k tasks, 5.6k at 1M) and named by nearly every
 * request: a lookup of 20–40 costs 2–3 ms in embedded Kùzu, 1,200 for a network ~6 ms.
 */
const CACHED_UNITS_MAX = 100_000;

/** Global pair rankings kept (one per limit and minimum asked; a dashboard asks one or two). */
const CACHED_RANKINGS_MAX = 64;

/**
 * A GraphStore that keeps what nearly every request reads — units by id and their summaries,
 * the global unit-pair rankings, the corpus version — until the next write, around another
 * store. Only sound where this process is the store's only writer (the runner says so:
 * `CypherRunner.soleWriter`; openStore wraps such stores): nothing written elsewhere can make a
 * kept answer stale. Every write through it forgets everything when it starts and again when it
 * ends, and a read that began before either is answered but not kept.
 */
export class CachingGraphStore implements GraphStore {
  private readonly inner: GraphStore;
  /** Counts write starts and ends: a version read across one of them is not kept. */
  private writes = 0;
  private version: string | null = null;
  private readonly unitRows = new ReadCache<UnitRow>(CACHED_UNITS_MAX);
  private readonly unitSummaryRows = new ReadCache<UnitSummary>(CACHED_UNITS_MAX);
  /** The global pair rankings, by limit, minimum and collectives (kept answers are never handed out: callers may change theirs). */
  private readonly rankings = new AnswerCache<readonly PairRow[]>(CACHED_RANKINGS_MAX);
  private readonly floors = new RankingFloors();

  constructor(inner: GraphStore) {
    this.inner = inner;
  }

  get backend(): string {
    return this.inner.backend;
  }
  get location(): string {
    return this.inner.location;
  }
  get bulkFormat(): BulkFormat | null {
    return this.inner.bulkFormat;
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }
  close(): Promise<void> {
    return this.inner.close();
  }

  // Writes: everything kept is forgotten when each starts and when it ends.
  replaceDocument(doc: ExtractedDocument, options?: LoadOptions): Promise<void> {
    return this.changing(() => this.inner.replaceDocument(doc, options));
  }
  bulkLoad(docs: AsyncIterable<BulkDocument> | Iterable<BulkDocument>, options?: LoadOptions): Promise<number> {
    return this.changing(() => this.inner.bulkLoad(docs, options));
  }
  clear(): Promise<void> {
    return this.changing(() => this.inner.clear());
  }
  replaceDocumentInBulk(doc: BulkDocument, options?: LoadOptions): Promise<void> {
    return this.changing(() => this.inner.replaceDocumentInBulk(doc, options));
  }
  removeDocument(documentId: string): Promise<void> {
    return this.changing(() => this.inner.removeDocument(documentId));
  }

  // Kept reads.
  unitsByIds(ids: readonly string[]): Promise<UnitRow[]> {
    return this.unitRows.get(ids, (missing) => this.inner.unitsByIds(missing));
  }
  unitSummaries(ids: readonly string[]): Promise<UnitSummary[]> {
    return this.unitSummaryRows.get(ids, (missing) => this.inner.unitSummaries(missing));
  }
  async sharedPairs(unitIds: readonly string[] | null, filter: PairFilter): Promise<PairRow[]> {
    const global = unitIds === null && (filter.year ?? null) === null && (filter.region ?? null) === null && (filter.documentId ?? null) === null;
    if (!global) return this.inner.sharedPairs(unitIds, filter);
    const { limit, minShared } = filter;
    const includeCollectives = filter.includeCollectives ?? false;
    const rows = await this.rankings.get(`${limit}|${minShared}|${includeCollectives}`, () => this.floors.top(limit, minShared,
      (floor) => this.inner.sharedPairs(null, { minShared: floor, limit, includeCollectives }), (r) => r.sharedCount));
    return rows.map((r) => ({ ...r, years: [...r.years] }));
  }
  async corpusVersion(): Promise<string> {
    if (this.version !== null) return this.version;
    const writes = this.writes;
    const version = await this.inner.corpusVersion();
    if (writes === this.writes) this.version = version;
    return version;
  }

  // Read through.
  documentFingerprints(): Promise<DocumentFingerprint[]> {
    return this.inner.documentFingerprints();
  }
  counts(): Promise<GraphCounts> {
    return this.inner.counts();
  }
  documents(filter: DocumentFilter, page: PageRequest): Promise<Page<DocumentRow>> {
    return this.inner.documents(filter, page);
  }
  documentsByIds(ids: readonly string[]): Promise<DocumentRow[]> {
    return this.inner.documentsByIds(ids);
  }
  documentTexts(ids: readonly string[]): Promise<DocumentText[]> {
    return this.inner.documentTexts(ids);
  }
  units(filter: UnitFilter, page: PageRequest, order?: UnitOrder): Promise<Page<UnitRow>> {
    return this.inner.units(filter, page, order);
  }
  tasks(filter: TaskFilter, page: PageRequest, order?: TaskOrder): Promise<Page<TaskRow>> {
    return this.inner.tasks(filter, page, order);
  }
  tasksByIds(ids: readonly string[]): Promise<TaskRow[]> {
    return this.inner.tasksByIds(ids);
  }
  sectionsByIds(ids: readonly string[]): Promise<SectionRow[]> {
    return this.inner.sectionsByIds(ids);
  }
  responsibilitiesByTaskIds(taskIds: readonly string[]): Promise<ResponsibilityRow[]> {
    return this.inner.responsibilitiesByTaskIds(taskIds);
  }
  personsByIds(ids: readonly string[]): Promise<PersonRow[]> {
    return this.inner.personsByIds(ids);
  }
  assignmentsByTaskIds(taskIds: readonly string[]): Promise<AssignmentRow[]> {
    return this.inner.assignmentsByTaskIds(taskIds);
  }
  assignmentsByPersonIds(personIds: readonly string[]): Promise<AssignmentRow[]> {
    return this.inner.assignmentsByPersonIds(personIds);
  }
  targetsByTaskIds(taskIds: readonly string[]): Promise<TargetRow[]> {
    return this.inner.targetsByTaskIds(taskIds);
  }
  targetsByIds(ids: readonly string[]): Promise<TargetRow[]> {
    return this.inner.targetsByIds(ids);
  }
  unitSurfaces(unitIds: readonly string[]): Promise<SurfaceRow[]> {
    return this.inner.unitSurfaces(unitIds);
  }
  taskIdsByUnitIds(unitIds: readonly string[]): Promise<Map<string, string[]>> {
    return this.inner.taskIdsByUnitIds(unitIds);
  }
  projects(filter: ProjectFilter, page: PageRequest, order?: ProjectOrder): Promise<Page<ProjectRow>> {
    return this.inner.projects(filter, page, order);
  }
  projectsByIds(ids: readonly string[]): Promise<ProjectRow[]> {
    return this.inner.projectsByIds(ids);
  }
  mentionsByProjectIds(ids: readonly string[]): Promise<MentionRow[]> {
    return this.inner.mentionsByProjectIds(ids);
  }
  mentionsByTaskIds(ids: readonly string[]): Promise<MentionRow[]> {
    return this.inner.mentionsByTaskIds(ids);
  }
  projectSurfaces(projectIds: readonly string[]): Promise<SurfaceRow[]> {
    return this.inner.projectSurfaces(projectIds);
  }
  unitIdsByProjectIds(ids: readonly string[]): Promise<Map<string, string[]>> {
    return this.inner.unitIdsByProjectIds(ids);
  }
  places(filter: PlaceFilter, page: PageRequest): Promise<Page<PlaceRow>> {
    return this.inner.places(filter, page);
  }
  placesByIds(ids: readonly string[]): Promise<PlaceRow[]> {
    return this.inner.placesByIds(ids);
  }
  childPlaceIds(ids: readonly string[]): Promise<Map<string, string[]>> {
    return this.inner.childPlaceIds(ids);
  }
  placeIdsOf(subjectIds: readonly string[]): Promise<Map<string, string[]>> {
    return this.inner.placeIdsOf(subjectIds);
  }
  locatedIn(placeIds: readonly string[]): Promise<LocatedRow[]> {
    return this.inner.locatedIn(placeIds);
  }
  unitRelations(unitIds: readonly string[]): Promise<UnitRelationRow[]> {
    return this.inner.unitRelations(unitIds);
  }
  administers(ids: readonly string[]): Promise<Array<{ unitId: string; placeId: string }>> {
    return this.inner.administers(ids);
  }
  tasksSharedBy(pairs: ReadonlyArray<{ a: string; b: string }>, filter: Omit<PairFilter, 'minShared' | 'limit'>): Promise<Map<string, TaskRow[]>> {
    return this.inner.tasksSharedBy(pairs, filter);
  }
  recurringProjects(filter: RecurringProjectFilter): Promise<Array<{ project: ProjectRow; years: number[] }>> {
    return this.inner.recurringProjects(filter);
  }
  projectTasks(projectIds: readonly string[]): Promise<{ tasksByProject: Map<string, TaskRow[]>; responsibilities: ResponsibilityRow[] }> {
    return this.inner.projectTasks(projectIds);
  }
  neighbours(ids: readonly string[], limit: number, via?: string): Promise<NeighbourRow[]> {
    return this.inner.neighbours(ids, limit, via);
  }
  nodeSummaries(ids: readonly string[]): Promise<NodeSummary[]> {
    return this.inner.nodeSummaries(ids);
  }
  search(text: string, kinds: readonly SearchKind[], limit: number): Promise<SearchRow[]> {
    return this.inner.search(text, kinds, limit);
  }
  statsByYear(): Promise<YearStat[]> {
    return this.inner.statsByYear();
  }
  statsByRegion(): Promise<RegionStat[]> {
    return this.inner.statsByRegion();
  }

  // Private: runs a write; what was kept is forgotten when it starts and when it ends.
  private async changing<T>(write: () => Promise<T>): Promise<T> {
    const forget = () => {
      this.writes++;
      this.version = null;
      this.unitRows.invalidate();
      this.unitSummaryRows.invalidate();
      this.rankings.invalidate();
    };
    forget();
    try {
      return await write();
    } finally {
      forget();
    }
  }
}
