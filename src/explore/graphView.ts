import { MultiDirectedGraph } from 'graphology';
import { inferSettings } from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import type { GraphAnswer } from './api.js';
import { CJK_FONT, KIND_COLOURS } from './dom.js';

/** How long ForceAtlas2 runs in its worker before the layout is frozen (the graph is drawn and usable meanwhile). */
const LAYOUT_MS = 4_000;
const LABEL_SIZE = 12;
/** Sigma draws a label this many px right of its node's disc (its drawDiscNodeLabel). */
const LABEL_GAP = 3;

export interface DrawnGraph {
  renderer: Sigma;
  graph: MultiDirectedGraph;
  /** ms from `requestedAt` to the renderer's first frame. */
  firstFrameMs: number;
  /** How many nodes' labels, where sigma puts them now, reach past the stage's edges (a cut label). */
  labelsOutside: () => number;
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
    labelFont: CJK_FONT, labelSize: LABEL_SIZE, labelDensity: small ? 10 : 0.6, labelGridCellSize: small ? 40 : 80, labelRenderedSizeThreshold: small ? 0 : n > 500 ? 8 : 4,
    defaultEdgeType: 'line', renderEdgeLabels: false, zIndex: true,
  });
  renderer.on('clickNode', ({ node }) => onClickNode(node));
  // Room for the labels: again whenever ForceAtlas2 moves the nodes or the stage changes size. Measuring
  // 5,000 labels takes ~50-90 ms here, so a large graph measures after its first frame, not before.
  let labelWidths: Map<string, number> | null = null;
  let killed = false;
  const fit = () => {
    if (labelWidths && !killed) fitLabels(renderer, graph, labelWidths);
  };
  const measure = () => {
    labelWidths = measureLabels(graph);
    fit();
  };
  if (small) measure();
  else renderer.once('afterRender', () => setTimeout(measure, 0));
  graph.on('eachNodeAttributesUpdated', fit);
  renderer.on('resize', fit);
  renderer.on('enterNode', () => (container.style.cursor = 'pointer'));
  renderer.on('leaveNode', () => (container.style.cursor = ''));

  const layout = n > 1 && answer.edges.length > 0
    ? new FA2Layout(graph, { settings: { ...inferSettings(graph), barnesHutOptimize: n > 300, edgeWeightInfluence: 0.5, ...(small ? { scalingRatio: 30, adjustSizes: true } : {}) } })
    : null;
  layout?.start();
  const timer = setTimeout(() => layout?.stop(), LAYOUT_MS);
  const kill = () => {
    killed = true;
    clearTimeout(timer);
    layout?.kill();
    renderer.kill();
  };
  return new Promise((resolve) => {
    renderer.once('afterRender', () => resolve({
      renderer, graph, firstFrameMs: performance.now() - requestedAt, labelsOutside: () => labelsOutside(renderer, graph, labelWidths ?? measureLabels(graph)), kill,
    }));
    renderer.refresh();
  });
}

/** Each node's label width in px as sigma draws it (LABEL_SIZE px, CJK_FONT), measured once per graph. */
function measureLabels(graph: MultiDirectedGraph): Map<string, number> {
  const context = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  if (!context) return widths;
  context.font = `normal ${LABEL_SIZE}px ${CJK_FONT}`;
  graph.forEachNode((node, attributes) => widths.set(node, context.measureText(String(attributes.label ?? '')).width));
  return widths;
}

/**
 * Sigma fits the nodes' extent into the stage, but draws each label to the right of its node, so a
 * node near the right edge had its label cut by the stage (by the node panel beside it). The extent
 * sigma fits is widened on the right just enough for every label: with `usable` px across, a node at
 * fraction f of the extent whose label needs `room` px fits when f·usable + room ≤ usable. A label
 * wider than half the stage is left as it is (it would shrink the whole graph to make room).
 */
function fitLabels(renderer: Sigma, graph: MultiDirectedGraph, widths: Map<string, number>): void {
  const usable = renderer.getDimensions().width - 2 * renderer.getSetting('stagePadding');
  let xMin = Infinity; let xMax = -Infinity; let yMin = Infinity; let yMax = -Infinity;
  graph.forEachNode((_node, a) => {
    xMin = Math.min(xMin, a.x as number); xMax = Math.max(xMax, a.x as number);
    yMin = Math.min(yMin, a.y as number); yMax = Math.max(yMax, a.y as number);
  });
  if (!(xMax > xMin) || usable <= 0) {
    renderer.setCustomBBox(null);
    return;
  }
  let right = xMax;
  graph.forEachNode((node, a) => {
    const room = (widths.get(node) ?? 0) + (a.size as number) + LABEL_GAP;
    if (room < usable / 2) right = Math.max(right, xMin + ((a.x as number) - xMin) * usable / (usable - room));
  });
  renderer.setCustomBBox({ x: [xMin, right], y: [yMin, yMax] });
}

/** Nodes whose label, drawn where sigma puts it now, reaches past the stage's left or right edge. */
function labelsOutside(renderer: Sigma, graph: MultiDirectedGraph, widths: Map<string, number>): number {
  const { width } = renderer.getDimensions();
  let outside = 0;
  graph.forEachNode((node, a) => {
    const shown = renderer.getNodeDisplayData(node);
    if (!shown || shown.hidden) return;
    const at = renderer.framedGraphToViewport(shown);
    const end = at.x + (a.size as number) + LABEL_GAP + (widths.get(node) ?? 0);
    if (at.x < 0 || end > width) outside++;
  });
  return outside;
}
