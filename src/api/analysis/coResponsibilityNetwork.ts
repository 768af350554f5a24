import type { GraphStore } from '../../store/GraphStore.js';
import { GraphBuilder } from './GraphBuilder.js';
import type { GraphValue } from './types.js';

/** Most unit pairs drawn in one network; more and the graph says `truncated`. */
export const MAX_NETWORK_EDGES = 2_000;

/** Units as nodes, shared tasks as weighted CO_RESPONSIBLE edges (read from the precomputed counts). */
export async function coResponsibilityNetwork(
  store: GraphStore,
  args: { year: number | null; region: string | null; minShared: number; includeCollectives?: boolean },
): Promise<GraphValue> {
  const pairs = await store.sharedPairs(null, {
    year: args.year, region: args.region, minShared: args.minShared, limit: MAX_NETWORK_EDGES + 1,
    includeCollectives: args.includeCollectives ?? false,
  });
  const shown = pairs.slice(0, MAX_NETWORK_EDGES);
  // Name, region and kind only: the units' aliases would be most of the transfer for a whole year.
  const units = await store.unitSummaries([...new Set(shown.flatMap((p) => [p.a, p.b]))]);
  const graph = new GraphBuilder();
  const shared = new Map<string, number>();
  for (const p of shown) for (const u of [p.a, p.b]) shared.set(u, (shared.get(u) ?? 0) + p.sharedCount);
  for (const u of units) graph.addNode(u.id, 'Unit', u.name, { region: u.region, type: u.kind, shared: shared.get(u.id) ?? 0 });
  for (const p of shown) graph.addEdge(p.a, p.b, 'CO_RESPONSIBLE', { shared: p.sharedCount, years: p.years });
  if (pairs.length > MAX_NETWORK_EDGES) graph.markTruncated();
  return graph.build();
}
