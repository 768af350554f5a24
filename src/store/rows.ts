import type {
  AssignmentRecord, DocumentRecord, Evidence, LocationRecord, PersonRecord, MentionRecord, PlaceRecord, ProjectKind, ProjectRecord, ResponsibilityRecord,
  SectionRecord, TargetRecord, TaskDeadline, TaskRecord, UnitRecord, UnitRelationRecord,
} from '../model/records.js';
import type { SearchableLabel } from '../model/nodeKinds.js';

/*
 * What the store's reads return and its filters take (GraphStore.ts is the interface). Rows
 * are the records as stored: derived from src/model/records.ts where they repeat them.
 */

/** Evidence as stored: a span of one document's original text and the rule that read it (the record's own). */
export type StoredEvidence = Evidence;

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

/** A stored section: the same fields as its record. */
export type SectionRow = SectionRecord;

/** A stored task: its record (people are not stored) with its document's year and region. */
export type TaskRow = Omit<TaskRecord, 'deadline' | 'people'> & {
  /** Null for a document without a year. */
  year: number | null;
  region: string | null;
  /** The deadline printed with the task, normalised; null when none was printed. */
  deadline: TaskDeadline | null;
};

/** DATE (due by a date), ONGOING (长期坚持), OPEN (printed, no date read). */
export type DeadlineKind = TaskDeadline['kind'];

/** A stored unit: its record, its kind as stored text. */
export type UnitRow = Omit<UnitRecord, 'kind'> & { kind: string };

/** A unit as a network node shows it. */
export type UnitSummary = Pick<UnitRow, 'id' | 'name' | 'region' | 'kind'>;

/** A stored `Unit -RESPONSIBLE_FOR-> Task` edge: its record with the document's year. */
export type ResponsibilityRow = Omit<ResponsibilityRecord, 'openEnded'> & { year: number | null };

/** A stored person: the same fields as its record. */
export type PersonRow = PersonRecord;

/** A stored `Person -ASSIGNED_TO-> Task` edge: its record with the document's year. */
export type AssignmentRow = AssignmentRecord & { year: number | null };

/** A stored target: its record (the document is in its evidence) with the document's year. */
export type TargetRow = Omit<TargetRecord, 'documentId'> & { year: number };

/** A stored project: the same fields as its record (names other than `name` are `aliases`). */
export type ProjectRow = ProjectRecord;

/** A stored place: the same fields as its record. */
export type PlaceRow = PlaceRecord;

/** A `Task -CONCERNS-> Project` edge. */
export type MentionRow = Omit<MentionRecord, 'documentId' | 'year'> & { year: number };

/** One printed form a unit or project was joined from: the rule that joined it, one document printing it, how often. */
export interface SurfaceRow {
  nodeId: string;
  surface: string;
  rule: string;
  documentId: string;
  uses: number;
}

/** A `LOCATED_IN` edge seen from its place. */
export type LocatedRow = LocationRecord & { year: number };

/** `Unit -PART_OF-> Unit` (supervision) or `Unit -SUCCEEDED_BY-> Unit` (reform). */
export type UnitRelationRow = UnitRelationRecord;

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

export type SearchKind = SearchableLabel;

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

/** Which projects count as recurring, and how many to return (recurringProjects). */
export interface RecurringProjectFilter {
  minYears: number;
  region?: string | null;
  fromYear?: number | null;
  toYear?: number | null;
  kinds?: readonly ProjectKind[] | null;
  /** The first `limit` (all without). */
  limit?: number | null;
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
  /** Persons named on tasks, and their ASSIGNED_TO edges. */
  persons: number;
  assignments: number;
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
