import { loadCorpus } from '../../src/load/loadCorpus.js';
import type { DocumentMeta, MentionRecord, ProjectRecord } from '../../src/ingest/records.js';
import type { RecurringProject } from '../../src/ingest/resolve/recurringProjects.js';
import { openStore } from '../../src/store/openStore.js';
import { tempDir } from './tempDir.js';

/**
 * Loads documents into a temporary Kùzu graph exactly as `npm run ingest` would,
 * asks the store which projects recur (at least two years), and returns them in
 * the shape the recurring-project scorer reads. The graph is removed afterwards.
 */
export async function recurringThroughGraph(docs: ReadonlyArray<{ path: string; meta: DocumentMeta }>): Promise<RecurringProject[]> {
  const dir = tempDir('dutygraph-eval-');
  const store = await openStore({ backend: 'kuzu', dataDir: dir.path });
  try {
    const metaByPath = new Map(docs.map((d) => [d.path.split('/').pop()!, d.meta]));
    const summary = await loadCorpus(store, docs.map((d) => d.path), { metaFor: (file) => metaByPath.get(file) ?? {} });
    if (summary.failures.length > 0) throw new Error(summary.failures.map((f) => `${f.file}: ${f.reason}`).join('; '));
    const recurring = await store.recurringProjects({ minYears: 2 });
    const ids = recurring.map((r) => r.projectId);
    const [projects, mentions] = await Promise.all([store.projectsByIds(ids), store.mentionsByProjectIds(ids)]);
    const byId = new Map(projects.map((p) => [p.id, p]));
    return recurring.map((r) => {
      const project: ProjectRecord = byId.get(r.projectId)!;
      const own: MentionRecord[] = mentions
        .filter((m) => m.projectId === r.projectId)
        .map((m) => ({
          projectId: m.projectId, taskId: m.taskId, documentId: m.evidence.documentId, year: m.year, surface: m.surface,
          status: m.status, evidence: m.evidence,
        }));
      return { project, years: r.years, mentions: own };
    });
  } finally {
    await store.close();
    dir.remove();
  }
}
