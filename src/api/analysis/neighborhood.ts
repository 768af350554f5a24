import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors.js';
import type { GraphStore } from '../../store/GraphStore.js';
import { GraphBuilder } from './GraphBuilder.js';
import { kindOfLabel, type NodeKind } from '../../model/nodeKinds.js';
import type { GraphValue } from './types.js';

/** Deepest neighbourhood served. */
export const MAX_DEPTH = 3;

/**
 * The subgraph around a node: breadth-first, one store query per level, only
 * through nodes of `kinds` (all kinds when empty), at most `limit` nodes.
 */
export async function neighborhood(
  store: GraphStore,
  args: { id: string; depth: number; kinds: readonly NodeKind[] | null; limit: number; includeCollectives?: boolean },
): Promise<GraphValue> {
  if (args.depth < 0 || args.depth > MAX_DEPTH) {
    throw new GraphQLError(`depth must be between 0 and ${MAX_DEPTH} (got ${args.depth})`, {
      extensions: { code: ErrorCode.BadInput, argumentName: 'depth' },
    });
  }
  const [seed] = await store.nodeSummaries([args.id]);
  if (!seed) throw new GraphQLError(`No node with id ${args.id}`, { extensions: { code: ErrorCode.NotFound } });
  const graph = new GraphBuilder(args.limit);
  graph.addNode(seed.id, seed.kind, seed.label, seed.nodeYear === null ? {} : { year: seed.nodeYear });
  const allowed = args.kinds && args.kinds.length > 0 ? new Set(args.kinds) : null;
  // Ask for a few more edges than nodes: many edges lead back to nodes already in the graph.
  const edgeCap = args.limit * 4;

  let frontier = [seed.id];
  for (let level = 0; level < args.depth && frontier.length > 0; level++) {
    // The second level's frontier is all neighbours of the seed: reached from it, not looked up.
    const rows = await store.neighbours(frontier, edgeCap, level === 1 ? seed.id : undefined);
    if (rows.length >= edgeCap) graph.markTruncated();
    const collectives = args.includeCollectives ? new Set<string>() : await collectiveUnits(store, rows, seed.id);
    const next: string[] = [];
    for (const r of rows) {
      const kind = kindOfLabel(r.kind);
      if (kind === null || (allowed && !allowed.has(kind)) || collectives.has(r.id)) continue;
      if (!graph.has(r.id)) {
        if (!graph.addNode(r.id, r.kind, r.label, r.nodeYear === null ? {} : { year: r.nodeYear })) continue;
        next.push(r.id);
      }
      graph.addEdge(r.source, r.target, r.type, edgeData(r));
    }
    frontier = next;
  }
  return graph.build();
}

// Private: the collective placeholders (各相关单位) among the far units of these rows: not walked through
// unless asked for, as they would join every task of a region to every other (the seed itself stays).
async function collectiveUnits(store: GraphStore, rows: ReadonlyArray<{ id: string; kind: string }>, seedId: string): Promise<Set<string>> {
  const ids = [...new Set(rows.filter((r) => r.kind === 'Unit' && r.id !== seedId).map((r) => r.id))];
  if (!ids.length) return new Set();
  return new Set((await store.unitSummaries(ids)).filter((u) => u.kind === 'COLLECTIVE').map((u) => u.id));
}

/** Year, role and document of an edge, where it has them. */
export function edgeData(r: { year: number | null; role: string | null; documentId: string | null }): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (r.year !== null) data.year = r.year;
  if (r.role !== null) data.role = r.role;
  if (r.documentId !== null) data.documentId = r.documentId;
  return data;
}
