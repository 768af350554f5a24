import type { GraphResolvers } from '../../__generated__/resolvers.js';
import { toCytoscapeElements } from '../export/toCytoscapeElements.js';

/** `Graph.elements`: the nodes and edges in Cytoscape.js's shape, so a frontend needs no reshaping. */
export const graphResolvers: GraphResolvers = {
  elements: (graph) => toCytoscapeElements(graph),
};
