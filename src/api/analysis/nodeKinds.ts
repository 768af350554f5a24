import type { NodeKindValue } from './types.js';

/** Each kind of node: its id prefix, its store label and its GraphQL type. */
const KINDS: ReadonlyArray<{ kind: NodeKindValue; prefix: string; label: string }> = [
  { kind: 'DOCUMENT', prefix: 'doc', label: 'Document' },
  { kind: 'SECTION', prefix: 'sec', label: 'Section' },
  { kind: 'TASK', prefix: 'task', label: 'Task' },
  { kind: 'UNIT', prefix: 'unit', label: 'Unit' },
  { kind: 'PROJECT', prefix: 'proj', label: 'Project' },
  { kind: 'PLACE', prefix: 'place', label: 'Place' },
  { kind: 'TARGET', prefix: 'target', label: 'Target' },
];

const BY_PREFIX = new Map(KINDS.map((k) => [k.prefix, k]));
const BY_LABEL = new Map(KINDS.map((k) => [k.label, k]));
const BY_KIND = new Map(KINDS.map((k) => [k.kind, k]));

/** The kind a global id names by its prefix (`task:…` → TASK), or null. */
export function kindOfId(id: string): NodeKindValue | null {
  return BY_PREFIX.get(id.slice(0, id.indexOf(':')))?.kind ?? null;
}

/** The kind of a store label (`Task` → TASK), or null. */
export function kindOfLabel(label: string): NodeKindValue | null {
  return BY_LABEL.get(label)?.kind ?? null;
}

/** The store label / GraphQL type name of a kind (TASK → `Task`). */
export function labelOfKind(kind: NodeKindValue): string {
  return BY_KIND.get(kind)!.label;
}
