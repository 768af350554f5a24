import type { StatedTitle } from '../../model/records.js';
import type { SourceDocument } from './SourceDocument.js';

/**
 * Site names a page's `<title>` ends with after a separator, as data: `…的报告_上海市嘉定区人民政府`,
 * `…任务分解表 - 武汉市江岸区政府门户网站`, `…｜长沙县人民政府网`. Only a last part naming a site
 * (a government, a portal, a web site) is trimmed, so a title with a dash of its own keeps it.
 */
export const TITLE_SITE_SUFFIX = /\s*(?:[_|｜]|\s[-–—]+\s|[-–—]{2,})\s*[^_|｜]{0,40}?(?:人民政府|政府|门户网站?|政府网|网站|官网|信息公开网?|在线|网)(?:门户网站?|网站|首页)?\s*$/;
// Private: the least a trimmed title keeps (a suffix rule never eats the whole title).
const MIN_TITLE = 4;

/** A page title without its site suffixes (`关于…的报告_上海市嘉定区人民政府` → `关于…的报告`). */
export function trimSiteSuffix(title: string): string {
  let t = title.replace(/\s+/g, ' ').trim();
  for (;;) {
    const m = TITLE_SITE_SUFFIX.exec(t);
    if (!m || m.index < MIN_TITLE) return t;
    t = t.slice(0, m.index).trim();
  }
}

// Private: the title is among the first blocks (an issuer line or a date may stand above it).
const FIRST_BLOCKS = 3;
// Private: a numbered section heading (一、… / (一)… / 1.…) is no title.
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])/;

const squash = (s: string): string => s.replace(/\s+/g, '');

/**
 * The title a structured file states (HTML, and DOCX through its HTML): the page's `<title>`
 * with site suffixes trimmed, placed where the body prints it (its `<h1>` mostly) when it does;
 * else the first level-1 heading. Null when the file states neither.
 */
export function statedTitle(source: SourceDocument, pageTitle: string | null): StatedTitle | null {
  // A first-level heading near the top that is no numbered section heading (一、…).
  const h1 = source.blocks.slice(0, FIRST_BLOCKS).find((b) => b.kind === 'heading' && b.level === 1 && !NUMBERED.test(source.text.slice(b.start, b.end)));
  const h1Text = h1 ? source.text.slice(h1.start, h1.end) : null;
  const page = pageTitle ? trimSiteSuffix(pageTitle) : '';
  if (page.length >= MIN_TITLE) {
    if (h1 && h1Text && squash(h1Text) === squash(page)) return { text: h1Text, start: h1.start, end: h1.end, rule: 'title.html-title' };
    const at = source.text.indexOf(page);
    return at >= 0 ? { text: page, start: at, end: at + page.length, rule: 'title.html-title' } : { text: page, start: null, end: null, rule: 'title.html-title' };
  }
  if (h1 && h1Text && h1Text.length >= MIN_TITLE) return { text: h1Text, start: h1.start, end: h1.end, rule: 'title.first-heading' };
  // A sheet's title row (merged across the sheet above the header) is the first paragraph before its table.
  const [first, second] = source.blocks;
  if ((source.format === 'xlsx' || source.format === 'csv') && first?.kind === 'paragraph' && second?.kind === 'table') {
    return { text: source.text.slice(first.start, first.end), start: first.start, end: first.end, rule: 'title.sheet-title-row' };
  }
  return null;
}
