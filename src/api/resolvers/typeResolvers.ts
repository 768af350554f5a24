import type {
  DocumentResolvers, EvidenceResolvers, InferenceResolvers, ResponsibilityResolvers, SectionResolvers, TaskResolvers,
  UnitResolvers,
} from '../../__generated__/resolvers.js';
import type { Inference } from '../../model/records.js';
import { pageRequest, sliceToPage, toConnection } from '../pagination.js';
import { genreToApi } from './enums.js';
import { successions } from './entityResolvers.js';
import { present, required } from './required.js';
import { contextOf, textRange } from './documentText.js';
import { regionCodeOf } from '../../ingest/resolve/nationalGazetteer.js';


export const documentResolvers: DocumentResolvers = {
  genre: (d) => genreToApi(d.genre),
  // Derived from the full region name (unique per division), so the store keeps no second copy.
  regionCode: (d) => regionCodeOf(d.region),
  inferred: (d) => JSON.parse(d.inferred) as Inference[],
  text: async (d, { start, end }, { loaders }) => textRange((await loaders.documentText.load(d.id))?.text ?? '', start, end ?? null),
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
  people: (t, _, { loaders }) => loaders.assignmentsByTask.load(t.id),
  targets: (t, _, { loaders }) => loaders.targetsByTask.load(t.id),
  mentions: (t, _, { loaders }) => loaders.mentionsByTask.load(t.id),
  places: async (t, _, { loaders }) => present(await loaders.place.loadMany(await loaders.placeIdsOf.load(t.id))),
};

export const sectionResolvers: SectionResolvers = {
  parent: (s, _, { loaders }) => (s.parentId ? loaders.section.load(s.parentId) : null),
};

export const unitResolvers: UnitResolvers = {
  regionCode: (u) => regionCodeOf(u.region),
  tasks: async (u, { first, after }, { loaders, limits }) => {
    const request = pageRequest(first, after, limits.maxPageSize);
    const page = sliceToPage(await loaders.taskIdsByUnit.load(u.id), request);
    const tasks = await loaders.task.loadMany(page.rows);
    const rows = tasks.map((t, i) => required(t, `task ${page.rows[i]}`));
    return toConnection({ totalCount: page.totalCount, rows }, request);
  },
  place: async (u, _, { loaders }) => {
    const placeId = u.placeId ?? (await loaders.administers.load(u.id))[0];
    return placeId ? loaders.place.load(placeId) : null;
  },
  supervisors: async (u, _, { loaders }) => {
    const parents = (await loaders.unitRelations.load(u.id)).filter((r) => r.kind === 'PART_OF' && r.fromId === u.id);
    return present(await loaders.unit.loadMany(parents.map((r) => r.toId)));
  },
  predecessors: (u, _, { loaders }) => successions(loaders, u.id, 'predecessors'),
  successors: (u, _, { loaders }) => successions(loaders, u.id, 'successors'),
  partners: async (u, { year, first, includeCollectives }, { store }) => {
    const scope = { year: year ?? null, region: null, documentId: null };
    const pairs = await store.sharedPairs([u.id], {
      ...scope, minShared: 1, limit: Math.min(Math.max(first ?? 20, 1), 500), includeCollectives: includeCollectives ?? false,
    });
    return pairs.map((p) => ({ ...p, scope }));
  },
};

export const responsibilityResolvers: ResponsibilityResolvers = {
  unit: async (r, _, { loaders }) => required(await loaders.unit.load(r.unitId), `unit ${r.unitId}`),
};

export const evidenceResolvers: EvidenceResolvers = {
  document: async (e, _, { loaders }) => required(await loaders.document.load(e.documentId), `document ${e.documentId}`),
  context: async (e, { chars }, { loaders }) => contextOf((await loaders.documentText.load(e.documentId))?.text ?? null, e, chars),
};
