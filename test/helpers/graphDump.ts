import type { GraphStore } from '../../src/store/GraphStore.js';

const ALL = { offset: 0, limit: 100_000 };

/**
 * A canonical, order-free picture of a graph: counts per node and edge type, every shared
 * node with its names and rule, and the derived summaries (unit-pair totals, project years).
 * Two graphs holding the same facts give equal dumps whatever order they were loaded in.
 */
export async function graphDump(store: GraphStore) {
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const units = (await store.units({}, ALL)).rows.map((u) => ({ ...u, aliases: [...u.aliases].sort() }));
  const projects = (await store.projects({}, ALL)).rows.map((p) => ({ ...p, aliases: [...p.aliases].sort() }));
  const places = (await store.places({}, ALL)).rows.map((p) => p.id).sort();
  const pairs = (await store.sharedPairs(null, { minShared: 1, limit: 100_000 }))
    .map((p) => `${p.a}|${p.b}|${p.sharedCount}|${[...p.years].sort().join(',')}`).sort();
  const projectYears = (await store.recurringProjects({ minYears: 1 }))
    .map((r) => `${r.project.id}|${[...r.years].sort().join(',')}`).sort();
  return { counts: await store.counts(), units: byId(units), projects: byId(projects), places, pairs, projectYears, years: await store.statsByYear() };
}
