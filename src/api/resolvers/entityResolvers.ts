import type {
  MentionResolvers, PlaceResolvers, ProjectResolvers, RecurringProjectResolvers, SearchHitResolvers, TargetResolvers,
  UnitPairResolvers, AccountabilityChainResolvers, AccountabilityLinkResolvers, UnitSuccessionResolvers,
  ProjectStatusYearResolvers,
} from '../../__generated__/resolvers.js';
import { isIdOf } from '../../model/nodeKinds.js';
import { statusByYear, yearsOf } from '../analysis/statusByYear.js';
import type { Loaders } from '../loaders.js';
import { pageRequest, sliceToPage, toConnection } from '../pagination.js';
import { loadNode } from './nodeResolvers.js';
import { present, required } from './required.js';

export const projectResolvers: ProjectResolvers = {
  years: async (p, _, { loaders }) => yearsOf(await loaders.mentionsByProject.load(p.id)),
  mentions: (p, _, { loaders }) => loaders.mentionsByProject.load(p.id),
  statusByYear: async (p, _, { loaders }) => statusByYear(await loaders.mentionsByProject.load(p.id)),
  tasks: async (p, { first, after }, { loaders, limits }) => {
    const request = pageRequest(first, after, limits.maxPageSize);
    const ids = [...new Set((await loaders.mentionsByProject.load(p.id)).map((m) => m.taskId))];
    const page = sliceToPage(ids, request);
    return toConnection({ totalCount: page.totalCount, rows: present(await loaders.task.loadMany(page.rows)) }, request);
  },
  units: async (p, _, { loaders }) => present(await loaders.unit.loadMany(await loaders.unitIdsByProject.load(p.id))),
  places: async (p, _, { loaders }) => present(await loaders.place.loadMany(await loaders.placeIdsOf.load(p.id))),
};

export const recurringProjectResolvers: RecurringProjectResolvers = {
  project: async (r, _, { loaders }) => required(await loaders.project.load(r.projectId), `project ${r.projectId}`),
  mentions: (r, _, { loaders }) => loaders.mentionsByProject.load(r.projectId),
  statusByYear: async (r, _, { loaders }) => statusByYear(await loaders.mentionsByProject.load(r.projectId)),
};

export const projectStatusYearResolvers: ProjectStatusYearResolvers = {};

export const mentionResolvers: MentionResolvers = {
  document: async (m, _, { loaders }) => required(await loaders.document.load(m.evidence.documentId), `document ${m.evidence.documentId}`),
  task: async (m, _, { loaders }) => required(await loaders.task.load(m.taskId), `task ${m.taskId}`),
};

export const placeResolvers: PlaceResolvers = {
  parent: (p, _, { loaders }) => (p.parentId ? loaders.place.load(p.parentId) : null),
  children: async (p, _, { loaders }) => present(await loaders.place.loadMany(await loaders.childPlaceIds.load(p.id))),
  tasks: async (p, { first, after }, { store, limits }) => {
    const request = pageRequest(first, after, limits.maxPageSize);
    return toConnection(await store.tasks({ placeId: p.id }, request), request);
  },
  projects: async (p, _, { loaders }) => {
    const ids = (await loaders.locatedIn.load(p.id)).map((l) => l.subjectId).filter((id) => isIdOf('PROJECT', id));
    return present(await loaders.project.loadMany([...new Set(ids)]));
  },
  unit: async (p, _, { loaders }) => {
    const [unitId] = await loaders.administers.load(p.id);
    return unitId ? loaders.unit.load(unitId) : null;
  },
};

export const targetResolvers: TargetResolvers = {
  task: async (g, _, { loaders }) => required(await loaders.task.load(g.taskId), `task ${g.taskId}`),
};

export const unitPairResolvers: UnitPairResolvers = {
  a: async (p, _, { loaders }) => required(await loaders.unit.load(p.a), `unit ${p.a}`),
  b: async (p, _, { loaders }) => required(await loaders.unit.load(p.b), `unit ${p.b}`),
  tasks: (p, _, { loaders }) => loaders.sharedTasks.load(p),
  taskPage: async (p, { first, after }, { loaders, limits }) => {
    const request = pageRequest(first, after, limits.maxPageSize);
    return toConnection(sliceToPage(await loaders.sharedTasks.load(p), request), request);
  },
};

export const unitSuccessionResolvers: UnitSuccessionResolvers = {
  unit: async (s, _, { loaders }) => required(await loaders.unit.load(s.unitId), `unit ${s.unitId}`),
};

export const accountabilityChainResolvers: AccountabilityChainResolvers = {
  subject: async (c, _, ctx) => required(await loadNode(c.subjectId, ctx), `node ${c.subjectId}`),
};

export const accountabilityLinkResolvers: AccountabilityLinkResolvers = {
  unit: async (l, _, { loaders }) => required(await loaders.unit.load(l.unitId), `unit ${l.unitId}`),
  task: (l, _, { loaders }) => (l.taskId ? loaders.task.load(l.taskId) : null),
};

export const searchHitResolvers: SearchHitResolvers = {
  node: async (h, _, ctx) => required(await loadNode(h.id, ctx), `node ${h.id}`),
};

/** The succession edges of a unit in one direction. */
export async function successions(loaders: Loaders, unitId: string, direction: 'predecessors' | 'successors') {
  const relations = (await loaders.unitRelations.load(unitId)).filter((r) => r.kind === 'SUCCEEDED_BY');
  return direction === 'predecessors'
    ? relations.filter((r) => r.toId === unitId).map((r) => ({ unitId: r.fromId, year: r.year, rule: r.rule }))
    : relations.filter((r) => r.fromId === unitId).map((r) => ({ unitId: r.toId, year: r.year, rule: r.rule }));
}
