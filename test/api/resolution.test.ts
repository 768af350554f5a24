import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededServer, type SeededServer } from '../helpers/seededServer.js';
import type { GraphQLBody } from '../helpers/seededServer.js';

/* `resolution` on Unit and Project over real HTTP: how each canonical node was formed. */

interface Surface { surface: string; rule: string; uses: number; documents: Array<{ id: string }> }
interface Resolution { rule: string; surfaces: Surface[] }
interface UnitNode { id: string; name: string; aliases: string[]; rule: string; resolution: Resolution; tasks: { totalCount: number } }
interface ProjectNode { id: string; rule: string; mentions: Array<{ surface: string; document: { id: string } }>; resolution: Resolution }

const RESOLUTION = 'resolution { rule surfaces { surface rule uses documents { id } } }';
let s: SeededServer;

/** Every node of a root connection, a page of 100 at a time (a page of 500 with these lists is over the cost limit). */
async function allNodes<T>(field: 'units' | 'projects', selection: string): Promise<{ nodes: T[]; documents: string[] }> {
  const nodes: T[] = [];
  const documents: string[] = [];
  let after: string | null = null;
  for (;;) {
    type Page = { [k: string]: { nodes: T[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const body: GraphQLBody<Page> = await s.query<Page>(`query($after: String) { ${field}(first: 100, after: $after) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`, { after });
    expect(body.errors).toBeUndefined();
    const page: Page[string] = body.data![field]!;
    nodes.push(...page.nodes);
    documents.push(...(body.extensions as { receipt: { documents: string[] } }).receipt.documents);
    if (!page.pageInfo.hasNextPage) return { nodes, documents };
    after = page.pageInfo.endCursor;
  }
}
beforeAll(async () => {
  s = await startSeededServer();
});
afterAll(async () => {
  await s?.close();
});

describe('resolution', () => {
  it('shows, for every unit, each printed name joined into it, the rule, and the documents; one use per task it is responsible for', async () => {
    const { nodes: units, documents: receipt } = await allNodes<UnitNode>('units', `id name aliases rule tasks(first: 1) { totalCount } ${RESOLUTION}`);
    expect(units.length).toBeGreaterThan(0);
    for (const u of units) {
      expect(u.resolution.rule).toBe(u.rule);
      // One responsibility per unit per task: the uses of its printed names add up to its tasks.
      expect(u.resolution.surfaces.reduce((n, f) => n + f.uses, 0)).toBe(u.tasks.totalCount);
      for (const f of u.resolution.surfaces) {
        expect([u.name, ...u.aliases]).toContain(f.surface);
        expect(f.rule).not.toBe('');
        expect(f.documents.length).toBeGreaterThan(0);
      }
    }
    expect(units.some((u) => u.resolution.surfaces.some((f) => f.surface !== u.name))).toBe(true);
    // The documents cited come back in the receipt.
    const cited = new Set(units.flatMap((u) => u.resolution.surfaces.flatMap((f) => f.documents.map((d) => d.id))));
    for (const d of cited) expect(receipt).toContain(d);
  });

  it('shows, for every project, the printed names its mentions used, per document', async () => {
    const { nodes: projects } = await allNodes<ProjectNode>('projects', `id rule mentions { surface document { id } } ${RESOLUTION}`);
    expect(projects.length).toBeGreaterThan(0);
    for (const p of projects) {
      const fromMentions = [...new Set(p.mentions.map((m) => `${m.surface}|${m.document.id}`))].sort();
      const fromResolution = p.resolution.surfaces.flatMap((f) => f.documents.map((d) => `${f.surface}|${d.id}`)).sort();
      expect(fromResolution).toEqual(fromMentions);
      expect(p.resolution.surfaces.reduce((n, f) => n + f.uses, 0)).toBe(p.mentions.length);
    }
  });
});
