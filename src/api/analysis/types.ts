import type { ProjectStatus, Role } from '../../ingest/records.js';
import type { GraphCounts, MentionRow, RegionStat, StoredEvidence, YearStat } from '../../store/GraphStore.js';

/*
 * Values the analysis resolvers return; field resolvers turn ids into objects
 * through the request's loaders.
 */

export type NodeKindValue = 'DOCUMENT' | 'SECTION' | 'TASK' | 'UNIT' | 'PROJECT' | 'PLACE' | 'TARGET';

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

export interface GraphNodeValue {
  id: string;
  kind: NodeKindValue;
  label: string;
  data: Record<string, unknown>;
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
  kind: NodeKindValue;
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
