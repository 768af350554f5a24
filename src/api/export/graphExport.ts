import { buildSchema, getNamedType, getNullableType, isEnumType, isListType, isNonNullType, isScalarType, type GraphQLArgument, type GraphQLInputType } from 'graphql';
import type { GraphValue } from '../analysis/types.js';
import { loadTypeDefs } from '../loadTypeDefs.js';

/**
 * What can be exported: each analysis that answers a `Graph`, by the name used in
 * `/export/<name>.<format>` and `npm run export -- <name>`. The export runs the
 * GraphQL field itself, so its arguments, defaults, limits and error codes are
 * the API's, and an argument added to the field (e.g. `includeCollectives`) is
 * accepted here with no change.
 */
export const EXPORT_ANALYSES = {
  network: { field: 'coResponsibilityNetwork', path: [] as string[] },
  neighborhood: { field: 'neighborhood', path: [] as string[] },
  chain: { field: 'accountabilityChain', path: ['graph'] },
} as const;

export type ExportAnalysis = keyof typeof EXPORT_ANALYSES;

export function isExportAnalysis(name: string): name is ExportAnalysis {
  return Object.hasOwn(EXPORT_ANALYSES, name);
}

/** A GraphQL operation ready to run, or the reason the arguments cannot be one (BAD_USER_INPUT). */
export type ExportRequest = { query: string; variables: Record<string, unknown> } | { error: string };

const GRAPH_SELECTION = '{ nodes { id kind label data } edges { id source target kind data } truncated }';

let argumentsByField: Map<string, readonly GraphQLArgument[]> | null = null;

// Private: each exportable field's arguments as the schema declares them (read once).
function fieldArguments(field: string): readonly GraphQLArgument[] {
  if (!argumentsByField) {
    const query = buildSchema(loadTypeDefs().join('\n')).getQueryType();
    argumentsByField = new Map(Object.values(EXPORT_ANALYSES).map((a) => [a.field, query?.getFields()[a.field]?.args ?? []]));
  }
  return argumentsByField.get(field) ?? [];
}

/** The argument names an analysis accepts (for usage lines and errors). */
export function exportArgumentNames(analysis: ExportAnalysis): string[] {
  return fieldArguments(EXPORT_ANALYSES[analysis].field).map((a) => a.name);
}

/**
 * The operation for an analysis from text arguments (URL query or CLI flags):
 * each value is converted to the argument's GraphQL type; a list argument takes
 * repeated or comma-separated values. Unknown names and malformed numbers are
 * refused here; everything else (ranges, unknown ids) by the resolver itself.
 */
export function exportRequest(analysis: ExportAnalysis, args: ReadonlyArray<[string, string]>): ExportRequest {
  const { field, path } = EXPORT_ANALYSES[analysis];
  const declared = new Map(fieldArguments(field).map((a) => [a.name, a]));
  const values = new Map<string, unknown>();
  for (const [name, raw] of args) {
    const arg = declared.get(name);
    if (!arg) return { error: `unknown argument "${name}" for ${analysis}; accepted: ${[...declared.keys()].join(', ')}` };
    const list = isListType(getNullableType(arg.type));
    const parts = list ? raw.split(',').map((p) => p.trim()).filter((p) => p.length > 0) : [raw];
    const converted: unknown[] = [];
    for (const part of parts) {
      const value = convert(arg.type, part);
      if (value instanceof Error) return { error: `argument "${name}": ${value.message} (got "${part}")` };
      converted.push(value);
    }
    values.set(name, list ? [...((values.get(name) as unknown[] | undefined) ?? []), ...converted] : converted[0]);
  }
  for (const arg of declared.values()) {
    if (isNonNullType(arg.type) && arg.defaultValue === undefined && !values.has(arg.name)) {
      return { error: `missing argument "${arg.name}" (${String(arg.type)}) for ${analysis}` };
    }
  }
  const names = [...values.keys()];
  const signature = names.map((n) => `$${n}: ${String(declared.get(n)!.type)}`).join(', ');
  const call = names.map((n) => `${n}: $${n}`).join(', ');
  let selection = GRAPH_SELECTION;
  for (const step of [...path].reverse()) selection = `{ ${step} ${selection} }`;
  const query = `query Export${signature ? `(${signature})` : ''} { ${field}${call ? `(${call})` : ''} ${selection} }`;
  return { query, variables: Object.fromEntries(values) };
}

/** The graph inside a successful answer's `data`. */
export function graphFromData(analysis: ExportAnalysis, data: Record<string, unknown>): GraphValue {
  const { field, path } = EXPORT_ANALYSES[analysis];
  let value: unknown = data[field];
  for (const step of path) value = (value as Record<string, unknown> | null)?.[step];
  const graph = value as Partial<GraphValue> | null;
  if (!graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) throw new Error(`the answer to ${field} holds no graph`);
  return graph as GraphValue;
}

// Private: one text value as the argument's (named) type, or an Error saying why not.
function convert(type: GraphQLInputType, raw: string): unknown {
  const named = getNamedType(type);
  if (isEnumType(named)) return raw;
  if (isScalarType(named)) {
    if (named.name === 'Int') return /^-?\d{1,9}$/.test(raw) ? Number(raw) : new Error('must be a whole number');
    if (named.name === 'Float') return Number.isFinite(Number(raw)) && raw.trim() !== '' ? Number(raw) : new Error('must be a number');
    if (named.name === 'Boolean') return raw === 'true' ? true : raw === 'false' ? false : new Error('must be true or false');
    return raw;
  }
  return new Error(`has type ${String(type)}, which an export cannot take as text`);
}
