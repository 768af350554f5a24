/**
 * A named Cypher statement: the text (shared by both backends, or one text per
 * backend where the dialects differ), the question it answers, and the
 * parameters it takes. Values are always parameters, never spliced into text.
 */
export interface Statement {
  name: string;
  /** Which question it answers or what it writes. */
  doc: string;
  cypher: string | { kuzu: string; neo4j: string };
  params: readonly string[];
}

export type Backend = 'kuzu' | 'neo4j';

/** The text a backend sends for a statement. */
export function cypherFor(statement: Statement, backend: Backend): string {
  return typeof statement.cypher === 'string' ? statement.cypher : statement.cypher[backend];
}

/** Declares a statement; the name doubles as its key in the lint test. */
export function statement(name: string, doc: string, cypher: Statement['cypher'], params: readonly string[] = []): Statement {
  return { name, doc, cypher, params };
}

/**
 * Nodes of one label by id (`node` is `alias:Label`), as one UNWIND of the list. An engine may
 * run it otherwise by its name (Kùzu looks short lists up key by key: kuzu/pointLookups.ts).
 */
export function nodesById(name: string, doc: string, node: string, columns: string): Statement {
  return statement(name, doc, `UNWIND $ids AS key MATCH (${node} {id: key}) RETURN ${columns}`, ['ids']);
}

/** A statement with the values for one execution. */
export interface BoundStatement {
  statement: Statement;
  params: Record<string, unknown>;
}
