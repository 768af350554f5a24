import { GraphQLError } from 'graphql';
import type {
  DocumentResolvers, EvidenceResolvers, InferenceResolvers, ResponsibilityResolvers, SectionResolvers, TaskResolvers,
  UnitResolvers,
} from '../../__generated__/resolvers.js';
import { ErrorCode } from '../../errors.js';
import type { Inference } from '../../ingest/records.js';
import { pageRequest, sliceToPage, toConnection } from '../pagination.js';
import { genreToApi } from './enums.js';

/** A row an edge points at must exist; a dangling reference is a store fault, not user error. */
function required<T>(value: T | null, what: string): T {
  if (value === null) throw new GraphQLError(`Missing ${what}`, { extensions: { code: ErrorCode.StoreFailed } });
  return value;
}

export const documentResolvers: DocumentResolvers = {
  genre: (d) => genreToApi(d.genre),
  inferred: (d) => JSON.parse(d.inferred) as Inference[],
  tasks: async (d, { first, after }, { store, limits }) => {
    const request = pageRequest(first, after, limits.maxPageSize);
    return toConnection(await store.tasks({ documentId: d.id }, request), request);
  },
};

export const inferenceResolvers: InferenceResolvers = {
  quote: (i) => i.evidence?.quote ?? null,
};

export const taskResolvers: TaskResolvers = {
  document: async (t, _, { loaders }) => required(await loaders.document.load(t.documentId), `document ${t.documentId}`),
  section: (t, _, { loaders }) => (t.sectionId ? loaders.section.load(t.sectionId) : null),
  units: (t, _, { loaders }) => loaders.responsibilitiesByTask.load(t.id),
};

export const sectionResolvers: SectionResolvers = {
  parent: (s, _, { loaders }) => (s.parentId ? loaders.section.load(s.parentId) : null),
};

export const unitResolvers: UnitResolvers = {
  tasks: async (u, { first, after }, { loaders, limits }) => {
    const request = pageRequest(first, after, limits.maxPageSize);
    const page = sliceToPage(await loaders.taskIdsByUnit.load(u.id), request);
    const tasks = await loaders.task.loadMany(page.rows);
    const rows = tasks.map((t, i) => required(t instanceof Error ? null : t, `task ${page.rows[i]}`));
    return toConnection({ totalCount: page.totalCount, rows }, request);
  },
};

export const responsibilityResolvers: ResponsibilityResolvers = {
  unit: async (r, _, { loaders }) => required(await loaders.unit.load(r.unitId), `unit ${r.unitId}`),
};

export const evidenceResolvers: EvidenceResolvers = {
  document: async (e, _, { loaders }) => required(await loaders.document.load(e.documentId), `document ${e.documentId}`),
};
