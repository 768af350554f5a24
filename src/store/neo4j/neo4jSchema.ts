import { NODE_TABLES } from '../graphModel.js';

/** Neo4j DDL for the graph model: a uniqueness constraint on every label's id, an index on each lookup key. */
export function neo4jSchemaStatements(): string[] {
  const out: string[] = [];
  for (const table of NODE_TABLES) {
    const lower = table.label.toLowerCase();
    out.push(`CREATE CONSTRAINT ${lower}_id IF NOT EXISTS FOR (n:${table.label}) REQUIRE n.id IS UNIQUE`);
    for (const key of table.indexed) {
      out.push(`CREATE INDEX ${lower}_${key} IF NOT EXISTS FOR (n:${table.label}) ON (n.${key})`);
    }
  }
  out.push('CREATE INDEX responsible_for_document IF NOT EXISTS FOR ()-[r:RESPONSIBLE_FOR]-() ON (r.documentId)');
  out.push('CREATE INDEX located_in_document IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.documentId)');
  return out;
}
