import { REL_TABLES } from '../graphModel.js';

/**
 * Rows per node group in Kùzu 0.11.3 (StorageConstants::NODE_GROUP_SIZE, 2^17). A rel table's
 * edges are stored per node group of their source node (forward) and of their destination node
 * (backward), and each node group is checkpointed on its own.
 */
export const KUZU_NODE_GROUP_ROWS = 131_072;

/** Runs one statement inside the open write transaction. */
export type TxText = (text: string) => Promise<Array<Record<string, unknown>>>;

/**
 * Quirk KUZU-DELETE-COPIED-EDGES: a committed transaction whose only change to a node group of
 * a rel table was deleting edges (at least ~1,000 of them) made Kùzu 0.11.3's CHECKPOINT
 * rewrite that node group empty, losing every other edge stored in it (copied or created) —
 * in 9 of 10 repetitions of the reproducer. A transaction that also wrote one edge of that
 * node group (an update of one property, or one edge deleted and created again) kept them all:
 * 0 losses in 10 repetitions of each, also across two node groups (quirkChild.mjs
 * `delete-copied-edges-*`). So before such a transaction commits, this writes one surviving
 * edge of every rel table in every node group of its source and of its destination table: a
 * property set to its own value, or, for a table without properties, the edge deleted and
 * created again (nothing reads a rel's internal id). Runs only in transactions that deleted
 * something (KuzuRunner.write), on the rel tables its statements may have deleted from
 * (relTablesDeletedBy): a touched node group is rewritten at CHECKPOINT (~0.4 s for all tables of
 * a 4k-task graph on a loaded machine when nothing else changed them; in a removal or a replace
 * they are rewritten anyway: removing a 4k-task document took 1.6–1.9 s with and without), so
 * the bulk path's pair-total deletions touch CO_TOTAL only.
 * A table with no edge left is skipped (nothing to lose).
 */
export async function touchSurvivingEdges(run: TxText, tables: ReadonlySet<string> = ALL_REL_TABLES): Promise<number> {
  const groups = new Map<string, number>();
  const groupsOf = async (label: string): Promise<number> => {
    let n = groups.get(label);
    if (n === undefined) {
      const max = (await run(`MATCH (n:${label}) RETURN max(offset(id(n))) AS m`))[0]?.m;
      n = max === null || max === undefined ? 0 : Math.floor(Number(max) / KUZU_NODE_GROUP_ROWS) + 1;
      groups.set(label, n);
    }
    return n;
  };
  let touched = 0;
  for (const table of REL_TABLES.filter((t) => tables.has(t.type))) {
    // A scalar property: list properties are never rewritten (quirk KUZU-STALE-LIST-PROPERTY).
    const property = Object.entries(table.properties).find(([, type]) => !type.endsWith('[]'))?.[0];
    for (const [from, to] of table.ends) {
      const [fromGroups, toGroups] = [await groupsOf(from), await groupsOf(to)];
      if (fromGroups === 0 || toGroups === 0) continue;
      // One edge covers a source group and a destination group: one statement when both tables
      // fit one node group (every graph below 131,072 rows per table), else one per group.
      const filters = fromGroups === 1 && toGroups === 1
        ? ['']
        : [...groupFilters('a', fromGroups), ...groupFilters('b', toGroups)];
      for (const where of filters) {
        const match = `MATCH (a:${from})-[c:${table.type}]->(b:${to})${where}`;
        const text = property
          ? `${match} WITH c LIMIT 1 SET c.${property} = c.${property} RETURN count(*) AS n`
          : `${match} WITH a, b, c LIMIT 1 DELETE c WITH a, b CREATE (a)-[:${table.type}]->(b) RETURN count(*) AS n`;
        touched += Number((await run(text))[0]?.n ?? 0);
      }
    }
  }
  return touched;
}

const ALL_REL_TABLES: ReadonlySet<string> = new Set(REL_TABLES.map((t) => t.type));

/**
 * The rel tables a statement's DELETE may remove edges from: `[v:R]` deleted names R (or each
 * of `R1|R2`); `(v:Label)` DETACH DELETEd names every table with Label at an end; anything else
 * (an unlabelled node, a variable not found) names every table. Empty: the text deletes nothing.
 */
export function relTablesDeletedBy(cypher: string): Set<string> {
  const found = new Set<string>();
  for (const m of cypher.matchAll(/\bDELETE\s+(\w+(?:\s*,\s*\w+)*)/gi)) {
    for (const v of m[1]!.split(',').map((x) => x.trim())) {
      const rel = new RegExp(`\\[${v}:([\\w|]+)`).exec(cypher);
      const node = new RegExp(`\\(${v}:(\\w+)`).exec(cypher);
      if (rel) {
        for (const type of rel[1]!.split('|')) found.add(type);
      } else if (node) {
        const label = node[1]!;
        for (const t of REL_TABLES) if (t.ends.some((e) => (e as readonly string[]).includes(label))) found.add(t.type);
      } else {
        return new Set(ALL_REL_TABLES);
      }
    }
  }
  return found;
}

// Private: a WHERE clause per node group of the node bound to `v`.
function groupFilters(v: string, count: number): string[] {
  return Array.from({ length: count }, (_, g) =>
    ` WHERE offset(id(${v})) >= ${g * KUZU_NODE_GROUP_ROWS} AND offset(id(${v})) < ${(g + 1) * KUZU_NODE_GROUP_ROWS}`);
}
