import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { allStatements } from '../../src/store/cypher/allStatements.js';
import { cypherFor, statement } from '../../src/store/cypher/Statement.js';
import { NODE_TABLES, propertyKeys, REL_TABLES } from '../../src/store/graphModel.js';
import { neo4jSchemaStatements } from '../../src/store/neo4j/neo4jSchema.js';

/*
 * Neo4j cannot run on the build machines, so every statement the Neo4j backend
 * can send is checked by Neo4j's own parser and semantic analyser. The schema
 * passed to the linter is our graph model: an unknown label, relationship type,
 * property key or undeclared parameter is a failure too.
 */

/** Fields of parameter rows (`r.unitId`) that are not stored properties; Kùzu checks them at run time in the conformance suite. */
const ROW_FIELDS = ['responsibilities', 'mentions', 'locations', 'targets', 'unitId', 'taskId', 'projectId', 'subjectId', 'placeId', 'fromId', 'toId', 'ord', 'a', 'b'];

const dbSchema = (params: readonly string[]) => ({
  labels: NODE_TABLES.map((t) => t.label),
  relationshipTypes: REL_TABLES.map((t) => t.type),
  propertyKeys: [...propertyKeys(), ...ROW_FIELDS],
  parameters: Object.fromEntries(params.map((p) => [p, null])),
});

type Diagnostic = { message: string; offsets: { start: number } };

function diagnostics(text: string, params: readonly string[]): string[] {
  // 2.0.0-next.20 (the last release for Node 20, pinned) returns the list; later releases wrap it in { diagnostics }.
  const result: unknown = lintCypherQuery(text, dbSchema(params));
  const list = (Array.isArray(result) ? result : (result as { diagnostics: unknown[] }).diagnostics) as Diagnostic[];
  return list.map((d) => `${d.message} @${d.offsets.start}`);
}

function parametersIn(text: string): string[] {
  return [...new Set([...text.matchAll(/\$([A-Za-z_]\w*)/g)].map((m) => m[1]!))].sort();
}

describe('Neo4j Cypher lint', () => {
  const statements = allStatements();

  it('collects every statement, with unique names', () => {
    expect(statements.length).toBeGreaterThan(30);
    const names = statements.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(statements.map((s) => [s.name, s] as const))('%s passes the Neo4j linter', (_, s) => {
    const text = cypherFor(s, 'neo4j');
    expect(diagnostics(text, s.params)).toEqual([]);
    // The declared parameters are exactly those the text uses.
    expect(parametersIn(text)).toEqual([...s.params].sort());
  });

  it.each(neo4jSchemaStatements().map((ddl) => [ddl] as const))('schema DDL passes: %s', (ddl) => {
    expect(diagnostics(ddl, [])).toEqual([]);
  });

  it('catches a broken statement', () => {
    const broken = [
      statement('SYNTAX', 'missing parenthesis', 'MATCH (t:Task RETURN t'),
      statement('UNBOUND', 'unbound variable', 'MATCH (t:Task) RETURN u.id'),
      statement('KUZU_ONLY', 'Kùzu cast syntax', 'UNWIND $rows AS r RETURN CAST(r.value AS DOUBLE) AS v', ['rows']),
      statement('TYPO_LABEL', 'a label the model does not have', 'MATCH (t:Tsak) RETURN t.id AS id'),
      statement('UNDECLARED', 'parameter not declared', 'MATCH (t:Task) WHERE t.year = $yaer RETURN t.id AS id', ['year']),
    ];
    for (const s of broken) expect(diagnostics(cypherFor(s, 'neo4j'), s.params), s.name).not.toEqual([]);
  });
});
