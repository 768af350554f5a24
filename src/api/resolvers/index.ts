import type { Resolvers } from '../../__generated__/resolvers.js';
import {
  accountabilityChainResolvers, accountabilityLinkResolvers, mentionResolvers, placeResolvers, projectResolvers,
  projectStatusYearResolvers, recurringProjectResolvers, searchHitResolvers, targetResolvers, unitPairResolvers,
  unitSuccessionResolvers,
} from './entityResolvers.js';
import { graphResolvers } from './graphResolvers.js';
import { JSONScalar } from './jsonScalar.js';
import { nodeResolvers } from './nodeResolvers.js';
import { assignmentResolvers, personResolvers } from './personResolvers.js';
import { queryResolvers } from './queryResolvers.js';
import { projectResolution, resolutionResolvers, resolvedSurfaceResolvers, unitResolution } from './resolutionResolvers.js';
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
  Unit: { ...unitResolvers, resolution: unitResolution },
  Responsibility: responsibilityResolvers,
  Person: personResolvers,
  Assignment: assignmentResolvers,
  Evidence: evidenceResolvers,
  Project: { ...projectResolvers, resolution: projectResolution },
  RecurringProject: recurringProjectResolvers,
  ProjectStatusYear: projectStatusYearResolvers,
  Mention: mentionResolvers,
  Place: placeResolvers,
  Target: targetResolvers,
  UnitPair: unitPairResolvers,
  UnitSuccession: unitSuccessionResolvers,
  AccountabilityChain: accountabilityChainResolvers,
  AccountabilityLink: accountabilityLinkResolvers,
  SearchHit: searchHitResolvers,
  Resolution: resolutionResolvers,
  ResolvedSurface: resolvedSurfaceResolvers,
  Graph: graphResolvers,
  JSON: JSONScalar,
};
