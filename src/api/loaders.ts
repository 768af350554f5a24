import DataLoader from 'dataloader';
import type {
  DocumentRow, GraphStore, ResponsibilityRow, SectionRow, TaskRow, UnitRow,
} from '../store/GraphStore.js';

/**
 * One set of batching loaders per request: every resolver of one level asks its
 * loader, and the loader sends one store query for all of them. The number of
 * round trips grows with a query's depth, not with the items it returns.
 */
export interface Loaders {
  document: DataLoader<string, DocumentRow | null>;
  task: DataLoader<string, TaskRow | null>;
  unit: DataLoader<string, UnitRow | null>;
  section: DataLoader<string, SectionRow | null>;
  responsibilitiesByTask: DataLoader<string, ResponsibilityRow[]>;
  taskIdsByUnit: DataLoader<string, string[]>;
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    document: byId((ids) => store.documentsByIds(ids)),
    task: byId((ids) => store.tasksByIds(ids)),
    unit: byId((ids) => store.unitsByIds(ids)),
    section: byId((ids) => store.sectionsByIds(ids)),
    responsibilitiesByTask: new DataLoader(async (taskIds: readonly string[]) => {
      const rows = await store.responsibilitiesByTaskIds(taskIds);
      const grouped = groupBy(rows, (r) => r.taskId);
      return taskIds.map((id) => grouped.get(id) ?? []);
    }),
    taskIdsByUnit: new DataLoader(async (unitIds: readonly string[]) => {
      const byUnit = await store.taskIdsByUnitIds(unitIds);
      return unitIds.map((id) => byUnit.get(id) ?? []);
    }),
  };
}

// Private: a loader returning, for each id, its row or null when there is none.
function byId<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids: readonly string[]) => {
    const found = new Map((await fetch(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

// Private: rows grouped by a key, keeping their order.
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = out.get(k);
    if (list) list.push(row);
    else out.set(k, [row]);
  }
  return out;
}
