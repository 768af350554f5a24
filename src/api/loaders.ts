import DataLoader from 'dataloader';
import type { GraphStore } from '../store/GraphStore.js';
import type {
  AssignmentRow, PersonRow, DocumentRow, DocumentText, LocatedRow, MentionRow, PlaceRow, ProjectRow, ResponsibilityRow, SectionRow, TargetRow,
  TaskRow, UnitRelationRow, UnitRow,
} from '../store/rows.js';
import type { PairScope } from './analysis/types.js';

/**
 * One set of batching loaders per request: every resolver of one level asks its
 * loader, and the loader sends one store query for all of them. The number of
 * round trips grows with a query's depth, not with the items it returns.
 */
export interface Loaders {
  document: DataLoader<string, DocumentRow | null>;
  /** Canonical texts, apart from the rows (they can be megabytes; asked only by Document.text and Evidence.context). */
  documentText: DataLoader<string, DocumentText | null>;
  section: DataLoader<string, SectionRow | null>;
  task: DataLoader<string, TaskRow | null>;
  unit: DataLoader<string, UnitRow | null>;
  project: DataLoader<string, ProjectRow | null>;
  place: DataLoader<string, PlaceRow | null>;
  target: DataLoader<string, TargetRow | null>;
  person: DataLoader<string, PersonRow | null>;
  /** The people named on each task, in printed order. */
  assignmentsByTask: DataLoader<string, AssignmentRow[]>;
  /** The tasks each person is named on, newest first (pages are cut per person). */
  assignmentsByPerson: DataLoader<string, AssignmentRow[]>;
  responsibilitiesByTask: DataLoader<string, ResponsibilityRow[]>;
  targetsByTask: DataLoader<string, TargetRow[]>;
  mentionsByTask: DataLoader<string, MentionRow[]>;
  mentionsByProject: DataLoader<string, MentionRow[]>;
  taskIdsByUnit: DataLoader<string, string[]>;
  /** The tasks that concern a project; primes `task` and `responsibilitiesByTask` with them. */
  taskIdsByProject: DataLoader<string, string[]>;
  unitIdsByProject: DataLoader<string, string[]>;
  placeIdsOf: DataLoader<string, string[]>;
  childPlaceIds: DataLoader<string, string[]>;
  locatedIn: DataLoader<string, LocatedRow[]>;
  unitRelations: DataLoader<string, UnitRelationRow[]>;
  /** For a unit id: the place it governs; for a place id: the unit governing it. */
  administers: DataLoader<string, string[]>;
  /** The tasks a unit pair shares within a scope, in document order (all pairs of a request in one query per scope; primes `task`). */
  sharedTasks: DataLoader<{ a: string; b: string; scope: PairScope }, TaskRow[], string>;
}

/** How each loader is made over a request's store (`loaders`: the same request's others, which some prime). */
const MAKERS: { [K in keyof Loaders]: (store: GraphStore, loaders: Loaders) => Loaders[K] } = {
  document: (store) => byId((ids) => store.documentsByIds(ids)),
  documentText: (store) => byId((ids) => store.documentTexts(ids)),
  section: (store) => byId((ids) => store.sectionsByIds(ids)),
  task: (store) => byId((ids) => store.tasksByIds(ids)),
  unit: (store) => byId((ids) => store.unitsByIds(ids)),
  project: (store) => byId((ids) => store.projectsByIds(ids)),
  place: (store) => byId((ids) => store.placesByIds(ids)),
  target: (store) => byId((ids) => store.targetsByIds(ids)),
  person: (store) => byId((ids) => store.personsByIds(ids)),
  assignmentsByTask: (store) => grouped((ids) => store.assignmentsByTaskIds(ids), (r) => [r.taskId]),
  assignmentsByPerson: (store) => grouped((ids) => store.assignmentsByPersonIds(ids), (r) => [r.personId]),
  responsibilitiesByTask: (store) => grouped((ids) => store.responsibilitiesByTaskIds(ids), (r) => [r.taskId]),
  targetsByTask: (store) => grouped((ids) => store.targetsByTaskIds(ids), (r) => [r.taskId]),
  mentionsByTask: (store) => grouped((ids) => store.mentionsByTaskIds(ids), (r) => [r.taskId]),
  mentionsByProject: (store) => grouped((ids) => store.mentionsByProjectIds(ids), (r) => [r.projectId]),
  taskIdsByUnit: (store) => fromMap((ids) => store.taskIdsByUnitIds(ids)),
  taskIdsByProject: (store, loaders) => new DataLoader(async (ids: readonly string[]) => {
    const { tasksByProject, responsibilities } = await store.projectTasks(ids);
    const byTask = new Map<string, ResponsibilityRow[]>();
    for (const list of tasksByProject.values()) for (const t of list) byTask.set(t.id, []);
    for (const r of responsibilities) byTask.get(r.taskId)?.push(r);
    for (const list of tasksByProject.values()) {
      for (const t of list) {
        loaders.task.prime(t.id, t);
        loaders.responsibilitiesByTask.prime(t.id, byTask.get(t.id)!);
      }
    }
    return ids.map((id) => (tasksByProject.get(id) ?? []).map((t) => t.id));
  }),
  unitIdsByProject: (store) => fromMap((ids) => store.unitIdsByProjectIds(ids)),
  placeIdsOf: (store) => fromMap((ids) => store.placeIdsOf(ids)),
  childPlaceIds: (store) => fromMap((ids) => store.childPlaceIds(ids)),
  locatedIn: (store) => grouped((ids) => store.locatedIn(ids), (r) => [r.placeId]),
  unitRelations: (store) => grouped((ids) => store.unitRelations(ids), (r) => [r.fromId, r.toId]),
  sharedTasks: (store, loaders) => new DataLoader(
    async (keys: ReadonlyArray<{ a: string; b: string; scope: PairScope }>) => {
      const byScope = new Map<string, { scope: PairScope; pairs: Array<{ a: string; b: string }> }>();
      for (const k of keys) {
        const scopeKey = JSON.stringify(k.scope);
        const entry = byScope.get(scopeKey) ?? { scope: k.scope, pairs: [] };
        entry.pairs.push({ a: k.a, b: k.b });
        byScope.set(scopeKey, entry);
      }
      const found = new Map<string, TaskRow[]>();
      for (const [scopeKey, { scope, pairs }] of byScope) {
        for (const [pair, tasks] of await store.tasksSharedBy(pairs, scope)) {
          for (const t of tasks) loaders.task.prime(t.id, t);
          found.set(`${scopeKey}|${pair}`, tasks);
        }
      }
      return keys.map((k) => found.get(`${JSON.stringify(k.scope)}|${k.a}|${k.b}`) ?? []);
    },
    { cacheKeyFn: (k) => `${JSON.stringify(k.scope)}|${k.a}|${k.b}` },
  ),
  administers: (store) => new DataLoader(async (ids: readonly string[]) => {
    const pairs = await store.administers(ids);
    return ids.map((id) => pairs.flatMap((p) => (p.unitId === id ? [p.placeId] : p.placeId === id ? [p.unitId] : [])));
  }),
};

/**
 * One request's loaders, each made the first time a resolver asks for it: most requests use
 * two or three of them, and making all 25 (each a DataLoader with its maps and closures) was
 * a few µs of every request.
 */
export function createLoaders(store: GraphStore): Loaders {
  return new RequestLoaders(store) as RequestLoaders & Loaders;
}

// Private: the getters named after MAKERS' keys are defined on the prototype once, below.
class RequestLoaders {
  readonly made = new Map<keyof Loaders, Loaders[keyof Loaders]>();
  constructor(readonly store: GraphStore) {}
}

for (const key of Object.keys(MAKERS) as Array<keyof Loaders>) {
  Object.defineProperty(RequestLoaders.prototype, key, {
    get(this: RequestLoaders & Loaders) {
      let loader = this.made.get(key);
      if (!loader) this.made.set(key, (loader = MAKERS[key](this.store, this)));
      return loader;
    },
  });
}

// Private: a loader returning, for each id, its row or null when there is none.
function byId<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids: readonly string[]) => {
    const found = new Map((await fetch(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

// Private: a loader returning, for each key, the rows filed under it (a row may be filed under several keys).
function grouped<T>(fetch: (ids: readonly string[]) => Promise<T[]>, keys: (row: T) => string[]): DataLoader<string, T[]> {
  return new DataLoader(async (ids: readonly string[]) => {
    const out = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of await fetch(ids)) for (const key of new Set(keys(row))) out.get(key)?.push(row);
    return ids.map((id) => out.get(id) ?? []);
  });
}

// Private: a loader over a store method that already answers id → list.
function fromMap(fetch: (ids: readonly string[]) => Promise<Map<string, string[]>>): DataLoader<string, string[]> {
  return new DataLoader(async (ids: readonly string[]) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id) ?? []);
  });
}
