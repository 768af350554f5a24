import type { ExtractedDocument } from '../model/records.js';
import type { BulkDocument, BulkFormat } from './bulkFormat.js';
import type {
  AssignmentRow, PersonRow, DocumentFilter, DocumentFingerprint, DocumentRow, DocumentText, GraphCounts, LoadOptions, LocatedRow, MentionRow, NeighbourRow,
  NodeSummary, Page, PageRequest, PairFilter, PairRow, PlaceFilter, PlaceRow, ProjectFilter, ProjectOrder, ProjectRow,
  RecurringProjectFilter, RegionStat, ResponsibilityRow, SearchKind, SearchRow, SectionRow, SurfaceRow, TargetRow, TaskFilter, TaskOrder, TaskRow, UnitFilter, UnitOrder,
  UnitRelationRow, UnitRow, UnitSummary, YearStat,
} from './rows.js';

/*
 * The one interface the API and the CLIs use to reach a graph (its rows and filters: rows.ts).
 * Two backends implement it (Kùzu embedded, Neo4j over Bolt) by running the same named Cypher
 * statements (CypherGraphStore); CachingGraphStore keeps hot reads where one process is the
 * store's only writer.
 */

export interface GraphStore {
  /** `kuzu` or `neo4j`. */
  readonly backend: string;
  /** Where the graph lives (a directory or a URI), for logs. */
  readonly location: string;
  /**
   * The format `bulkLoad` also takes documents in when they were prepared elsewhere
   * (prepareForBulk, on extraction worker threads), or null: extracted documents only.
   */
  readonly bulkFormat: BulkFormat | null;

  /** Throws `STORE_UNAVAILABLE` when the store does not answer. */
  ping(): Promise<void>;
  /** Closes every connection; the store is unusable afterwards. Safe to call twice. */
  close(): Promise<void>;

  /**
   * Replaces everything a document contributed with `doc`, in one transaction:
   * on failure the document's previous facts stay as they were.
   */
  replaceDocument(doc: ExtractedDocument, options?: LoadOptions): Promise<void>;
  /**
   * Loads many documents none of which is in the store yet (a first load, a
   * benchmark corpus) through the backend's bulk path where it has one: as
   * extracted, or prepared in its `bulkFormat`. Transactions hold whole documents
   * (Kùzu: as many as its buffer pool takes, see bulkChunkTasks); if one fails, those
   * before it stay loaded. Returns how many were loaded.
   */
  bulkLoad(docs: AsyncIterable<BulkDocument> | Iterable<BulkDocument>, options?: LoadOptions): Promise<number>;
  /**
   * Replaces a stored document like `replaceDocument` (one transaction: on failure the old
   * version stays whole) through the backend's bulk path where it has one: for a large
   * document (Kùzu's row statements cost ~1 ms a row). `doc` as extracted, or prepared in the
   * store's `bulkFormat` when the backend has a bulk path.
   */
  replaceDocumentInBulk(doc: BulkDocument, options?: LoadOptions): Promise<void>;
  /** Removes every node and edge. */
  clear(): Promise<void>;
  /** Removes a document and every fact it alone contributed. */
  removeDocument(documentId: string): Promise<void>;
  documentFingerprints(): Promise<DocumentFingerprint[]>;
  counts(): Promise<GraphCounts>;

  documents(filter: DocumentFilter, page: PageRequest): Promise<Page<DocumentRow>>;
  documentsByIds(ids: readonly string[]): Promise<DocumentRow[]>;
  /** Canonical texts by document id, in the order asked; unknown ids are left out. */
  documentTexts(ids: readonly string[]): Promise<DocumentText[]>;
  units(filter: UnitFilter, page: PageRequest, order?: UnitOrder): Promise<Page<UnitRow>>;
  /** Units by id, in the order asked, each once; unknown ids are left out. */
  unitsByIds(ids: readonly string[]): Promise<UnitRow[]>;
  /** Units by id without aliases, place or rule (for drawing many at once), in the order asked, each once. */
  unitSummaries(ids: readonly string[]): Promise<UnitSummary[]>;
  tasks(filter: TaskFilter, page: PageRequest, order?: TaskOrder): Promise<Page<TaskRow>>;
  tasksByIds(ids: readonly string[]): Promise<TaskRow[]>;
  sectionsByIds(ids: readonly string[]): Promise<SectionRow[]>;
  responsibilitiesByTaskIds(taskIds: readonly string[]): Promise<ResponsibilityRow[]>;
  targetsByTaskIds(taskIds: readonly string[]): Promise<TargetRow[]>;
  /** Persons by id, in the order asked, each once; unknown ids are left out. */
  personsByIds(ids: readonly string[]): Promise<PersonRow[]>;
  /** The persons named on each of these tasks (ASSIGNED_TO), in printed order within a task. */
  assignmentsByTaskIds(taskIds: readonly string[]): Promise<AssignmentRow[]>;
  /** The tasks each of these persons is named on (ASSIGNED_TO), newest first, then in document order. */
  assignmentsByPersonIds(personIds: readonly string[]): Promise<AssignmentRow[]>;
  targetsByIds(ids: readonly string[]): Promise<TargetRow[]>;
  /** The printed names each of these units was resolved from (one row per surface, rule and document; no order). */
  unitSurfaces(unitIds: readonly string[]): Promise<SurfaceRow[]>;
  /** Task ids per unit, newest first. */
  taskIdsByUnitIds(unitIds: readonly string[]): Promise<Map<string, string[]>>;

  projects(filter: ProjectFilter, page: PageRequest, order?: ProjectOrder): Promise<Page<ProjectRow>>;
  projectsByIds(ids: readonly string[]): Promise<ProjectRow[]>;
  mentionsByProjectIds(ids: readonly string[]): Promise<MentionRow[]>;
  mentionsByTaskIds(ids: readonly string[]): Promise<MentionRow[]>;
  /** The printed names each of these projects was resolved from (one row per surface, rule and document; no order). */
  projectSurfaces(projectIds: readonly string[]): Promise<SurfaceRow[]>;
  /** Unit ids responsible for tasks concerning each project. */
  unitIdsByProjectIds(ids: readonly string[]): Promise<Map<string, string[]>>;
  places(filter: PlaceFilter, page: PageRequest): Promise<Page<PlaceRow>>;
  placesByIds(ids: readonly string[]): Promise<PlaceRow[]>;
  childPlaceIds(ids: readonly string[]): Promise<Map<string, string[]>>;
  /** Place ids each task or project is located in. */
  placeIdsOf(subjectIds: readonly string[]): Promise<Map<string, string[]>>;
  /** Tasks and projects located in each place, with evidence. */
  locatedIn(placeIds: readonly string[]): Promise<LocatedRow[]>;
  /** PART_OF and SUCCEEDED_BY edges touching these units, either direction. */
  unitRelations(unitIds: readonly string[]): Promise<UnitRelationRow[]>;
  /** (unit, place) governing pairs touching these unit or place ids. */
  administers(ids: readonly string[]): Promise<Array<{ unitId: string; placeId: string }>>;

  /** Unit pairs by shared tasks, most first: globally, for one unit (`a` is that unit), or among several. */
  sharedPairs(unitIds: readonly string[] | null, filter: PairFilter): Promise<PairRow[]>;
  /** The tasks each pair shares (whole rows, in document order: year, document, position); keyed `a|b`. */
  tasksSharedBy(pairs: ReadonlyArray<{ a: string; b: string }>, filter: Omit<PairFilter, 'minShared' | 'limit'>): Promise<Map<string, TaskRow[]>>;
  /** Projects mentioned in at least `minYears` years (whole rows), most years first, then by name; the first `limit` (all without). */
  recurringProjects(filter: RecurringProjectFilter): Promise<Array<{ project: ProjectRow; years: number[] }>>;
  /**
   * The tasks that concern each of these projects (whole rows, keyed by project) and every
   * responsibility for those tasks: a project's accountability in two queries from the project.
   */
  projectTasks(projectIds: readonly string[]): Promise<{ tasksByProject: Map<string, TaskRow[]>; responsibilities: ResponsibilityRow[] }>;
  /**
   * One hop around these nodes (both directions, derived pair counts left out), at most
   * `limit` edges per direction and label: the newest kept (the edge's year, else the far
   * node's), then by far node id. Rows come back in that order, the same on every call.
   * With `via`: every id is a neighbour of that node, which lets the store reach them from
   * it instead of looking each up.
   */
  neighbours(ids: readonly string[], limit: number, via?: string): Promise<NeighbourRow[]>;
  nodeSummaries(ids: readonly string[]): Promise<NodeSummary[]>;
  search(text: string, kinds: readonly SearchKind[], limit: number): Promise<SearchRow[]>;
  statsByYear(): Promise<YearStat[]>;
  statsByRegion(): Promise<RegionStat[]>;
  /** A hash of every loaded document's id and content hash: changes whenever the corpus does. */
  corpusVersion(): Promise<string>;
}
