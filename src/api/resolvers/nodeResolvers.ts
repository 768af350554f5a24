import type { NodeResolvers } from '../../__generated__/resolvers.js';
import type { ApiContext } from '../context.js';

/** Kinds of node a global id's prefix names, and the GraphQL type each resolves to. */
const TYPE_BY_PREFIX = {
  doc: 'Document',
  task: 'Task',
  unit: 'Unit',
} as const;

type NodeTypeName = (typeof TYPE_BY_PREFIX)[keyof typeof TYPE_BY_PREFIX];

/** The GraphQL type a global id belongs to, or null for an unknown prefix. */
export function typeOfId(id: string): NodeTypeName | null {
  const prefix = id.slice(0, id.indexOf(':'));
  return (TYPE_BY_PREFIX as Record<string, NodeTypeName>)[prefix] ?? null;
}

/** `node(id:)`: fetches through the loader of the id's kind. */
export async function loadNode(id: string, { loaders }: ApiContext) {
  switch (typeOfId(id)) {
    case 'Document':
      return loaders.document.load(id);
    case 'Task':
      return loaders.task.load(id);
    case 'Unit':
      return loaders.unit.load(id);
    case null:
      return null;
  }
}

export const nodeResolvers: NodeResolvers = {
  __resolveType: (node) => {
    const type = typeOfId(node.id);
    if (type === null) throw new Error(`No GraphQL type for id ${node.id}`);
    return type;
  },
};
