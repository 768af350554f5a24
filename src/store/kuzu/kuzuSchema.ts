import { createHash } from 'node:crypto';
import { NODE_TABLES, REL_TABLES } from '../graphModel.js';

/** Table that records which schema a database file was created with. */
export const SCHEMA_TABLE = 'SchemaInfo';

/** A hash of the DDL: a database created from other DDL is rebuilt (its facts are reloaded from the documents). */
export function kuzuSchemaVersion(): string {
  return createHash('sha256').update(kuzuSchemaStatements().join('\n')).digest('hex').slice(0, 12);
}

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
  return [...nodes, ...rels, `CREATE NODE TABLE IF NOT EXISTS ${SCHEMA_TABLE}(id STRING, version STRING, PRIMARY KEY (id))`];
}
