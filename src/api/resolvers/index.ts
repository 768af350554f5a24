import type { Resolvers } from '../../__generated__/resolvers.js';
import { nodeResolvers } from './nodeResolvers.js';
import { queryResolvers } from './queryResolvers.js';
import {
  documentResolvers, evidenceResolvers, inferenceResolvers, responsibilityResolvers, sectionResolvers, taskResolvers,
  unitResolvers,
} from './typeResolvers.js';

/** Every resolver, by type. */
export const resolvers: Resolvers = {
  Query: queryResolvers,
  Node: nodeResolvers,
  Document: documentResolvers,
  Inference: inferenceResolvers,
  Task: taskResolvers,
  Section: sectionResolvers,
  Unit: unitResolvers,
  Responsibility: responsibilityResolvers,
  Evidence: evidenceResolvers,
};
