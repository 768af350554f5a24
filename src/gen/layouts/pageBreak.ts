import type { Rng } from '../rng.js';

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
