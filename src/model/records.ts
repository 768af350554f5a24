/**
 * The records extraction produces and the store loads: the contract between
 * `src/ingest/` (pure: text in, records out) and `src/store/` (I/O).
 *
 * Every offset is a UTF-16 code-unit index into the document's ORIGINAL text
 * (`text.slice(start, end) === quote`), whatever normalisation matching used.
 * IDs are deterministic strings prefixed by their kind (the table and the id builders are
 * in nodeKinds.ts), so ingesting a document twice produces the same records and a node's
 * kind can be read off its id.
 */

import type {
  Comparator, DeadlineKind, Genre, PersonRole, PlaceKind, ProjectKind, ProjectStatus, Role, TaskKind, UnitKind, UnitRelationKind,
} from './enums.js';
import type { WarningCode } from './warningCodes.js';

// The vocabularies are declared in enums.ts (const arrays); re-exported so a record's importer names them from here too.
export type {
  Comparator, DeadlineKind, Genre, PersonRole, PlaceKind, ProjectKind, ProjectStatus, Role, TaskKind, UnitKind, UnitRelationKind,
} from './enums.js';

/** Where a fact came from: a span of one document's original text and the rule that read it. */
export interface Evidence {
  documentId: string;
  /** `text.slice(start, end)` of the original document text, verbatim. */
  quote: string;
  start: number;
  end: number;
  /** Id of the rule that produced the record (unique, tested). */
  rule: string;
}

/** A fact about a document that was inferred rather than given (no manifest entry, or text overriding it). */
export interface Inference {
  /** `convention`: a rule the document states for its own lists (排在第一位的为牵头单位). */
  field: 'title' | 'year' | 'region' | 'genre' | 'issuer' | 'convention';
  value: string;
  rule: string;
  evidence: Evidence | null;
}

export interface DocumentRecord {
  id: string;
  /** File name as ingested (the document's stable identity; content changes replace its facts). */
  file: string;
  title: string;
  /** The year the document is about; null when neither given nor inferable (never 0). */
  year: number | null;
  /** Full region name, e.g. `上海市嘉定区`, `湖北省武汉市江岸区`; null when neither given nor inferable. */
  region: string | null;
  genre: Genre;
  issuer: string | null;
  date: string | null;
  sha256: string;
  /** Length of the original text in UTF-16 code units. */
  length: number;
  inferred: Inference[];
  /**
   * How the file was read (issue 18): its format (`txt`, `html`, `docx`, `xlsx`, `csv`, `pdf`),
   * the encoding its bytes were decoded from (null where the format carries its own: docx, xlsx,
   * pdf), the canonical text every offset points into, and the SHA-256 of that text's UTF-8 bytes.
   * Optional so that records built by hand (tests) stay valid; extraction always sets them.
   */
  format?: string;
  encoding?: string | null;
  text?: string;
  textSha256?: string;
  /** Fingerprint of the user override entries that concern the document (userOverrides.ts); absent when none. */
  overrides?: string;
}

export interface SectionRecord {
  id: string;
  documentId: string;
  parentId: string | null;
  /** The number as printed: `一`, `(三)`, `1`. */
  number: string;
  title: string;
  /** 1 for `一、`, 2 for `(一)`, … */
  level: number;
  ordinal: number;
  evidence: Evidence;
}

/** When a task is due, as printed and normalised (`10月底` in a 2023 document → 2023-10-31). */
export interface TaskDeadline {
  printed: string;
  /** ISO date, or null (ONGOING, or nothing readable / no document year). */
  date: string | null;
  /** DATE: due by `date`; ONGOING: a standing duty (长期坚持, 持续推进); OPEN: printed, no date read. */
  kind: DeadlineKind;
  evidence: Evidence;
}

/** A person named on a task (责任领导:陈伟, a name among the units): never a unit. */
export interface PersonMention {
  name: string;
  evidence: Evidence;
}

export interface TaskRecord {
  id: string;
  documentId: string;
  sectionId: string | null;
  /** Item number as printed (`13`, `十一`, `(三)`), null for narrative sentences. */
  number: string | null;
  /** The item's text with number, ★ and the responsibility clause removed. */
  text: string;
  starred: boolean;
  kind: TaskKind;
  /** Position in the document, 0-based. */
  ordinal: number;
  evidence: Evidence;
  /** Deadline printed with the item (完成时限:…, a bare (2023年10月底前), a closing 年底前完成), if any. */
  deadline?: TaskDeadline | null;
  /** People named on the item, as printed (the graph's Person nodes and ASSIGNED_TO edges: PersonRecord, AssignmentRecord). */
  people?: PersonMention[];
}

export interface UnitRecord {
  id: string;
  /** Canonical name, e.g. `嘉定区经济委员会`. */
  name: string;
  /** The document's region; null when it has none (the unit is then scoped to its document by id). */
  region: string | null;
  kind: UnitKind;
  /** Every other name it is known by (short forms as printed, former names). */
  aliases: string[];
  /** Id of the Place this unit also is (towns, subdistricts), or null. */
  placeId: string | null;
  /** How the canonical name was chosen: dictionary id, alias rule, or `surface`. */
  rule: string;
}

/**
 * A person named on tasks (责任领导:张三): never a unit. One per region and name, like units
 * (`person:<region>:<name>`); scoped to its document when the region is unknown.
 */
export interface PersonRecord {
  id: string;
  /** The name as printed without its title (张三 of 张三(副区长)); a surname with a title (李副区长) stays whole. */
  name: string;
  /** The post printed with the name (副区长, 区长, 主任), or null. */
  title: string | null;
  /** The document's region; null when it has none (the person is then scoped to its document by id). */
  region: string | null;
  /** The rule that read the name (and title). */
  rule: string;
}

/** `Person -ASSIGNED_TO-> Task`: a person named on a task, with the meaning of the label or column. */
export interface AssignmentRecord {
  personId: string;
  taskId: string;
  role: PersonRole;
  /** 0-based printed order among the task's people. */
  order: number;
  /** The name as printed, title included (李副区长, 张三(副区长)). */
  surface: string;
  /** The name's span (its quote is the name as stored on the person). */
  evidence: Evidence;
}

export interface ResponsibilityRecord {
  unitId: string;
  taskId: string;
  role: Role;
  /** 0-based printed order within the task. */
  order: number;
  /** The unit name as printed. */
  surface: string;
  /** The rule that joined this printed name to the unit (the unit record's `rule` for this surface). */
  resolution: string;
  evidence: Evidence;
  /** The last unit of a list printed ending in 等: more units may be meant. */
  openEnded?: boolean;
}

/** `Unit -PART_OF-> Unit` (supervision) or `Unit -SUCCEEDED_BY {year}-> Unit` (reform). */
export interface UnitRelationRecord {
  kind: UnitRelationKind;
  fromId: string;
  toId: string;
  year: number | null;
  rule: string;
}

export interface ProjectRecord {
  id: string;
  name: string;
  kind: ProjectKind;
  /** As `UnitRecord.region`. */
  region: string | null;
  aliases: string[];
  rule: string;
}

/** `Task -CONCERNS-> Project`: one mention of a project in a task/sentence. */
export interface MentionRecord {
  projectId: string;
  taskId: string;
  documentId: string;
  year: number | null;
  /** The name as printed. */
  surface: string;
  /** The rules that joined this printed name to the project (the project record's `rule` for this surface). */
  resolution: string;
  status: ProjectStatus | null;
  evidence: Evidence;
}

export interface PlaceRecord {
  id: string;
  name: string;
  kind: PlaceKind;
  parentId: string | null;
  aliases: string[];
  /** National statistical division code where known. */
  code: string | null;
}

/** `Task|Project -LOCATED_IN-> Place`. */
export interface LocationRecord {
  subjectId: string;
  placeId: string;
  evidence: Evidence;
}

/** `Task -SETS-> Target`: `总产出1040亿元以上` → metric 总产出, value 1040, unit 亿元, comparator `>=`. */
export interface TargetRecord {
  id: string;
  taskId: string;
  documentId: string;
  metric: string;
  value: number;
  unit: string;
  comparator: Comparator;
  evidence: Evidence;
}

/** A problem found in a document: reported, never thrown (src/ingest/ExtractionContext.ts). */
export interface ExtractionWarning {
  code: WarningCode;
  documentId: string;
  message: string;
  /** The span of the original text the warning is about (UTF-16 offsets), null for the whole document. */
  start: number | null;
  end: number | null;
  /** text.slice(start, end), or null. */
  quote: string | null;
}

/** Everything one document contributes to the graph. */
export interface ExtractedDocument {
  document: DocumentRecord;
  sections: SectionRecord[];
  tasks: TaskRecord[];
  units: UnitRecord[];
  responsibilities: ResponsibilityRecord[];
  unitRelations: UnitRelationRecord[];
  projects: ProjectRecord[];
  mentions: MentionRecord[];
  places: PlaceRecord[];
  locations: LocationRecord[];
  targets: TargetRecord[];
  /** People named on the tasks; optional so that records built by hand (tests) stay valid: extraction always sets them. */
  persons?: PersonRecord[];
  assignments?: AssignmentRecord[];
  warnings: ExtractionWarning[];
}

/** Metadata a caller may supply (from `seeds/manifest.json` or CLI flags); anything missing is inferred. */
export interface DocumentMeta {
  title?: string;
  year?: number;
  region?: string;
  genre?: Genre;
  issuer?: string;
  date?: string;
}

/** Input to `extractDocument`: the decoded text and what is known about it. */
export interface DocumentInput {
  file: string;
  /** The canonical text (see src/ingest/read/SourceDocument.ts). */
  text: string;
  sha256: string;
  meta: DocumentMeta;
  /** Format and encoding the read stage found; `txt` / `UTF-8` when not given. */
  format?: string;
  encoding?: string | null;
  /** The title the file states outside its text's lines (an HTML `<title>`, a first heading); used when no title is given. */
  statedTitle?: StatedTitle | null;
}

/**
 * A title a file states as its title (`<title>` of a page, its first `<h1>`, a DOCX title paragraph):
 * the text, its span in the canonical text when the body prints it there (null when only the
 * page head holds it), and the id of the rule that read it.
 */
export interface StatedTitle {
  text: string;
  start: number | null;
  end: number | null;
  rule: string;
}
