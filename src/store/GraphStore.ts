import type { Comparator, ExtractedDocument, Genre, Role, TaskKind } from '../ingest/records.js';

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

export interface DocumentRow {
  id: string;
  file: string;
  title: string;
  year: number;
  region: string;
  genre: Genre;
  issuer: string | null;
  date: string | null;
  sha256: string;
  length: number;
  /** JSON array of `Inference` records. */
  inferred: string;
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
  year: number;
  region: string;
  evidence: StoredEvidence;
}

export interface UnitRow {
  id: string;
  name: string;
  region: string;
  kind: string;
  /** Every name it is known by other than `name`. */
  aliases: string[];
  placeId: string | null;
  rule: string;
}

export interface ResponsibilityRow {
  taskId: string;
  unitId: string;
  role: Role;
  order: number;
  surface: string;
  year: number;
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

export interface DocumentFingerprint {
  id: string;
  file: string;
  sha256: string;
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
  region?: string | null;
  genre?: string | null;
}

export interface UnitFilter {
  region?: string | null;
  kind?: string | null;
  nameContains?: string | null;
  documentId?: string | null;
}

export interface TaskFilter {
  year?: number | null;
  documentId?: string | null;
  region?: string | null;
  kind?: string | null;
  starred?: boolean | null;
  textContains?: string | null;
  unitId?: string | null;
}

export interface GraphStore {
  /** `kuzu` or `neo4j`. */
  readonly backend: string;
  /** Where the graph lives (a directory or a URI), for logs. */
  readonly location: string;

  /** Throws `STORE_UNAVAILABLE` when the store does not answer. */
  ping(): Promise<void>;
  /** Closes every connection; the store is unusable afterwards. Safe to call twice. */
  close(): Promise<void>;

  /**
   * Replaces everything a document contributed with `doc`, in one transaction:
   * on failure the document's previous facts stay as they were.
   */
  replaceDocument(doc: ExtractedDocument): Promise<void>;
  /** Removes every node and edge. */
  clear(): Promise<void>;
  /** Removes a document and every fact it alone contributed. */
  removeDocument(documentId: string): Promise<void>;
  documentFingerprints(): Promise<DocumentFingerprint[]>;
  counts(): Promise<GraphCounts>;

  documents(filter: DocumentFilter, page: PageRequest): Promise<Page<DocumentRow>>;
  documentsByIds(ids: readonly string[]): Promise<DocumentRow[]>;
  units(filter: UnitFilter, page: PageRequest): Promise<Page<UnitRow>>;
  unitsByIds(ids: readonly string[]): Promise<UnitRow[]>;
  tasks(filter: TaskFilter, page: PageRequest): Promise<Page<TaskRow>>;
  tasksByIds(ids: readonly string[]): Promise<TaskRow[]>;
  sectionsByIds(ids: readonly string[]): Promise<SectionRow[]>;
  responsibilitiesByTaskIds(taskIds: readonly string[]): Promise<ResponsibilityRow[]>;
  targetsByTaskIds(taskIds: readonly string[]): Promise<TargetRow[]>;
  /** Task ids per unit, newest first. */
  taskIdsByUnitIds(unitIds: readonly string[]): Promise<Map<string, string[]>>;
}
