import { statement } from '../../src/store/cypher/Statement.js';
import { NODE_TABLES, REL_TABLES } from '../../src/store/graphModel.js';
import { KuzuRunner } from '../../src/store/kuzu/KuzuRunner.js';

/**
 * Every edge of every rel table (its ends' ids and all its properties) and every node's id, as
 * scanned, in a canonical form: two graphs holding the same facts give equal pictures. Node
 * properties are left out (a surviving shared entity keeps names a removed document printed).
 */
export interface EdgePicture {
  /** Per rel table (and FROM/TO pair): one sorted line per edge. */
  edges: Record<string, string[]>;
  /** Per node label: the sorted ids. */
  nodes: Record<string, string[]>;
}

const q = (name: string, cypher: string) => statement(`EDGES_${name}`, 'Test picture of every edge.', cypher);

/** Opens the Kùzu graph under `dataDir` (as any start does) and scans every edge and node id. */
export async function graphEdges(dataDir: string): Promise<EdgePicture> {
  const runner = await KuzuRunner.open(dataDir, { onNotice: () => undefined });
  try {
    const edges: Record<string, string[]> = {};
    for (const t of REL_TABLES) {
      const props = Object.keys(t.properties);
      for (const [from, to] of t.ends) {
        const columns = ['a.id AS a', 'b.id AS b', ...props.map((p, i) => `r.${p} AS p${i}`)].join(', ');
        const rows = await runner.read(q(`${t.type}_${from}_${to}`, `MATCH (a:${from})-[r:${t.type}]->(b:${to}) RETURN ${columns}`));
        edges[`${t.type} ${from}->${to}`] = rows
          .map((r) => [r.a, r.b, ...props.map((_, i) => show(r[`p${i}`]))].map(String).join('|'))
          .sort();
      }
    }
    const nodes: Record<string, string[]> = {};
    for (const t of NODE_TABLES) {
      nodes[t.label] = (await runner.read(q(`N_${t.label}`, `MATCH (n:${t.label}) RETURN n.id AS id`))).map((r) => String(r.id)).sort();
    }
    return { edges, nodes };
  } finally {
    await runner.close();
  }
}

/** Edges per table, for a readable difference: `table: n`. */
export function edgeCounts(p: EdgePicture): Record<string, number> {
  return Object.fromEntries(Object.entries(p.edges).map(([k, v]) => [k, v.length]));
}

// Private: a property value as text (INT64 may come back as a bigint, which JSON cannot show).
function show(v: unknown): string {
  return JSON.stringify(v ?? null, (_, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
}
