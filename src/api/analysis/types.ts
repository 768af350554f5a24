import type { NodeKind } from '../../model/nodeKinds.js';
import type { ProjectStatus, Role } from '../../model/records.js';
import type { GraphCounts, MentionRow, RegionStat, StoredEvidence, YearStat } from '../../store/rows.js';

/*
 * Values the analysis resolvers return; field resolvers turn ids into objects
 * through the request's loaders.
 */

export interface RecurringProjectValue {
  projectId: string;
  years: number[];
}

export interface StatusYearValue {
  year: number;
  status: ProjectStatus;
  evidence: StoredEvidence;
}

export interface SuccessionValue {
  unitId: string;
  year: number | null;
  rule: string;
}

export interface LinkValue {
  year: number | null;
  unitId: string;
  role: Role;
  taskId: string | null;
  inferred: boolean;
  via: string | null;
  evidence: StoredEvidence;
}

/** The data every graph node carries, whatever its kind and whichever analysis drew it. */
export interface GraphNodeData {
  /** A task's, section's or document's year. */
  year: number | null;
  /** A unit's, place's or document's region. */
  region: string | null;
  /** A unit's, project's or place's own kind (e.g. 委办局, ROAD), a document's genre. */
  type: string | null;
  /** A task's printed number. */
  number: string | null;
  /** In a co-responsibility network: the unit's shared tasks summed over its edges. */
  shared: number | null;
}

export interface GraphNodeValue {
  id: string;
  kind: NodeKind;
  label: string;
  data: GraphNodeData;
}

export interface GraphEdgeValue {
  id: string;
  source: string;
  target: string;
  kind: string;
  data: Record<string, unknown>;
}

export interface GraphValue {
  nodes: GraphNodeValue[];
  edges: GraphEdgeValue[];
  truncated: boolean;
}

export interface ChainValue {
  subjectId: string;
  links: LinkValue[];
  graph: GraphValue;
}

export interface SearchHitValue {
  id: string;
  kind: NodeKind;
  label: string;
  score: number;
  snippet: string;
}

export interface CorpusStatsValue {
  totals: GraphCounts;
  byYear: YearStat[];
  byRegion: RegionStat[];
}

export type { MentionRow };

/** Which slice of the graph a pair's shared tasks are counted over. */
export interface PairScope {
  year: number | null;
  region: string | null;
  documentId: string | null;
}

/** A unit pair as `sharedTasks` returns it: the counts and the scope they were counted over. */
export interface PairValue {
  a: string;
  b: string;
  sharedCount: number;
  years: number[];
  scope: PairScope;
}
