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
  /**
   * Kùzu only: the same lookup for one key (`$key`), which the Kùzu runner runs once per
   * key for short id lists (KuzuRunner.lookup; quirk KUZU-IN-LIST-SCAN). Kùzu 0.11.3 answers `x.id IN $ids` by testing
   * every row of the table against the whole list, and `UNWIND $ids … {id: key}` by hashing the
   * whole table; a point lookup on the primary key touches one row.
   */
  perKey?: Statement;
  /** Kùzu only: the longest id list looked up key by key (default POINT_LOOKUPS_MAX in KuzuRunner). */
  perKeyMax?: number;
  /**
   * Kùzu only: the node table the list form hashes whole. The list form's cost grows with that
   * table, a point lookup's does not, so past `perKeyMax` the runner keeps looking keys up one by
   * one while they are few for the table's size (KuzuRunner.lookup).
   */
  perKeyTable?: string;
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
 * A lookup by `$ids` with its one-key form for Kùzu (see `Statement.perKey`); `maxKeys` lowers
 * the list length up to which keys are looked up one by one (for tables whose list form is cheap).
 */
export function keyed(list: Statement, perKey: string, maxKeys?: number): Statement {
  const params = ['key', ...list.params.filter((p) => p !== 'ids')];
  const each = statement(`${list.name}_EACH`, `${list.doc} One key.`, perKey, params);
  return maxKeys === undefined ? { ...list, perKey: each } : { ...list, perKey: each, perKeyMax: maxKeys };
}

/** Nodes of one label by id (`node` is `alias:Label`): the list form with its one-key form (see `keyed`). */
export function nodesById(name: string, doc: string, node: string, columns: string, maxKeys?: number): Statement {
  const lookup = keyed(statement(name, doc, `UNWIND $ids AS key MATCH (${node} {id: key}) RETURN ${columns}`, ['ids']),
    `MATCH (${node} {id: $key}) RETURN ${columns}`, maxKeys);
  return { ...lookup, perKeyTable: node.split(':')[1] };
}

/** A statement with the values for one execution. */
export interface BoundStatement {
  statement: Statement;
  params: Record<string, unknown>;
}
