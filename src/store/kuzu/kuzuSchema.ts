import { NODE_TABLES, REL_TABLES } from '../graphModel.js';

/** Kùzu DDL for the graph model: one typed table per label, one rel table per type. */
export function kuzuSchemaStatements(): string[] {
  const nodes = NODE_TABLES.map((t) => {
    const columns = Object.entries(t.properties).map(([name, type]) => `${name} ${type}`);
    return `CREATE NODE TABLE IF NOT EXISTS ${t.label}(${columns.join(', ')}, PRIMARY KEY (id))`;
  });
  const rels = REL_TABLES.map((t) => {
    const ends = t.ends.map(([from, to]) => `FROM ${from} TO ${to}`);
    const columns = Object.entries(t.properties).map(([name, type]) => `${name} ${type}`);
    return `CREATE REL TABLE IF NOT EXISTS ${t.type}(${[...ends, ...columns].join(', ')})`;
  });
  return [...nodes, ...rels];
}
