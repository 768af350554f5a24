import type { SurfaceRow } from '../../store/rows.js';

/** One printed form joined into a node, with the documents printing it. */
export interface SurfaceValue {
  surface: string;
  rule: string;
  uses: number;
  /** Ascending. */
  documentIds: string[];
}

/** How a node was formed: the rule on the node, and its printed forms. */
export interface ResolutionValue {
  rule: string;
  surfaces: SurfaceValue[];
}

/**
 * The store's per-document surface rows grouped per node, then per (surface, rule), with
 * their documents and uses summed: what `resolution` and `npm run merges` show. Sorted by
 * surface then rule (code-point order), so the answer does not depend on the store's order.
 */
export function groupSurfaces(rows: readonly SurfaceRow[]): Map<string, SurfaceValue[]> {
  const byNode = new Map<string, Map<string, SurfaceValue>>();
  for (const r of rows) {
    const forms = byNode.get(r.nodeId) ?? byNode.set(r.nodeId, new Map()).get(r.nodeId)!;
    const key = `${r.surface}\u0000${r.rule}`;
    const v = forms.get(key) ?? forms.set(key, { surface: r.surface, rule: r.rule, uses: 0, documentIds: [] }).get(key)!;
    v.uses += r.uses;
    if (!v.documentIds.includes(r.documentId)) v.documentIds.push(r.documentId);
  }
  const out = new Map<string, SurfaceValue[]>();
  for (const [id, forms] of byNode) {
    const list = [...forms.values()].map((v) => ({ ...v, documentIds: [...v.documentIds].sort(byCodePoint) }));
    list.sort((a, b) => byCodePoint(a.surface, b.surface) || byCodePoint(a.rule, b.rule));
    out.set(id, list);
  }
  return out;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
