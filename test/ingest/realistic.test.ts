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

  // Read by hand from the documents: the deadline as printed and what it means in the document's year.
  it.each([
    ['hubei_jiangan_2024.html', '加快推进长江新区', '2024年底前', '2024-12-31'],
    ['hubei_jiangan_2024.html', '推进二七滨江', '年内', '2024-12-31'],
    ['hubei_jiangan_2024.html', '深化“高效办成', '每季度', 'ONGOING'],
    ['zhejiang_yiwu_2024.html', '实施“无证明城市”', '6月底前', '2024-06-30'],
    ['liaoning_shenhe_2023.docx', '实施五爱市场', '2023年10月底前', '2023-10-31'],
    ['liaoning_shenhe_2023.docx', '推进老北市', '长期', 'ONGOING'],
    ['jiangsu_kunshan_2024.html', '推进祖冲之', '三季度', '2024-09-30'],
    ['jiangxi_nanchangxian_2024.html', '为全县60岁', '四季度', '2024-12-31'],
    ['jilin_nanguan_2024.txt', '开展营商环境', '长期坚持', 'ONGOING'],
    ['hainan_jiyang_2024.docx', '新建公办幼儿园', '2024年9月1日前', '2024-09-01'],
    ['hebei_zhengding_2023.xlsx', '办好第四届', '9月底前', '2023-09-30'],
    ['sichuan_pidu_2024.txt', '推进菁蓉湖', '2024年9月底前', '2024-09-30'],
  ])('%s %s: deadline %s → %s', (document, start, printed, meaning) => {
    const t = score.documents.find((d) => d.document === document)?.tasks.find((x) => x.text.startsWith(start));
    expect(t?.deadline && [t.deadline.printed, t.deadline.date ?? t.deadline.kind]).toEqual([printed, meaning]);
  });

  it.each([
    ['chongqing_yubei_2024.xlsx', '深化临空经济', ['李强（区委常委、副区长）']],
    ['sichuan_pidu_2024.txt', '建立重点企业', ['张华（副区长）']],
    ['xinjiang_tianshan_2023.docx', '完成大湾片区', ['马军']],
    ['ningxia_xingqing_2023.html', '推进银川老城', ['张伟', '李娜']],
  ])('%s %s: people %j, never units', (document, start, people) => {
    const t = score.documents.find((d) => d.document === document)?.tasks.find((x) => x.text.startsWith(start));
    expect(t?.people).toEqual(people);
  });
});
