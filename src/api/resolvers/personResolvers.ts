import type { AssignmentResolvers, PersonResolvers } from '../../__generated__/resolvers.js';
import { pageRequest, sliceToPage, toConnection } from '../pagination.js';
import { required } from './required.js';

/** `Person`: its tasks are its ASSIGNED_TO edges, newest first, paged per person from one batched read. */
export const personResolvers: PersonResolvers = {
  tasks: async (p, { first, after }, { loaders, limits }) => {
    const request = pageRequest(first, after, limits.maxPageSize);
    return toConnection(sliceToPage(await loaders.assignmentsByPerson.load(p.id), request), request);
  },
};

export const assignmentResolvers: AssignmentResolvers = {
  person: async (a, _, { loaders }) => required(await loaders.person.load(a.personId), `person ${a.personId}`),
  task: async (a, _, { loaders }) => required(await loaders.task.load(a.taskId), `task ${a.taskId}`),
};
