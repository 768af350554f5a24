import type { GraphValue } from '../analysis/types.js';

/** A Cytoscape.js element: everything it draws or filters on lives in `data`. */
export interface CytoscapeElement {
  data: Record<string, unknown>;
}

export interface CytoscapeElements {
  nodes: CytoscapeElement[];
  edges: CytoscapeElement[];
}

/**
 * A graph in Cytoscape.js's `elements` shape. The node's and edge's own `data`
 * is spread first so that `id`, `source`, `target`, `kind` and `label` always
 * win (Cytoscape requires `id`, `source` and `target` at exactly those keys).
 */
export function toCytoscapeElements(graph: GraphValue): CytoscapeElements {
  return {
    nodes: graph.nodes.map((n) => ({ data: { ...n.data, id: n.id, kind: n.kind, label: n.label } })),
    edges: graph.edges.map((e) => ({ data: { ...e.data, id: e.id, source: e.source, target: e.target, kind: e.kind } })),
  };
}
