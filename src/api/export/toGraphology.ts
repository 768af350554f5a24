import { MultiDirectedGraph } from 'graphology';
import type { GraphValue } from '../analysis/types.js';
import { flatAttributes } from './flatAttributes.js';

/**
 * The graph as a graphology multigraph (two units may be linked by edges of
 * several kinds), attributes flattened to scalars, edge keys our edge ids.
 * CO_RESPONSIBLE edges carry `weight` (shared tasks) for Gephi and sigma.
 */
export function toGraphology(graph: GraphValue): MultiDirectedGraph {
  const g = new MultiDirectedGraph({ allowSelfLoops: true });
  for (const n of graph.nodes) g.addNode(n.id, { ...flatAttributes({ ...n.data }), label: n.label, kind: n.kind });
  for (const e of graph.edges) {
    const attributes: Record<string, unknown> = { ...flatAttributes(e.data), kind: e.kind };
    if (typeof e.data.shared === 'number') attributes.weight = e.data.shared;
    g.addDirectedEdgeWithKey(e.id, e.source, e.target, attributes);
  }
  return g;
}
