import type { DocContext } from '../DocContext.js';
import { DocBuilder } from '../DocBuilder.js';
import type { PrintedDuty } from '../DocBuilder.js';
import { composeTask } from '../composeText.js';
import type { BuiltText } from './BuiltText.js';
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
 * empty cell would vanish from a flattened table.
 */
export function renderFlatTable(ctx: DocContext, quota: number, title: string): BuiltText {
  const { rng } = ctx;
  const header = rng.pick(HEADERS);
  const b = new DocBuilder(false);
  b.line(title, 'title');
  for (const sec of sectionPlan(rng, quota)) {
    b.tableSection(sec.heading, header.cells);
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
      b.row(sec.heading, cells);
      b.task(String(n), sec.heading, text, duty);
    }
  }
  return b.build();
}
