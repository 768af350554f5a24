import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededServer, type SeededServer } from '../helpers/seededServer.js';

/* `resolution` on Unit and Project over real HTTP: how each canonical node was formed. */

interface Surface { surface: string; rule: string; uses: number; documents: Array<{ id: string }> }
interface Resolution { rule: string; surfaces: Surface[] }
interface UnitNode { id: string; name: string; aliases: string[]; rule: string; resolution: Resolution; tasks: { totalCount: number } }
interface ProjectNode { id: string; rule: string; mentions: Array<{ surface: string; document: { id: string } }>; resolution: Resolution }

const RESOLUTION = 'resolution { rule surfaces { surface rule uses documents { id } } }';
let s: SeededServer;
beforeAll(async () => {
  s = await startSeededServer();
});
afterAll(async () => {
  await s?.close();
});

describe('resolution', () => {
  it('shows, for every unit, each printed name joined into it, the rule, and the documents; one use per task it is responsible for', async () => {
    const body = await s.query<{ units: { nodes: UnitNode[] } }>(`{ units(first: 500) { nodes { id name aliases rule tasks(first: 1) { totalCount } ${RESOLUTION} } } }`);
    expect(body.errors).toBeUndefined();
    const units = body.data!.units.nodes;
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
    const receipt = (body.extensions as { receipt: { documents: string[] } }).receipt.documents;
    for (const d of cited) expect(receipt).toContain(d);
  });

  it('shows, for every project, the printed names its mentions used, per document', async () => {
    const body = await s.query<{ projects: { nodes: ProjectNode[] } }>(`{ projects(first: 500) { nodes { id rule mentions { surface document { id } } ${RESOLUTION} } } }`);
    expect(body.errors).toBeUndefined();
    for (const p of body.data!.projects.nodes) {
      const fromMentions = [...new Set(p.mentions.map((m) => `${m.surface}|${m.document.id}`))].sort();
      const fromResolution = p.resolution.surfaces.flatMap((f) => f.documents.map((d) => `${f.surface}|${d.id}`)).sort();
      expect(fromResolution).toEqual(fromMentions);
      expect(p.resolution.surfaces.reduce((n, f) => n + f.uses, 0)).toBe(p.mentions.length);
    }
  });
});
