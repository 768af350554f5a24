import type { QueryResolvers } from '../../__generated__/resolvers.js';
import { pageRequest, toConnection } from '../pagination.js';
import { genreFromApi } from './enums.js';
import { loadNode } from './nodeResolvers.js';

export const queryResolvers: QueryResolvers = {
  node: (_, { id }, ctx) => loadNode(id, ctx),

  documents: async (_, { filter, first, after }, { store, limits }) => {
    const request = pageRequest(first, after, limits.maxPageSize);
    const page = await store.documents(
      { year: filter?.year, region: filter?.region, genre: filter?.genre ? genreFromApi(filter.genre) : null },
      request,
    );
    return toConnection(page, request);
  },
  document: (_, { id }, { loaders }) => loaders.document.load(id),

  units: async (_, { filter, first, after }, { store, limits }) => {
    const request = pageRequest(first, after, limits.maxPageSize);
    return toConnection(await store.units({ ...filter }, request), request);
  },
  unit: (_, { id }, { loaders }) => loaders.unit.load(id),

  tasks: async (_, { filter, first, after }, { store, limits }) => {
    const request = pageRequest(first, after, limits.maxPageSize);
    return toConnection(await store.tasks({ ...filter }, request), request);
  },
  task: (_, { id }, { loaders }) => loaders.task.load(id),

  stats: (_, __, { store }) => store.counts(),
};
