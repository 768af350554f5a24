import type { Genre } from '../model/records.js';
import { buildRegion } from './buildRegion.js';
import { DocContext } from './DocContext.js';
import type { BuiltText } from './layouts/BuiltText.js';
import { renderFlatTable } from './layouts/renderFlatTable.js';
import { renderColumnTable } from './layouts/renderColumnTable.js';
import { renderNarrative } from './layouts/renderNarrative.js';
import { renderTargetList } from './layouts/renderTargetList.js';
import { renderTaskList } from './layouts/renderTaskList.js';
import { planCorpus } from './planCorpus.js';
import type { CorpusPlan, DocPlan } from './planCorpus.js';
import { ProjectLedger } from './ProjectLedger.js';
import { streamRng } from './rng.js';
import type { GenDocument, GenOptions, RegionModel } from './types.js';

/** The file name of a planned document: `r007_2021_00.txt`. */
export function docFile(region: RegionModel, d: DocPlan): string {
  return `${region.code}_${d.year}_${String(d.k).padStart(2, '0')}.txt`;
}

// Private: genre, title and issuer of a document as a district government would print them.
function heading(region: RegionModel, d: DocPlan, pick: <T>(xs: readonly T[]) => T): { genre: Genre; title: string; issuer: string } {
  const { district } = region;
  const y = d.year;
  const gov = `${district}人民政府`;
  switch (d.layout) {
    case 'duty-paren':
    case 'lead-bracket':
    case 'lead-line':
      return { genre: 'task_list', title: pick([`${district}${y}年区政府重点工作任务`, `${y}年区政府工作报告重点任务分工`]), issuer: gov };
    case 'flat-table':
    case 'column-table':
      return { genre: 'task_list', title: `${district}${y}年重点工作任务分解表`, issuer: gov };
    case 'target-list':
      return { genre: 'target_list', title: `${y}年区政府重点工作目标安排`, issuer: gov };
    case 'narrative': {
      const genre = pick<Genre>(['work_report', 'plan_report', 'work_review']);
      if (genre === 'plan_report') return { genre, title: `关于${y}年${district}国民经济和社会发展计划执行情况的报告`, issuer: `${district}发展和改革委员会` };
      if (genre === 'work_report') return { genre, title: `区政府${y}年上半年工作情况的报告`, issuer: gov };
      return { genre, title: `《政府工作报告》关于${y}年工作的回顾(摘要)`, issuer: gov };
    }
  }
}

/**
 * Generate the corpus document by document, in plan order: region models are built once
 * per region, each document from its own random stream (seed, region, year, k), so the
 * output is byte-identical for a seed and memory stays bounded by one document. Project
 * mentions go into `ledger` for the recurring-projects truth.
 */
export function* generateCorpus(options: GenOptions | CorpusPlan, ledger: ProjectLedger = new ProjectLedger()): Generator<GenDocument> {
  const plan = 'docs' in options ? options : planCorpus(options);
  let region: RegionModel | null = null;
  let owed = new Map<number, boolean>();
  for (const d of plan.docs) {
    if (!region || region.index !== d.region) {
      region = buildRegion(plan.seed, d.region, plan.years);
      owed = new Map();
    }
    const rng = streamRng(plan.seed, 'doc', d.region, d.year, d.k);
    // The region-year's first document owes a mention of every project active that year.
    const queue = owed.has(d.year) ? [] : rng.shuffle(region.projects.filter((p) => p.years.includes(d.year)));
    owed.set(d.year, true);
    const ctx = new DocContext(rng, region, d.year, ledger, queue);
    const file = docFile(region, d);
    const h = heading(region, d, (xs) => rng.pick(xs));
    let built: BuiltText;
    switch (d.layout) {
      case 'duty-paren':
      case 'lead-bracket':
      case 'lead-line':
        built = renderTaskList(ctx, d.layout, d.tasks, h.title);
        break;
      case 'flat-table':
        built = renderFlatTable(ctx, d.tasks, h.title);
        break;
      case 'column-table':
        built = renderColumnTable(ctx, d.tasks, h.title);
        break;
      case 'target-list':
        built = renderTargetList(ctx, d.tasks, h.title);
        break;
      case 'narrative':
        built = renderNarrative(ctx, h.genre, d.tasks, h.title, h.issuer);
        break;
    }
    ledger.addDocument(region, file, d.year);
    yield {
      file,
      text: built.text,
      blocks: built.blocks,
      meta: { title: h.title, year: d.year, region: region.name, genre: h.genre, issuer: h.issuer, layout: d.layout, pdf: ctx.pdf, ...(built.features ? { features: built.features } : {}) },
      truth: { document: file, year: d.year, tasks: built.tasks, units_distinct: built.unitsDistinct },
    };
  }
}
