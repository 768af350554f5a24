import { groupSurfaces } from '../../src/api/analysis/groupSurfaces.js';
import type { SurfaceValue } from '../../src/api/analysis/groupSurfaces.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import type { SurfaceRow } from '../../src/store/rows.js';

/** One canonical node and how it was formed. */
export interface MergeEntry {
  kind: 'unit' | 'project';
  id: string;
  name: string;
  region: string;
  /** The rule recorded on the node. */
  rule: string;
  surfaces: Array<Omit<SurfaceValue, 'documentIds'> & { documents: string[] }>;
}

const PAGE = 1_000;

/**
 * Every canonical unit and/or project (in one region, or all), each with the printed forms it
 * absorbed, the rule that joined each and the documents printing it; read page by page so a
 * large graph is never asked for in one answer. Sorted by kind, region, name.
 */
export async function listMerges(store: GraphStore, options: { region?: string; kinds: ReadonlyArray<'unit' | 'project'> }): Promise<MergeEntry[]> {
  const out: MergeEntry[] = [];
  const filter = { region: options.region ?? null };
  for (const kind of options.kinds) {
    const entries: MergeEntry[] = [];
    for (let offset = 0; ; offset += PAGE) {
      const page = kind === 'unit' ? await store.units(filter, { offset, limit: PAGE }) : await store.projects(filter, { offset, limit: PAGE });
      if (page.rows.length === 0) break;
      const ids = page.rows.map((r) => r.id);
      const rows: SurfaceRow[] = kind === 'unit' ? await store.unitSurfaces(ids) : await store.projectSurfaces(ids);
      const grouped = groupSurfaces(rows);
      for (const r of page.rows) {
        const surfaces = (grouped.get(r.id) ?? []).map(({ documentIds, ...s }) => ({ ...s, documents: documentIds }));
        entries.push({ kind, id: r.id, name: r.name, region: r.region ?? '', rule: r.rule, surfaces });
      }
      if (offset + page.rows.length >= page.totalCount) break;
    }
    entries.sort((a, b) => cmp(a.region, b.region) || cmp(a.name, b.name) || cmp(a.id, b.id));
    out.push(...entries);
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
