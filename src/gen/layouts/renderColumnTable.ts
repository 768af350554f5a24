import type { DocContext } from '../DocContext.js';
import { DocBuilder } from '../DocBuilder.js';
import type { PrintedDuty } from '../DocBuilder.js';
import { composeTask } from '../composeText.js';
import type { BuiltText } from './BuiltText.js';
import { BREAK_STYLES, pageBreakLines, wrapCell } from './pageBreak.js';
import { sectionPlan } from './sectionPlan.js';

/** What a column of a generated table holds. */
type Column = 'number' | 'task' | 'requirement' | 'marked' | 'lead' | 'support' | 'towns' | 'units' | 'people' | 'deadline';

// Private: header rows as districts print them, each column's meaning beside its text.
const HEADERS: { cells: string[]; columns: Column[] }[] = [
  // A header that defines its mark: the starred unit leads, the others take part.
  { cells: ['序号', '重点任务', '责任部门(加*号为牵头部门,其余为参与部门)', '完成时限'], columns: ['number', 'task', 'marked', 'deadline'] },
  // Towns as their own column beside a lead column (they support it), people never units.
  { cells: ['序号', '工作任务', '牵头单位', '责任街镇', '责任领导'], columns: ['number', 'task', 'lead', 'towns', 'people'] },
  // A responsible column alone, people and a deadline column.
  { cells: ['序号', '任务名称', '责任单位', '分管领导', '完成时间'], columns: ['number', 'task', 'units', 'people', 'deadline'] },
  // A requirements column (part of the task's text, never a task of its own) beside lead and support columns.
  { cells: ['序号', '重点任务', '具体措施', '牵头单位', '配合单位'], columns: ['number', 'task', 'requirement', 'lead', 'support'] },
];

// Private: what a requirements cell says (`{n}` a count, `{p}` a share).
const REQUIREMENTS = ['年内完成{n}项重点工作', '建立工作台账,按月报送进展', '形成可复制推广经验{n}条', '完成率达到{p}%以上', '覆盖全区{n}个街镇', '制定实施方案并组织验收'];

/**
 * How `.txt` prints the table (other formats print it as a table):
 * - `tab`: one row per line, cells separated by a tab;
 * - `pipe-row`: one row per line, `|` between cells;
 * - `pipe-cell`: one cell per line, a line holding only `|` between cells.
 * With `continued`, a page break falls inside a section (pageBreak.ts): its page number alone
 * (the rows go on without the header), the running page header after it (`page-header`: the
 * rows after it have no header; other formats: a table without a header row, PDF on a new
 * page) or the header printed again (`header-repeated`). With `mid-table`, the text starts
 * mid-table: the first section prints no header in any format. With `categoryColumn` (tab rows
 * only), the header is printed once with a 类别 column and each category only on its group's
 * first row.
 */
export type TableFlattening = 'tab' | 'pipe-row' | 'pipe-cell';
const FLATTENINGS: readonly TableFlattening[] = ['tab', 'pipe-row', 'pipe-cell'];

/**
 * A task table read by what its columns mean: a header-defined lead mark, towns, people and
 * deadline columns; categories as section lines (a category spanning its rows elsewhere).
 */
export function renderColumnTable(ctx: DocContext, quota: number, title: string): BuiltText {
  const { rng } = ctx;
  const header = rng.pick(HEADERS);
  const flat = rng.pick(FLATTENINGS);
  const continued = rng.chance(0.5);
  const categoryColumn = flat === 'tab' && rng.chance(0.4);
  const breakStyle = rng.pick(BREAK_STYLES);
  const midTable = rng.chance(0.25);
  // `|` flattenings sometimes print a cell over two lines (a narrow column wrapped it).
  const wrapped = flat !== 'tab' && rng.chance(0.4);
  const features = [header.columns.includes('requirement') ? 'requirements' : header.columns.includes('marked') ? 'marked' : header.columns.includes('towns') ? 'towns' : 'responsible', flat];
  if (continued) features.push('continued');
  if (continued && breakStyle !== 'page-number') features.push(breakStyle);
  if (midTable) features.push('mid-table');
  // Rows printed with no header above them (read by inferred or carried-over columns), by flattening.
  if (midTable || (continued && breakStyle === 'page-header')) features.push(`headerless-${flat}`);
  if (categoryColumn) features.push('category-column');
  if (wrapped) features.push('wrapped-cell');
  const join = (cells: string[]): string[] => (flat === 'tab' ? [cells.join('\t')] : flat === 'pipe-row' ? [cells.join('|')] : cells.flatMap((c, k) => (k === 0 ? [c] : ['|', c])));
  // The header's lines: with a category column, once, with a 类别 cell before it.
  const headerLines = categoryColumn ? [['类别', ...header.cells].join('\t')] : join(header.cells);
  const b = new DocBuilder(false);
  b.line(title, 'title');
  let page = 1;
  let first = true;
  for (const sec of sectionPlan(rng, quota)) {
    // With a category column the header prints once and the category sits in its group's first row;
    // a text starting mid-table prints no header before its first rows.
    const headerless = (midTable && first) || (categoryColumn && !first);
    b.tableSection(sec.heading, header.cells, [...(categoryColumn ? [] : [sec.heading]), ...(headerless ? [] : headerLines)], headerless);
    first = false;
    const breakAt = continued && sec.size >= 3 ? rng.range(2, sec.size) : 0;
    for (let n = 1; n <= sec.size; n++) {
      const text = composeTask(ctx);
      const cells: string[] = [];
      let duty: PrintedDuty = { lead: [], support: [], units: [] };
      for (const col of header.columns) {
        switch (col) {
          case 'number':
            cells.push(String(n));
            break;
          case 'task':
            cells.push(text);
            break;
          case 'requirement':
            cells.push(rng.pick(REQUIREMENTS).replace('{n}', String(rng.range(2, 30))).replace('{p}', String(rng.range(80, 99))) + '。');
            break;
          case 'support': {
            // At least one (an empty cell vanishes from a flattened table), at most 4 beside the lead.
            const support = ctx.units(Math.min(5, ctx.unitCount(1) + 1)).filter((u) => !duty.units.includes(u)).slice(0, 4);
            const units = support.length > 0 ? support : ctx.units(3).filter((u) => !duty.units.includes(u)).slice(0, 1);
            duty = { lead: duty.lead, support: units, units: [...duty.units, ...units] };
            cells.push(units.join('、'));
            break;
          }
          case 'marked': {
            const units = ctx.units(ctx.unitCount(1));
            duty = units.length > 1 ? { lead: units.slice(0, 1), support: units.slice(1), units } : { lead: [], support: [], units };
            cells.push(units.length > 1 ? [`${units[0]}*`, ...units.slice(1)].join('、') : units[0]!);
            break;
          }
          case 'lead': {
            const lead = ctx.units(1);
            duty = { lead, support: [], units: lead };
            cells.push(lead[0]!);
            break;
          }
          case 'towns': {
            const towns = [...new Set([ctx.town(), ...(rng.chance(0.4) ? [ctx.town()] : [])])].filter((t) => !duty.units.includes(t));
            duty = { lead: duty.lead, support: towns, units: [...duty.units, ...towns] };
            cells.push(towns.join('、'));
            break;
          }
          case 'units': {
            const units = ctx.units(ctx.unitCount(1));
            duty = { lead: [], support: [], units };
            cells.push(units.join('、'));
            break;
          }
          case 'people':
            cells.push(rng.chance(0.8) ? ctx.person() : `${ctx.person()}、${ctx.person()}`);
            break;
          case 'deadline':
            cells.push(rng.pick(['长期坚持', `${ctx.year}年${rng.range(3, 12)}月底前`, `${rng.range(6, 12)}月底前`, '年底前']));
            break;
        }
      }
      // A page break inside the section: the page number, then rows without their header (or under it again).
      const pageBreak = n === breakAt ? pageBreakLines(rng, breakStyle, ++page, title, headerLines) : [];
      if (n === breakAt && breakStyle !== 'header-repeated') b.breakTable();
      // A wrapped cell: any but the number, in a fifth of the rows.
      const wrapAt = wrapped && rng.chance(0.2) ? rng.range(1, cells.length - 1) : -1;
      const printed = categoryColumn ? [[n === 1 ? sec.heading : '', ...cells].join('\t')] : join(cells.map((c, k) => (k === wrapAt ? wrapCell(rng, c) : c)));
      b.row(sec.heading, cells, [...pageBreak, ...printed]);
      b.task(String(n), sec.heading, text, duty);
    }
  }
  if (b.collectivesPrinted) features.push('collectives');
  return { ...b.build(), features };
}
