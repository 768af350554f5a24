import { gql, GRAPH_FIELDS, type GraphAnswer, type GraphEdge, type GraphNode } from './api.js';

export interface NetworkFilter {
  year: number | null;
  fromYear: number | null;
  toYear: number | null;
  region: string;
  minShared: number;
  /** Sent only when the server's schema has `includeCollectives`. */
  collectives: boolean | null;
}

/**
 * The co-responsibility network for a year, all years, or a range of years. The
 * API answers one year (or all) at a time; a range is the union of its years:
 * a pair's shared tasks over the range are the sum of each year's (every task
 * belongs to one year), its years the union. `minShared` then applies to the sum.
 */
export async function loadNetwork(f: NetworkFilter, years: number[]): Promise<GraphAnswer> {
  const one = (year: number | null, minShared: number) => {
    const args = ['$year: Int', '$region: String', '$minShared: Int', ...(f.collectives !== null ? ['$c: Boolean'] : [])];
    const call = ['year: $year', 'region: $region', 'minShared: $minShared', ...(f.collectives !== null ? ['includeCollectives: $c'] : [])];
    return gql<{ coResponsibilityNetwork: GraphAnswer }>(
      `query(${args.join(', ')}) { coResponsibilityNetwork(${call.join(', ')}) ${GRAPH_FIELDS} }`,
      { year, region: f.region || null, minShared, c: f.collectives },
    ).then((d) => d.coResponsibilityNetwork);
  };
  if (f.fromYear === null && f.toYear === null) return one(f.year, f.minShared);
  const from = f.fromYear ?? years[0] ?? 0;
  const to = f.toYear ?? years[years.length - 1] ?? 9999;
  const parts = await Promise.all(years.filter((y) => y >= from && y <= to).map((y) => one(y, 1)));
  return mergeNetworks(parts, f.minShared);
}

/** Several years' networks as one: edges of the same pair summed, then filtered by `minShared`. */
export function mergeNetworks(parts: GraphAnswer[], minShared: number): GraphAnswer {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge & { years: Set<number> }>();
  for (const part of parts) {
    for (const n of part.nodes) if (!nodes.has(n.id)) nodes.set(n.id, { ...n, data: { ...n.data, shared: 0 } });
    for (const e of part.edges) {
      const key = `${e.source}|${e.target}`;
      const shared = typeof e.data.shared === 'number' ? e.data.shared : 0;
      const years = Array.isArray(e.data.years) ? (e.data.years as number[]) : [];
      const seen = edges.get(key);
      if (seen) {
        seen.data = { ...seen.data, shared: (seen.data.shared as number) + shared };
        for (const y of years) seen.years.add(y);
      } else edges.set(key, { ...e, data: { ...e.data, shared }, years: new Set(years) });
    }
  }
  const kept = [...edges.values()].filter((e) => (e.data.shared as number) >= minShared);
  const used = new Set<string>();
  for (const e of kept) {
    for (const end of [e.source, e.target]) {
      used.add(end);
      const n = nodes.get(end)!;
      n.data = { ...n.data, shared: (n.data.shared ?? 0) + (e.data.shared as number) };
    }
  }
  return {
    nodes: [...nodes.values()].filter((n) => used.has(n.id)),
    edges: kept.map(({ years, ...e }) => ({ ...e, data: { ...e.data, years: [...years].sort((a, b) => a - b) } })),
    truncated: parts.some((p) => p.truncated),
  };
}
