import type {
  Comparator, DocumentRecord, ExtractedDocument, PlaceRecord, ProjectRecord, ProjectKind, ProjectStatus, Role, TaskKind,
} from '../model/records.js';
import type { BulkDocument, BulkFormat } from './bulkFormat.js';

/*
 * The one interface the API and the CLIs use to reach a graph. Two backends
 * implement it (Kùzu embedded, Neo4j over Bolt) by running the same named Cypher
 * statements; see CypherGraphStore.
 */

/** Evidence as stored: a span of one document's original text and the rule that read it. */
export interface StoredEvidence {
  documentId: string;
  quote: string;
  start: number;
  end: number;
  rule: string;
}

/** A stored document: its record, with the inferences kept as a JSON array of `Inference` records. */
export type DocumentRow = Omit<DocumentRecord, 'inferred' | 'format' | 'encoding' | 'text' | 'textSha256'> & {
  inferred: string;
  format: string;
  encoding: string | null;
  textSha256: string;
};

/** A document's canonical text (read apart from its row: it can be megabytes). */
export interface DocumentText {
  id: string;
  text: string;
}

export interface SectionRow {
  id: string;
  documentId: string;
  parentId: string | null;
  number: string;
  title: string;
  level: number;
  ordinal: number;
  evidence: StoredEvidence;
}

export interface TaskRow {
  id: string;
  documentId: string;
  sectionId: string | null;
  number: string | null;
  text: string;
  starred: boolean;
  kind: TaskKind;
  ordinal: number;
  /** Null for a document without a year. */
  year: number | null;
  region: string | null;
  evidence: StoredEvidence;
  /** The deadline printed with the task, normalised; null when none was printed. */
  deadline: { printed: string; date: string | null; kind: DeadlineKind; evidence: StoredEvidence } | null;
}

/** DATE (due by a date), ONGOING (长期坚持), OPEN (printed, no date read). */
export type DeadlineKind = 'DATE' | 'ONGOING' | 'OPEN';

export interface UnitRow {
  id: string;
  name: string;
  /** Null for a unit of a document without a region (scoped to that document). */
  region: string | null;
  kind: string;
  /** Every name it is known by other than `name`. */
  aliases: string[];
  placeId: string | null;
  rule: string;
}

/** A unit as a network node shows it. */
export type UnitSummary = Pick<UnitRow, 'id' | 'name' | 'region' | 'kind'>;

export interface ResponsibilityRow {
  taskId: string;
  unitId: string;
  role: Role;
  order: number;
  surface: string;
  /** The rule that joined the printed name to the unit. */
  resolution: string;
  year: number | null;
  evidence: StoredEvidence;
}

export interface TargetRow {
  id: string;
  taskId: string;
  metric: string;
  value: number;
  unit: string;
  comparator: Comparator;
  year: number;
  evidence: StoredEvidence;
}

/** A stored project: the same fields as its record (names other than `name` are `aliases`). */
export type ProjectRow = ProjectRecord;

/** A stored place: the same fields as its record. */
export type PlaceRow = PlaceRecord;

/** A `Task -CONCERNS-> Project` edge. */
export interface MentionRow {
  projectId: string;
  taskId: string;
  year: number;
  surface: string;
  /** The rules that joined the printed name to the project. */
  resolution: string;
  status: ProjectStatus | null;
  evidence: StoredEvidence;
}

/** One printed form a unit or project was joined from: the rule that joined it, one document printing it, how often. */
export interface SurfaceRow {
  nodeId: string;
  surface: string;
  rule: string;
  documentId: string;
  uses: number;
}

/** A `LOCATED_IN` edge seen from its place. */
export interface LocatedRow {
  placeId: string;
  subjectId: string;
  year: number;
  evidence: StoredEvidence;
}

/** `Unit -PART_OF-> Unit` (supervision) or `Unit -SUCCEEDED_BY-> Unit` (reform). */
export interface UnitRelationRow {
  kind: 'PART_OF' | 'SUCCEEDED_BY';
  fromId: string;
  toId: string;
  year: number | null;
  rule: string;
}

/** Two units (a < b by id, or a = the asked unit) and the tasks they share. */
export interface PairRow {
  a: string;
  b: string;
  sharedCount: number;
  years: number[];
}

export interface PairFilter {
  year?: number | null;
  region?: string | null;
  documentId?: string | null;
  minShared: number;
  limit: number;
  /** Count collective placeholders (Unit.kind COLLECTIVE: 各相关单位) as partners too; default false. */
  includeCollectives?: boolean;
}

/** One edge of a one-hop expansion, with the far node's kind and label. */
export interface NeighbourRow {
  source: string;
  target: string;
  type: string;
  /** The far node. */
  id: string;
  kind: string;
  label: string;
  nodeYear: number | null;
  year: number | null;
  role: string | null;
  documentId: string | null;
}

export interface NodeSummary {
  id: string;
  kind: string;
  label: string;
  nodeYear: number | null;
}

export type SearchKind = 'Unit' | 'Project' | 'Place' | 'Document' | 'Task';

export interface SearchRow {
  id: string;
  kind: SearchKind;
  label: string;
  /** Every text the match may be in (name and aliases, a title, a task's text). */
  names: string[];
  context: string;
  /** The document a task or document hit comes from (null for shared entities). */
  documentId: string | null;
}

export interface YearStat {
  year: number;
  documents: number;
  tasks: number;
}

export interface RegionStat {
  region: string;
  documents: number;
  tasks: number;
  units: number;
}

export interface ProjectFilter {
  region?: string | null;
  kinds?: readonly ProjectKind[] | null;
  nameContains?: string | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  documentId?: string | null;
  placeId?: string | null;
}

export interface PlaceFilter {
  kind?: string | null;
  nameContains?: string | null;
  parentId?: string | null;
}

export type ProjectOrder = 'NAME' | 'MENTIONS_DESC' | 'YEARS_DESC';
export type UnitOrder = 'NAME' | 'TASKS_DESC';
export type TaskOrder = 'DOCUMENT_ORDER' | 'YEAR_DESC';

export interface DocumentFingerprint {
  id: string;
  file: string;
  sha256: string;
  /** Version of the ingestion pipeline that produced the stored facts (see src/load/pipelineVersion.ts). */
  pipeline: string;
}

export interface GraphCounts {
  documents: number;
  sections: number;
  tasks: number;
  units: number;
  projects: number;
  places: number;
  targets: number;
  responsibilities: number;
  mentions: number;
}

/** A slice of a list: `offset` rows skipped, at most `limit` returned. */
export interface PageRequest {
  offset: number;
  limit: number;
}

export interface Page<T> {
  totalCount: number;
  rows: T[];
}

export interface DocumentFilter {
  year?: number | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  region?: string | null;
  genre?: string | null;
}

export interface UnitFilter {
  region?: string | null;
  year?: number | null;
  kind?: string | null;
  nameContains?: string | null;
  documentId?: string | null;
}

export interface TaskFilter {
  year?: number | null;
  yearFrom?: number | null;
  yearTo?: number | null;
  genre?: string | null;
  role?: string | null;
  projectId?: string | null;
  placeId?: string | null;
  documentId?: string | null;
  region?: string | null;
  kind?: string | null;
  starred?: boolean | null;
  textContains?: string | null;
  unitId?: string | null;
  /** Only tasks with a dated deadline on or before this ISO date (2023-10-31). */
  dueBefore?: string | null;
}

/** How a document is loaded. */
export interface LoadOptions {
  /** Version of the ingestion pipeline, stored on the document. */
  pipeline?: string;
  /**
   * The name a shared project is shown by, given every name known for it (this
   * document's and those stored). Default: the record's own name.
   */
  projectName?: (project: ProjectRecordLike, names: readonly string[]) => string;
  /** Bulk loads: about how many tasks go in one transaction (backend default when absent). */
  bulkChunkTasks?: number;
}

/** The fields of an extracted project record a naming rule may read. */
export type ProjectRecordLike = Pick<ProjectRecord, 'name' | 'rule'>;

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
  recurringProjects(filter: {
    minYears: number; region?: string | null; fromYear?: number | null; toYear?: number | null; kinds?: readonly ProjectKind[] | null;
    limit?: number | null;
  }): Promise<Array<{ project: ProjectRow; years: number[] }>>;
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
