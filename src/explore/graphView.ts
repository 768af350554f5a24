import { MultiDirectedGraph } from 'graphology';
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import type { GraphAnswer } from './api.js';
import { CJK_FONT, KIND_COLOURS } from './dom.js';

/** How long ForceAtlas2 runs in its worker before the layout is frozen (the graph is drawn and usable meanwhile). */
const LAYOUT_MS = 4_000;

export interface DrawnGraph {
  renderer: Sigma;
  graph: MultiDirectedGraph;
  /** ms from `requestedAt` to the renderer's first frame. */
  firstFrameMs: number;
  kill: () => void;
}

/**
 * Draws a graph with sigma (WebGL) on graphology: node size by shared tasks
 * (networks) or degree, edge width by shared tasks, colour by kind, Chinese
 * labels. Positions start on a spiral and ForceAtlas2 refines them in a web
 * worker, so the page stays responsive while it lays out thousands of nodes.
 */
export function drawGraph(
  container: HTMLElement, answer: GraphAnswer, requestedAt: number, onClickNode: (id: string) => void,
): Promise<DrawnGraph> {
  const graph = new MultiDirectedGraph();
  const n = answer.nodes.length;
  const degree = new Map<string, number>();
  for (const e of answer.edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  answer.nodes.forEach((node, i) => {
    // Golden-angle spiral: spread out from the start, deterministic, no overlaps to untangle.
    const r = Math.sqrt(i + 1) * 10;
    const angle = i * 2.399963;
    const weight = node.data.shared ?? degree.get(node.id) ?? 0;
    graph.addNode(node.id, {
      x: r * Math.cos(angle), y: r * Math.sin(angle), label: node.label, kind: node.kind,
      size: Math.min(24, 3 + Math.sqrt(weight) * 1.6), color: KIND_COLOURS[node.kind] ?? '#718096',
    });
  });
  for (const e of answer.edges) {
    const shared = typeof e.data.shared === 'number' ? e.data.shared : 1;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      size: Math.min(8, 0.6 + Math.log2(shared + 1)), color: e.kind === 'CO_RESPONSIBLE' ? '#a3b8d4' : '#cbd5e0', kind: e.kind, weight: shared,
    });
  }
  container.replaceChildren();
  // A small graph shows every label (sigma's label grid otherwise leaves a node beside a busier one unnamed) and is
  // spread wider by ForceAtlas2 so that two joined nodes' labels do not sit on each other; a large one thins them.
  const small = n <= 300;
  const renderer = new Sigma(graph, container, {
    labelFont: CJK_FONT, labelSize: 12, labelDensity: small ? 10 : 0.6, labelGridCellSize: small ? 40 : 80, labelRenderedSizeThreshold: small ? 0 : n > 500 ? 8 : 4,
    defaultEdgeType: 'line', renderEdgeLabels: false, zIndex: true,
  });
  renderer.on('clickNode', ({ node }) => onClickNode(node));
  renderer.on('enterNode', () => (container.style.cursor = 'pointer'));
  renderer.on('leaveNode', () => (container.style.cursor = ''));

  const layout = n > 1 && answer.edges.length > 0
    ? new FA2Layout(graph, { settings: { ...inferSettings(graph), barnesHutOptimize: n > 300, edgeWeightInfluence: 0.5, ...(small ? { scalingRatio: 30, adjustSizes: true } : {}) } })
    : null;
  layout?.start();
  const timer = setTimeout(() => layout?.stop(), LAYOUT_MS);
  const kill = () => {
    clearTimeout(timer);
    layout?.kill();
    renderer.kill();
  };
  return new Promise((resolve) => {
    renderer.once('afterRender', () => resolve({ renderer, graph, firstFrameMs: performance.now() - requestedAt, kill }));
    renderer.refresh();
  });
}
