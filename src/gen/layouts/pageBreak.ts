import type { Rng } from '../rng.js';

// Tables as PDF and Word conversions leave them in text: page breaks inside a table, cells wrapped over lines.

/**
 * How a page break inside a table prints in `.txt` (a PDF or Word file converted to text):
 * - `page-number`: the page number or footer alone (`- 3 -`, `第3页 共8页`); the rows go on;
 * - `page-header`: the page number, then the running page header (the document's title) the
 *   next page starts with: the rows after it have no header;
 * - `header-repeated`: the page number, then the table's header printed again.
 */
export type BreakStyle = 'page-number' | 'page-header' | 'header-repeated';
export const BREAK_STYLES: readonly BreakStyle[] = ['page-number', 'page-header', 'header-repeated'];

/** The lines a page break prints between two rows: `page` is the new page's number, `header` the header's lines. */
export function pageBreakLines(rng: Rng, style: BreakStyle, page: number, title: string, header: readonly string[]): string[] {
  const number = rng.chance(0.5) ? `- ${page} -` : `第${page}页 共${page + rng.range(1, 6)}页`;
  if (style === 'page-header') return [number, title];
  if (style === 'header-repeated') return [number, ...header];
  return [number];
}

/**
 * A cell printed over two lines, as a narrow column wraps it: broken at a point inside (never
 * beside a digit or a punctuation mark, so neither line reads as a number or a new item), or
 * as it is when too short to break.
 */
export function wrapCell(rng: Rng, cell: string): string {
  const points: number[] = [];
  for (let k = 2; k <= cell.length - 2; k++) if (/[\u4e00-\u9fff]/.test(cell[k - 1]!) && /[\u4e00-\u9fff]/.test(cell[k]!)) points.push(k);
  if (!points.length) return cell;
  const at = rng.pick(points);
  return `${cell.slice(0, at)}\n${cell.slice(at)}`;
}
