import type { GraphStore } from '../../src/store/GraphStore.js';
import type { QueryParams } from './queries.js';

/** Picks the busiest unit, project and year of the loaded graph, that unit's first task's document, and a search text from that project's name. */
export async function pickParams(store: GraphStore): Promise<QueryParams> {
  const [units, projects, years] = await Promise.all([
    store.units({}, { offset: 0, limit: 1 }, 'TASKS_DESC'),
    store.projects({}, { offset: 0, limit: 1 }, 'MENTIONS_DESC'),
    store.statsByYear(),
  ]);
  const unit = units.rows[0];
  const project = projects.rows[0];
  const year = [...years].sort((a, b) => b.tasks - a.tasks || a.year - b.year)[0];
  if (!unit || !project || !year) throw new Error('the graph has no units, projects or years to query');
  const task = (await store.tasks({ unitId: unit.id }, { offset: 0, limit: 1 })).rows[0];
  if (!task) throw new Error(`the busiest unit ${unit.id} has no tasks to query`);
  // The project's name without its leading place (e.g. 嘉定区…): the part a user would type.
  const chars = [...project.name];
  const start = chars.length > 6 ? 3 : 0;
  return { unitId: unit.id, projectId: project.id, documentId: task.documentId, year: year.year, searchText: chars.slice(start, start + 4).join('') };
}
