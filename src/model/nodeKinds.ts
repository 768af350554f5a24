/**
 * The one table of node kinds: each kind's GraphQL `NodeKind` value, the prefix of its ids and
 * its store label (also its GraphQL type name). Ids are deterministic strings prefixed by their
 * kind, so ingesting a document twice yields the same ids and a node's kind can be read off
 * its id (`task:…` → TASK) without asking the store.
 */
export const NODE_KINDS = [
  { kind: 'DOCUMENT', prefix: 'doc', label: 'Document' },
  { kind: 'SECTION', prefix: 'sec', label: 'Section' },
  { kind: 'TASK', prefix: 'task', label: 'Task' },
  { kind: 'UNIT', prefix: 'unit', label: 'Unit' },
  { kind: 'PROJECT', prefix: 'proj', label: 'Project' },
  { kind: 'PLACE', prefix: 'place', label: 'Place' },
  { kind: 'TARGET', prefix: 'target', label: 'Target' },
  { kind: 'PERSON', prefix: 'person', label: 'Person' },
] as const;

export type NodeKindEntry = (typeof NODE_KINDS)[number];
/** `DOCUMENT`, `TASK`, … (the GraphQL `NodeKind` enum). */
export type NodeKind = NodeKindEntry['kind'];
/** `Document`, `Task`, … (the store's node label and the GraphQL type name). */
export type NodeLabel = NodeKindEntry['label'];

const BY_KIND = new Map<string, NodeKindEntry>(NODE_KINDS.map((k) => [k.kind, k]));
const BY_PREFIX = new Map<string, NodeKindEntry>(NODE_KINDS.map((k) => [k.prefix, k]));
const BY_LABEL = new Map<string, NodeKindEntry>(NODE_KINDS.map((k) => [k.label, k]));

// Private: the table row of a kind (every NodeKind has one: the map is built from the table).
function entryOf(kind: NodeKind): NodeKindEntry {
  return BY_KIND.get(kind)!;
}

/**
 * The id of a node of `kind` with key parts joined by `:` — `nodeId('TASK', base, 3)` →
 * `task:<base>:3`. The keys each kind uses (records.ts): sections, tasks and targets
 * `<doc base>:<n>`; units and persons `<region or document id>:<name>`; projects `<region>:<key>`; places
 * one key (division code, or region and name run together: `place:上海市嘉定区安亭镇`).
 * Documents are named by their file: use `documentId`.
 */
export function nodeId(kind: NodeKind, ...key: ReadonlyArray<string | number>): string {
  return `${entryOf(kind).prefix}:${key.join(':')}`;
}

/**
 * `doc:` + the document's name (its file name, or folder/file: src/load/collectFiles.ts), `.txt`
 * dropped: `000_27008efcf6a828d5.txt` → `doc:000_27008efcf6a828d5`, `reports/2021.txt` →
 * `doc:reports/2021`. Any other ending stays, so `twin.txt` and `twin.md` are two documents.
 */
export function documentId(file: string): string {
  return nodeId('DOCUMENT', file.replaceAll('\\', '/').replace(/\.txt$/, ''));
}

/** The `<docbase>` part of a document id (the key its sections', tasks' and targets' ids start with). */
export function docBase(docId: string): string {
  const prefix = `${entryOf('DOCUMENT').prefix}:`;
  return docId.startsWith(prefix) ? docId.slice(prefix.length) : docId;
}

/** The kind a global id names by its prefix (`task:…` → TASK), or null. */
export function kindOfId(id: string): NodeKind | null {
  const colon = id.indexOf(':');
  return colon < 0 ? null : BY_PREFIX.get(id.slice(0, colon))?.kind ?? null;
}

/** Whether `id` is the id of a node of `kind` (`isIdOf('PROJECT', 'proj:…')`). */
export function isIdOf(kind: NodeKind, id: string): boolean {
  return id.startsWith(`${entryOf(kind).prefix}:`);
}

/** The kind of a store label (`Task` → TASK), or null for a label of no kind. */
export function kindOfLabel(label: NodeLabel): NodeKind;
export function kindOfLabel(label: string): NodeKind | null;
export function kindOfLabel(label: string): NodeKind | null {
  return BY_LABEL.get(label)?.kind ?? null;
}

/** The store label / GraphQL type name of a kind (TASK → `Task`). */
export function labelOfKind(kind: NodeKind): NodeLabel {
  return entryOf(kind).label;
}

/** The store label of the node an id names (`proj:…` → `Project`), or null for an id of no kind. */
export function labelOfId(id: string): NodeLabel | null {
  const kind = kindOfId(id);
  return kind === null ? null : labelOfKind(kind);
}

/** The labels text search covers (names, aliases, titles, task text); sections and targets are found through their task. */
export const SEARCHABLE_LABELS = ['Unit', 'Person', 'Project', 'Place', 'Document', 'Task'] as const satisfies readonly NodeLabel[];
export type SearchableLabel = (typeof SEARCHABLE_LABELS)[number];
