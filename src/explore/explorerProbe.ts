import type { ViewState } from './viewState.js';

/** What the page exposes for its browser tests and the benchmark: the renderer's own graph and timings. */
export interface ExplorerProbe {
  /** Node and edge counts of the graph sigma is drawing. */
  drawn: { nodes: number; edges: number } | null;
  /** The API's answer the drawing came from. */
  answer: { nodes: number; edges: number; truncated: boolean } | null;
  /** ms from the view's request to sigma's first frame (the graph can be panned and clicked from then). */
  interactiveMs: number | null;
  /** ms from the page's navigation start to that first frame. */
  interactiveAtMs: number | null;
  /** Labels of the drawn graph that reach past the stage's edges where sigma puts them now (read when asked); null with no graph. */
  readonly labelsOutside: number | null;
  /** Views rendered so far; a test waits for it to change. */
  renders: number;
  state: ViewState | null;
  error: string | null;
}
