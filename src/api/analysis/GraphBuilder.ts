import { kindOfId, kindOfLabel, type NodeKind } from '../../model/nodeKinds.js';
import type { GraphEdgeValue, GraphNodeData, GraphNodeValue, GraphValue } from './types.js';

/** The most characters of a task's text used as its label. */
const LABEL_CHARS = 40;

/**
 * Collects nodes and edges for a subgraph: each node once, each edge once,
 * never an edge whose ends are not both nodes, and at most `limit` nodes.
 */
export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNodeValue>();
  private readonly edges = new Map<string, GraphEdgeValue>();
  /** Per `kind:source->target`, the data of each edge added under it (as JSON), once a second one arrives. */
  private readonly repeats = new Map<string, Set<string>>();
  private truncated = false;
  private readonly limit: number;

  constructor(limit = Number.POSITIVE_INFINITY) {
    this.limit = limit;
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  get size(): number {
    return this.nodes.size;
  }

  /**
   * Adds a node; false (and the graph marked truncated) when the limit is reached.
   * Its data always has every field of GraphNodeData (null where unknown), so every
   * kind looks the same to a frontend whichever analysis drew it.
   */
  addNode(id: string, kindOrLabel: string, label: string, data: Partial<GraphNodeData> = {}): boolean {
    if (this.nodes.has(id)) return true;
    if (this.nodes.size >= this.limit) {
      this.truncated = true;
      return false;
    }
    const kind: NodeKind | null = kindOfLabel(kindOrLabel) ?? kindOfId(id) ?? (kindOrLabel as NodeKind);
    this.nodes.set(id, { id, kind, label: shorten(label), data: nodeData(data) });
    return true;
  }

  /** Adds an edge if both ends are nodes; repeated edges of one kind between two nodes get numbered ids. */
  addEdge(source: string, target: string, kind: string, data: Record<string, unknown> = {}): void {
    if (!this.nodes.has(source) || !this.nodes.has(target)) return;
    const base = `${kind}:${source}->${target}`;
    const first = this.edges.get(base);
    let id = base;
    if (first) {
      let seen = this.repeats.get(base);
      if (!seen) this.repeats.set(base, (seen = new Set([JSON.stringify(first.data)])));
      const signature = JSON.stringify(data);
      if (seen.has(signature)) return;
      id = `${base}#${seen.size + 1}`;
      seen.add(signature);
    }
    this.edges.set(id, { id, source, target, kind, data });
  }

  markTruncated(): void {
    this.truncated = true;
  }

  /** Sets data fields of a node already added (e.g. totals known only once all edges are in). */
  updateNode(id: string, data: Partial<GraphNodeData>): void {
    const node = this.nodes.get(id);
    if (node) node.data = { ...node.data, ...data };
  }

  build(): GraphValue {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()], truncated: this.truncated };
  }
}

function shorten(label: string): string {
  return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS)}…` : label;
}

function nodeData(d: Partial<GraphNodeData>): GraphNodeData {
  return { year: d.year ?? null, region: d.region ?? null, type: d.type ?? null, number: d.number ?? null, shared: d.shared ?? null };
}
