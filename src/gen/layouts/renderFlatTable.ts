import type { DocContext } from '../DocContext.js';
import { DocBuilder } from '../DocBuilder.js';
import type { PrintedDuty } from '../DocBuilder.js';
import { composeTask } from '../composeText.js';
import type { BuiltText } from './BuiltText.js';
import { BREAK_STYLES, pageBreakLines, wrapCell } from './pageBreak.js';
import { sectionPlan } from './sectionPlan.js';

// Private: header rows; `split` says the unit columns draw a lead/support distinction.
const HEADERS: { cells: string[]; split: boolean }[] = [
  // 序号 / 工作任务 / 牵头单位 / 配合单位 / 责任人
  { cells: ['序号', '工作任务', '牵头单位', '配合单位', '责任人'], split: true },
  // 序号 / 工作任务 / 牵头单位 / 责任单位 / 责任人 (责任单位 beside a lead column supports it)
  { cells: ['序号', '工作任务', '牵头单位', '责任单位', '责任人'], split: true },
  // 序号 / 重点任务 / 责任单位 / 完成时限
  { cells: ['序号', '重点任务', '责任单位', '完成时限'], split: false },
];

/**
 * A task table flattened one cell per line (as PDF and Word converters leave it): per
 * section a heading, the header cells, then rows `1` / task / units … / 责任人 (people,
 * never units). Rows with a lead column always print a supporting unit too, because an
 * empty cell would vanish from a flattened table. With `continued`, a page break falls inside
 * a section (pageBreak.ts): its page number alone, the running page header after it
 * (`page-header`: the rows after it print without the header, in other formats too) or the
 * header cells again (`header-repeated`).
 */
export function renderFlatTable(ctx: DocContext, quota: number, title: string): BuiltText {
  const { rng } = ctx;
  const header = rng.pick(HEADERS);
  const continued = rng.chance(0.5);
  const breakStyle = rng.pick(BREAK_STYLES);
  // Sometimes a cell prints over two paragraphs (a narrow column wrapped it).
  const wrapped = rng.chance(0.4);
  const features: string[] = [];
  if (wrapped) features.push('wrapped-cell');
  if (continued) features.push('continued');
  if (continued && breakStyle !== 'page-number') features.push(breakStyle);
  // Rows printed with no header above them (read by the carried-over columns).
  if (continued && breakStyle === 'page-header') features.push('headerless-flat');
  const b = new DocBuilder(false);
  b.line(title, 'title');
  let page = 1;
  for (const sec of sectionPlan(rng, quota)) {
    b.tableSection(sec.heading, header.cells);
    const breakAt = continued && sec.size >= 3 ? rng.range(2, sec.size) : 0;
    for (let n = 1; n <= sec.size; n++) {
      const text = composeTask(ctx);
      const cells = [String(n), text];
      let duty: PrintedDuty;
      if (header.split) {
        const units = ctx.units(ctx.unitCount(2));
        const nLead = units.length >= 3 && rng.chance(0.15) ? 2 : 1;
        duty = { lead: units.slice(0, nLead), support: units.slice(nLead), units };
        cells.push(duty.lead.join('、'), duty.support.join('、'), rng.chance(0.8) ? ctx.person() : `${ctx.person()}、${ctx.person()}`);
      } else {
        const units = ctx.units(ctx.unitCount());
        duty = { lead: [], support: [], units };
        cells.push(units.join('、'), rng.pick(['全年', `${ctx.year}年${rng.range(3, 12)}月底前`, `${rng.range(6, 12)}月底前`]));
      }
      // A page break inside the section: the page number, then rows without their header (or under it again).
      const pageBreak = n === breakAt ? pageBreakLines(rng, breakStyle, ++page, title, header.cells) : [];
      if (n === breakAt && breakStyle !== 'header-repeated') b.breakTable();
      // A wrapped cell: any but the number, in a fifth of the rows.
      const wrapAt = wrapped && rng.chance(0.2) ? rng.range(1, cells.length - 1) : -1;
      b.row(sec.heading, cells, [...pageBreak, ...cells.flatMap((c, k) => (k === wrapAt ? wrapCell(rng, c).split('\n') : [c]))]);
      b.task(String(n), sec.heading, text, duty);
    }
  }
  return { ...b.build(), features };
}
