import { GraphQLError } from 'graphql';
import type { QueryResolvers } from '../../__generated__/resolvers.js';
import { ErrorCode } from '../../errors.js';
import { accountabilityChain } from '../analysis/accountabilityChain.js';
import { coResponsibilityNetwork } from '../analysis/coResponsibilityNetwork.js';
import { neighborhood } from '../analysis/neighborhood.js';
import { labelOfKind, SEARCHABLE_LABELS } from '../../model/nodeKinds.js';
import { rankSearch } from '../analysis/rankSearch.js';
import type { PairValue } from '../analysis/types.js';
import { pageRequest, toConnection } from '../pagination.js';
import type { SearchKind } from '../../store/rows.js';
import { isOneOf } from '../../model/enums.js';
import { genreFromApi } from './enums.js';
import { loadNode } from './nodeResolvers.js';

/** Most unit pairs one `sharedTasks` call returns. */
const MAX_PAIRS = 500;
/** Longest search text accepted. */
const MAX_SEARCH_CHARS = 100;

export const queryResolvers: QueryResolvers = {
  node: (_, { id }, ctx) => loadNode(id, ctx),

  documents: async (_, { filter, first, after }, { store, limits }) => {
    const request = pageRequest(first, after, limits.maxPageSize);
    const page = await store.documents({ ...filter, genre: filter?.genre ? genreFromApi(filter.genre) : null }, request);
    return toConnection(page, request);
  },
  document: (_, { id }, { loaders }) => loaders.document.load(id),

  units: async (_, { filter, orderBy, first, after }, { store, limits }) => {
    const request = pageRequest(first, after, limits.maxPageSize);
    return toConnection(await store.units({ ...filter }, request, orderBy ?? 'NAME'), request);
  },
  unit: (_, { id }, { loaders }) => loaders.unit.load(id),
  person: (_, { id }, { loaders }) => loaders.person.load(id),

  tasks: async (_, { filter, orderBy, first, after }, { store, limits }) => {
    const request = pageRequest(first, after, limits.maxPageSize);
    const due = filter?.dueBefore;
    if (due !== undefined && due !== null && !/^\d{4}-\d{2}-\d{2}$/.test(due)) {
      throw new GraphQLError(`filter.dueBefore must be an ISO date such as 2023-10-31 (got ${JSON.stringify(due)})`, {
        extensions: { code: ErrorCode.BadInput, argumentName: 'filter.dueBefore' },
      });
    }
    const page = await store.tasks(
      { ...filter, genre: filter?.genre ? genreFromApi(filter.genre) : null },
      request,
      orderBy ?? 'DOCUMENT_ORDER',
    );
    return toConnection(page, request);
  },
  task: (_, { id }, { loaders }) => loaders.task.load(id),

  projects: async (_, { filter, orderBy, first, after }, { store, limits }) => {
    const request = pageRequest(first, after, limits.maxPageSize);
    return toConnection(await store.projects({ ...filter }, request, orderBy ?? 'NAME'), request);
  },
  project: (_, { id }, { loaders }) => loaders.project.load(id),

  places: async (_, { filter, first, after }, { store, limits }) => {
    const request = pageRequest(first, after, limits.maxPageSize);
    return toConnection(await store.places({ ...filter }, request), request);
  },
  place: (_, { id }, { loaders }) => loaders.place.load(id),

  sharedTasks: async (_, args, { store }) => {
    const scope = { year: args.year ?? null, region: args.region ?? null, documentId: args.documentId ?? null };
    const limit = bounded('first', args.first ?? 20, 1, MAX_PAIRS);
    const pairs = await store.sharedPairs(args.unitIds ?? null, {
      ...scope, minShared: Math.max(1, args.minShared ?? 1), limit, includeCollectives: args.includeCollectives ?? false,
    });
    return pairs.map((p): PairValue => ({ ...p, scope }));
  },

  recurringProjects: async (_, args, { store, loaders, limits }) => {
    const first = bounded('first', args.first ?? 100, 1, limits.maxPageSize);
    const found = await store.recurringProjects({
      minYears: Math.max(1, args.minYears ?? 2), region: args.region, fromYear: args.fromYear, toYear: args.toYear,
      kinds: args.kinds, limit: first,
    });
    // The rows came with the answer: `project` needs no second lookup.
    for (const f of found) loaders.project.prime(f.project.id, f.project);
    return found.map((f) => ({ projectId: f.project.id, years: f.years }));
  },

  accountabilityChain: (_, args, { loaders }) =>
    accountabilityChain(loaders, {
      taskId: args.taskId ?? null, projectId: args.projectId ?? null, placeId: args.placeId ?? null,
      maxDepth: args.maxDepth ?? 3,
    }),

  neighborhood: (_, args, { store, limits }) =>
    neighborhood(store, {
      id: args.id, depth: args.depth ?? 1, kinds: args.kinds ?? null,
      limit: bounded('limit', args.limit ?? 200, 1, limits.maxPageSize * 4), includeCollectives: args.includeCollectives ?? false,
    }),

  coResponsibilityNetwork: (_, args, { store }) =>
    coResponsibilityNetwork(store, {
      year: args.year ?? null, region: args.region ?? null, minShared: Math.max(1, args.minShared ?? 1),
      includeCollectives: args.includeCollectives ?? false,
    }),

  search: async (_, args, { store, limits }) => {
    const text = args.text.trim();
    if (text.length === 0 || text.length > MAX_SEARCH_CHARS) {
      throw new GraphQLError(`text must have 1 to ${MAX_SEARCH_CHARS} characters`, {
        extensions: { code: ErrorCode.BadInput, argumentName: 'text' },
      });
    }
    const first = bounded('first', args.first ?? 20, 1, limits.maxPageSize);
    const kinds = args.kinds && args.kinds.length > 0 ? args.kinds.map(labelOfKind).filter((k): k is SearchKind => isOneOf(SEARCHABLE_LABELS, k)) : SEARCHABLE_LABELS;
    // Fetch more candidates than asked for: ranking happens after the store's substring match.
    const rows = await store.search(text, kinds, Math.max(50, first * 3));
    return rankSearch(text, rows, first);
  },

  stats: async (_, __, { store }) => {
    const [totals, byYear, byRegion] = await Promise.all([store.counts(), store.statsByYear(), store.statsByRegion()]);
    return { totals, byYear, byRegion };
  },
};

// Private: an integer argument within [min, max], or a BAD_USER_INPUT error naming it.
function bounded(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new GraphQLError(`${name} must be between ${min} and ${max} (got ${value})`, {
      extensions: { code: ErrorCode.BadInput, argumentName: name },
    });
  }
  return value;
}
