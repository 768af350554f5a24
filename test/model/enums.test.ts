import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLEnumType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/api/loadTypeDefs.js';
import { DEADLINE_KINDS, GENRES, PERSON_ROLES, PLACE_KINDS, PROJECT_KINDS, PROJECT_STATUSES, ROLES, TASK_KINDS } from '../../src/model/enums.js';
import {
  docBase, documentId, isIdOf, kindOfId, kindOfLabel, labelOfId, labelOfKind, NODE_KINDS, nodeId, SEARCHABLE_LABELS,
} from '../../src/model/nodeKinds.js';
import { NODE_TABLES } from '../../src/store/graphModel.js';

/*
 * The model's vocabularies are declared once (src/model); the GraphQL schema and the store's
 * tables list them again in their own languages. These tests hold the copies to the model,
 * so a kind added in one place and not the others fails here rather than at a user's query.
 */

const schema = makeExecutableSchema({ typeDefs: loadTypeDefs() });

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`schema has no enum ${name}`);
  return type.getValues().map((v) => v.name);
}

describe('src/model vocabularies match the GraphQL enums', () => {
  it.each([
    ['ProjectKind', PROJECT_KINDS],
    ['ProjectStatus', PROJECT_STATUSES],
    ['PlaceKind', PLACE_KINDS],
    ['Role', ROLES],
    ['PersonRole', PERSON_ROLES],
    ['TaskKind', TASK_KINDS],
    ['DeadlineKind', DEADLINE_KINDS],
    ['NodeKind', NODE_KINDS.map((k) => k.kind)],
  ] as const)('enum %s lists the model values, in order', (name, values) => {
    expect(enumValues(name)).toEqual([...values]);
  });

  it('enum Genre is GENRES in UPPER_SNAKE (the API maps one to the other: api/resolvers/enums.ts)', () => {
    expect(enumValues('Genre')).toEqual(GENRES.map((g) => g.toUpperCase()));
  });

  it('the types implementing Node are the node kinds\' labels', () => {
    const implementing = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'))
      .map((t) => t.name)
      .sort();
    expect(implementing).toEqual(NODE_KINDS.map((k) => k.label).sort());
  });
});

describe('src/model node kinds', () => {
  it('the store has one node table per kind, under its label', () => {
    expect(NODE_TABLES.map((t) => t.label).sort()).toEqual(NODE_KINDS.map((k) => k.label).sort());
  });

  it('kinds, prefixes and labels are each unique', () => {
    for (const column of ['kind', 'prefix', 'label'] as const) {
      expect(new Set(NODE_KINDS.map((k) => k[column])).size).toBe(NODE_KINDS.length);
    }
  });

  it('an id built for a kind is read back as that kind, its label and nothing else', () => {
    for (const { kind, label } of NODE_KINDS) {
      const id = nodeId(kind, '上海市嘉定区', 'x:y', 3);
      expect(kindOfId(id)).toBe(kind);
      expect(labelOfId(id)).toBe(label);
      expect(kindOfLabel(labelOfKind(kind))).toBe(kind);
      expect(NODE_KINDS.filter((k) => isIdOf(k.kind, id)).map((k) => k.kind)).toEqual([kind]);
    }
  });

  it('reads no kind off an id without a known prefix', () => {
    for (const id of ['', 'task', 'nokind:1', ':1', 'Task:1', 'projx:1']) {
      expect(kindOfId(id)).toBeNull();
      expect(labelOfId(id)).toBeNull();
    }
    expect(kindOfLabel('Nobody')).toBeNull();
  });

  it.each([
    ['000_27008efcf6a828d5.txt', 'doc:000_27008efcf6a828d5'],
    ['reports/2021.txt', 'doc:reports/2021'],
    ['reports\\2021.txt', 'doc:reports/2021'],
    ['twin.md', 'doc:twin.md'],
    ['a.txt.bak', 'doc:a.txt.bak'],
  ])('documentId(%s) = %s, and docBase takes the prefix off again', (file, id) => {
    expect(documentId(file)).toBe(id);
    expect(docBase(id)).toBe(id.slice('doc:'.length));
  });

  it('the searchable labels are node labels', () => {
    for (const label of SEARCHABLE_LABELS) expect(kindOfLabel(label)).not.toBeNull();
  });
});
