import {
  getNamedType, isListType, SchemaMetaFieldDef, TypeMetaFieldDef, isNonNullType, isObjectType, isInterfaceType, isUnionType, Kind, valueFromAST,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLNamedType,
  type GraphQLOutputType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { ErrorCode } from '../../errors.js';
import { refusal } from '../errorStatus.js';
import { DEFAULT_LIST_SIZE, DEFAULT_PAGE_SIZE, LIST_SIZES } from './listSizes.js';

/** Arguments that bound how many items a field returns. */
const SIZE_ARGUMENTS = ['first', 'limit'] as const;

/**
 * The estimated number of values a query's answer holds: every field counts once per
 * object it is asked on, and lists multiply what is asked inside them (`first`/`limit`,
 * or LIST_SIZES for lists without one). So `sharedTasks(first: 500) { tasks { units … } }`
 * costs what its megabytes of answer hold, where graphql-armor's count did not look inside
 * `tasks`. Introspection is counted the same way, with the schema's own sizes: aliases
 * over `__schema` add up. Throws the page-size refusal (BAD_USER_INPUT) for a `first` past
 * `maxPageSize` before any cost is compared, so that message is what such a query gets.
 */
export function estimateCost(
  schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode,
  variables: Record<string, unknown>, maxPageSize: number,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const walker = new CostWalker(schema, fragments, variables, maxPageSize);
  return walker.selectionSet(operation.selectionSet, root, 1, new Set());
}

// Private: walks selections with the type they are asked on and how many objects they are asked on.
class CostWalker {
  private readonly introspectionSizes: Record<string, number>;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly maxPageSize: number,
  ) {
    this.introspectionSizes = sizesOf(schema);
  }

  selectionSet(set: SelectionSetNode, type: GraphQLNamedType, count: number, spread: ReadonlySet<string>, pageSize?: number): number {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) cost += this.field(selection, type, count, spread, pageSize);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? this.schema.getType(selection.typeCondition.name.value) ?? type : type;
        cost += this.selectionSet(selection.selectionSet, on, count, spread, pageSize);
      } else {
        const fragment = this.fragments.get(selection.name.value);
        // Validation refuses cycles; the guard only keeps a bad document from recursing forever.
        if (!fragment || spread.has(fragment.name.value)) continue;
        const on = this.schema.getType(fragment.typeCondition.name.value) ?? type;
        cost += this.selectionSet(fragment.selectionSet, on, count, new Set([...spread, fragment.name.value]), pageSize);
      }
    }
    return cost;
  }

  private field(node: FieldNode, parent: GraphQLNamedType, count: number, spread: ReadonlySet<string>, pageSize?: number): number {
    const name = node.name.value;
    if (name === '__typename') return count;
    const definition = this.definition(parent, name);
    if (!definition) return count;
    const size = this.sizeArgument(node, definition);
    const named = getNamedType(definition.type);
    let items = count;
    let childPage: number | undefined;
    if (isListOf(definition.type)) {
      // A connection's `nodes`/`edges` hold the page its field asked for.
      const perParent = pageSize !== undefined && (name === 'nodes' || name === 'edges') ? pageSize
        : size ?? this.introspectionSizes[`${parent.name}.${name}`] ?? LIST_SIZES[`${parent.name}.${name}`]
          ?? (isComposite(named) ? DEFAULT_LIST_SIZE : 1);
      items = count * perParent;
    } else if (named.name.endsWith('Connection')) {
      childPage = size ?? DEFAULT_PAGE_SIZE;
    }
    if (!node.selectionSet) return items;
    return items + this.selectionSet(node.selectionSet, named, items, spread, childPage);
  }

  private definition(parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
    // `__schema` and `__type` are not among the query type's fields: graphql-js keeps them apart.
    if (name === '__schema') return SchemaMetaFieldDef as GraphQLField<unknown, unknown>;
    if (name === '__type') return TypeMetaFieldDef as GraphQLField<unknown, unknown>;
    return isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
  }

  // Private: the value of `first`/`limit` (argument, variable or schema default); past the page cap, a refusal.
  private sizeArgument(node: FieldNode, definition: GraphQLField<unknown, unknown>): number | undefined {
    for (const argName of SIZE_ARGUMENTS) {
      const arg = definition.args.find((a) => a.name === argName);
      if (!arg) continue;
      const given = node.arguments?.find((a) => a.name.value === argName);
      const value: unknown = given ? valueFromAST(given.value, arg.type, this.variables) : arg.defaultValue;
      if (typeof value !== 'number') return argName === 'first' ? DEFAULT_PAGE_SIZE : undefined;
      if (argName === 'first' && (!Number.isInteger(value) || value < 0 || value > this.maxPageSize)) {
        throw refusal(ErrorCode.BadInput, `first must be between 0 and ${this.maxPageSize} (got ${value})`, { argumentName: 'first' });
      }
      return Math.max(0, value);
    }
    return undefined;
  }
}

function isListOf(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function isComposite(type: GraphQLNamedType): boolean {
  return isObjectType(type) || isInterfaceType(type) || isUnionType(type);
}

const SIZES = new WeakMap<GraphQLSchema, Record<string, number>>();

// Private: the schema's sizes, computed once per schema.
function sizesOf(schema: GraphQLSchema): Record<string, number> {
  let sizes = SIZES.get(schema);
  if (!sizes) SIZES.set(schema, (sizes = introspectionSizes(schema)));
  return sizes;
}

/** The schema's own sizes, so an introspection query costs what it returns (averages: all types' fields sum up). */
function introspectionSizes(schema: GraphQLSchema): Record<string, number> {
  const types = Object.values(schema.getTypeMap());
  const avg = (counts: number[]) => Math.max(1, Math.ceil(counts.reduce((a, b) => a + b, 0) / Math.max(1, types.length)));
  const fieldsOf = (t: GraphQLNamedType) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : []);
  const allFields = types.flatMap(fieldsOf);
  return {
    '__Schema.types': types.length,
    '__Schema.directives': schema.getDirectives().length,
    '__Type.fields': avg(types.map((t) => fieldsOf(t).length)),
    '__Type.inputFields': avg(types.map((t) => ('getFields' in t && !isObjectType(t) && !isInterfaceType(t) ? Object.keys(t.getFields()).length : 0))),
    '__Type.enumValues': avg(types.map((t) => ('getValues' in t ? t.getValues().length : 0))),
    '__Type.interfaces': 1,
    '__Type.possibleTypes': 2,
    '__Field.args': Math.max(1, Math.ceil(allFields.reduce((n, f) => n + f.args.length, 0) / Math.max(1, allFields.length))),
    '__Directive.args': 2,
    '__Directive.locations': 1,
  };
}
