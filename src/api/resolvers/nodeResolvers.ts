import type { NodeResolvers } from '../../__generated__/resolvers.js';
import { kindOfId, labelOfKind } from '../../model/nodeKinds.js';
import type { ApiContext } from '../context.js';

/** `node(id:)`: fetches through the loader of the kind the id's prefix names. */
export async function loadNode(id: string, { loaders }: ApiContext) {
  switch (kindOfId(id)) {
    case 'DOCUMENT':
      return loaders.document.load(id);
    case 'SECTION':
      return loaders.section.load(id);
    case 'TASK':
      return loaders.task.load(id);
    case 'UNIT':
      return loaders.unit.load(id);
    case 'PROJECT':
      return loaders.project.load(id);
    case 'PLACE':
      return loaders.place.load(id);
    case 'TARGET':
      return loaders.target.load(id);
    case 'PERSON':
      return loaders.person.load(id);
    case null:
      return null;
  }
}

export const nodeResolvers: NodeResolvers = {
  __resolveType: (node) => {
    const kind = kindOfId(node.id);
    if (kind === null) throw new Error(`No GraphQL type for id ${node.id}`);
    return labelOfKind(kind);
  },
};
