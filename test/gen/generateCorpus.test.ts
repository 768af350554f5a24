import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatTruth } from '../../src/gen/formatTruth.js';
import { buildProjects } from '../../src/gen/buildProjects.js';
import { buildRegion } from '../../src/gen/buildRegion.js';
import { planCorpus } from '../../src/gen/planCorpus.js';
import { streamRng } from '../../src/gen/rng.js';
import { LAYOUTS } from '../../src/gen/types.js';
import type { Corpus } from './helpers.js';
import { corpus } from './helpers.js';

// Private: one hash over every file the corpus would write.
function digest(c: Corpus): string {
  const h = createHash('sha256');
  for (const d of c.docs) h.update(d.file).update(d.text).update(formatTruth(d.truth)).update(JSON.stringify(d.meta));
  for (const r of c.recurring) h.update(r.file).update(JSON.stringify(r.truth));
  return h.digest('hex');
}

const squash = (s: string): string => s.replace(/\s+/g, '');

describe('determinism', () => {
  it('the same seed gives byte-identical output', () => {
    const a = digest(corpus({ tasks: 2000, seed: 5 }));
    // A fresh run (a different cache key for the same options), not the cached one.
    expect(digest(corpus({ tasks: 2000, seed: 5, years: [2015, 2025] }))).toBe(a);
  });
  it('a different seed gives different output', () => {
    expect(digest(corpus({ tasks: 2000, seed: 6 }))).not.toBe(digest(corpus({ tasks: 2000, seed: 5 })));
  });
  it('regions draw their own units: 30–60 of them, ranked differently per region and seed', () => {
    const a = buildRegion(9, 3, [2015, 2025]);
    expect(a.units.length).toBeGreaterThanOrEqual(30);
    expect(a.units.length).toBeLessThanOrEqual(60);
    expect(buildRegion(10, 3, [2015, 2025]).units.map((u) => u.name)).not.toEqual(a.units.map((u) => u.name));
    expect(buildRegion(9, 4, [2015, 2025]).units.map((u) => u.name)).not.toEqual(a.units.map((u) => u.name));
  });
});

describe('task counts', () => {
  it.each([1, 7, 100, 2000, 12_345])('%i tasks requested → exactly that many gold tasks', (n) => {
    const plan = planCorpus({ tasks: n, seed: 1 });
    expect(plan.docs.reduce((a, d) => a + d.tasks, 0)).toBe(n);
    if (n <= 2000) expect(corpus({ tasks: n, seed: 1 }).docs.reduce((a, d) => a + d.truth.tasks.length, 0)).toBe(n);
  });
  it('a 5,000-task corpus uses every layout and several regions and years', () => {
    const c = corpus({ tasks: 5000, seed: 2 });
    expect(new Set(c.docs.map((d) => d.meta.layout))).toEqual(new Set(LAYOUTS));
    expect(new Set(c.docs.map((d) => d.meta.region)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(c.docs.map((d) => d.meta.year)).size).toBe(11);
  });
});

describe('gold files', () => {
  const c = corpus({ tasks: 2000, seed: 3 });
  it('every task prints 1–5 distinct units, or none (target lists without clauses, reports)', () => {
    for (const d of c.docs) {
      for (const t of d.truth.tasks) {
        expect(t.units.length).toBeLessThanOrEqual(5);
        expect(new Set(t.units).size).toBe(t.units.length);
        if (d.meta.layout !== 'narrative' && d.meta.layout !== 'target-list') expect(t.units.length).toBeGreaterThanOrEqual(1);
        // Lead and support are a split of the printed units, never new names.
        expect([...t.lead, ...t.support].every((u) => t.units.includes(u))).toBe(true);
      }
    }
  });
  it('every text_start is at most 20 characters and printed in the document', () => {
    for (const d of c.docs) {
      const text = squash(d.text);
      for (const t of d.truth.tasks) {
        expect(t.text_start.length).toBeLessThanOrEqual(20);
        expect(text.includes(squash(t.text_start))).toBe(true);
      }
    }
  });
  it('only target lists carry `starred`, and some of their items are ★', () => {
    const starred = c.docs.flatMap((d) => d.truth.tasks.filter((t) => t.starred));
    expect(starred.length).toBeGreaterThan(0);
    for (const d of c.docs) expect(d.truth.tasks.every((t) => (t.starred !== undefined) === (d.meta.layout === 'target-list'))).toBe(true);
  });
  it('formats as JSON that parses back to the same record', () => {
    const d = c.docs[0]!;
    expect(JSON.parse(formatTruth(d.truth))).toEqual(d.truth);
  });
});

describe('Zipf-like workload', () => {
  const c = corpus({ tasks: 20_000, seed: 4, regions: 3 });
  it('in every region the top unit carries far more tasks than the median unit', () => {
    for (const region of new Set(c.docs.map((d) => d.meta.region))) {
      const counts = new Map<string, number>();
      for (const d of c.docs) if (d.meta.region === region) for (const t of d.truth.tasks) for (const u of t.units) counts.set(u, (counts.get(u) ?? 0) + 1);
      const sorted = [...counts.values()].sort((a, b) => b - a);
      const median = sorted[Math.floor(sorted.length / 2)]!;
      expect(sorted[0]!).toBeGreaterThan(10 * median);
      expect(sorted[0]!).toBeGreaterThan(1000);
    }
  });
  it('units per task run 1–5 with 1 the most common', () => {
    const hist = [0, 0, 0, 0, 0, 0];
    for (const d of c.docs) if (d.meta.layout !== 'flat-table') for (const t of d.truth.tasks) if (t.units.length) hist[t.units.length]!++;
    expect(hist[0]).toBe(0);
    expect(hist[1]!).toBeGreaterThan(hist[2]!);
    expect(hist[2]!).toBeGreaterThan(hist[5]!);
    expect(hist[5]!).toBeGreaterThan(0);
  });
});

describe('recurring projects', () => {
  const c = corpus({ tasks: 20_000, seed: 4, regions: 3 });
  const core = c.recurring.flatMap((r) => r.truth.core);
  it('one answer key per region, listing that region\'s documents', () => {
    expect(c.recurring).toHaveLength(3);
    for (const r of c.recurring) {
      const docs = c.docs.filter((d) => d.meta.region === r.truth.region);
      expect(Object.keys(r.truth.documents)).toEqual(docs.map((d) => d.file));
    }
  });
  it('projects recur across 2–8 years, most under at least two spellings', () => {
    expect(core.length).toBeGreaterThan(50);
    for (const p of core) {
      expect(p.years.length).toBeGreaterThanOrEqual(2);
      expect(p.years.length).toBeLessThanOrEqual(8);
    }
    const varied = core.filter((p) => new Set(Object.values(p.surfaces).flat()).size >= 2).length;
    expect(varied / core.length).toBeGreaterThan(0.7);
  });
  it('a road code names one road in a region (the resolver keys a highway by its code)', () => {
    // Many pools, so that two roads drawing one code would show (~1 pool in 60 before).
    let roads = 0;
    for (let k = 0; k < 600; k++) {
      const pool = buildProjects(streamRng(1, 'projects', k), '嘉定', ['南翔镇', '安亭镇'], [2015, 2025]);
      const codes = pool.filter((p) => p.form === 'code-road').map((p) => p.code);
      roads += codes.length;
      expect(new Set(codes).size, `pool ${k}: ${codes.join(' ')}`).toBe(codes.length);
    }
    expect(roads).toBeGreaterThan(600);
  });
  it('every surface is printed in a document of its year (after joining page-broken lines)', () => {
    const byYear = new Map<string, string>();
    for (const d of c.docs) byYear.set(`${d.meta.region}|${d.meta.year}`, (byYear.get(`${d.meta.region}|${d.meta.year}`) ?? '') + d.text.replace(/\n+/g, ''));
    for (const r of c.recurring) {
      for (const p of r.truth.core) {
        for (const [year, surfaces] of Object.entries(p.surfaces)) {
          const text = byYear.get(`${r.truth.region}|${year}`)!;
          for (const s of surfaces) expect(text.includes(s), `${s} in ${r.truth.region} ${year}`).toBe(true);
        }
      }
    }
  });
  it('event editions increase with the year (首届, 第二届 …)', () => {
    const cn = '一二三四五六七八九十';
    const value = (s: string): number | null => {
      const m = /^(?:首|第([一二三四五六七八九十]+))届/.exec(s);
      if (!m) return null;
      if (!m[1]) return 1;
      const t = m[1];
      return t.length === 1 ? cn.indexOf(t) + 1 : t[0] === '十' ? 10 + cn.indexOf(t[1]!) + 1 : (cn.indexOf(t[0]!) + 1) * 10 + (t[2] ? cn.indexOf(t[2]) + 1 : 0);
    };
    let checked = 0;
    for (const p of core.filter((x) => x.kind === 'event')) {
      let last = 0;
      for (const y of p.years) {
        const eds = p.surfaces[String(y)]!.map(value).filter((v): v is number => v !== null);
        for (const e of eds) {
          expect(e).toBeGreaterThan(last);
          checked++;
        }
        if (eds.length) last = Math.max(...eds);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
