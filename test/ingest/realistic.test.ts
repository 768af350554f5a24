import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreRealistic } from '../../scripts/lib/scoreRealistic.js';
import type { RealisticScore } from '../../scripts/lib/scoreRealistic.js';

// The held-out realistic set (test/fixtures/realistic/): documents of 11 provinces written the
// way published ones look (government-site HTML, Word tables with merged cells, Excel sheets
// with two-row headers, PDF, work reports), with gold files written by hand from their text.
// Built and scored as `npm run eval:realistic` does; no region or year is given.
const FIXTURES = fileURLToPath(new URL('../fixtures/realistic/', import.meta.url));

describe('held-out realistic documents of other provinces', () => {
  let score: RealisticScore;
  it('builds and scores every document', async () => {
    score = await scoreRealistic(FIXTURES);
    expect(score.documents.length).toBeGreaterThanOrEqual(12);
    expect(new Set(score.documents.map((d) => d.province)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(score.documents.map((d) => d.format))).toEqual(new Set(['txt', 'html', 'docx', 'xlsx', 'pdf']));
  }, 60_000);

  it('every layout: responsibility F1 ≥ 0.95 and role accuracy ≥ 0.95', () => {
    for (const g of score.byLayout) {
      expect({ layout: g.group, f1: g.score.responsibilities.f1 >= 0.95, roles: g.score.roles.accuracy >= 0.95 }).toEqual({ layout: g.group, f1: true, roles: true });
      expect(g.score.tasks.matched).toBe(g.score.tasks.gold);
    }
  });

  it('every document: the region and the year inferred right', () => {
    for (const d of score.documents) {
      expect({ document: d.document, region: d.region.found }).toEqual({ document: d.document, region: d.region.gold });
      expect({ document: d.document, year: d.year.found }).toEqual({ document: d.document, year: d.year.gold });
    }
  });
});
