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
  // Search (analysisStatements.ts SEARCH_INDEXED): full-text indexes whose analyzer splits Chinese into bigrams.
  const fullText: Array<[string, string, string]> = [
    ['unit_search', 'Unit', 'allNames'], ['project_search', 'Project', 'allNames'], ['place_search', 'Place', 'allNames'],
    ['person_search', 'Person', 'name'],
    ['document_search', 'Document', 'title'], ['task_search', 'Task', 'text'],
  ];
  for (const [name, label, key] of fullText) {
    out.push(`CREATE FULLTEXT INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON EACH [n.${key}] OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'cjk'}}`);
  }
  out.push('CREATE INDEX responsible_for_document IF NOT EXISTS FOR ()-[r:RESPONSIBLE_FOR]-() ON (r.documentId)');
  out.push('CREATE INDEX located_in_document IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.documentId)');
  return out;
}
