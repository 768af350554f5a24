/**
 * HTML reading rules, as data: which elements are site chrome or not text, which start a
 * block. Government pages wrap the article in navigation, breadcrumbs, share bars and footers.
 */

/** Elements whose content is never document text. */
export const SKIPPED_TAGS = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'iframe', 'form', 'button',
  'select', 'option', 'textarea', 'svg', 'canvas', 'object', 'embed', 'audio', 'video', 'map', 'menu',
]);

/**
 * An element whose id or class names site chrome: `<div class="breadcrumb">首页 > 政务公开</div>`,
 * `<div id="footer">主办单位…</div>`, `<div class="share">分享到…</div>`.
 */
export const CHROME_PATTERN = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|crumbs?|footer|header|topbar|top-bar|sidebar|share|bdsharebuttonbox|toolbar|banner|copyright|site-?info|friend-?links?|search|skip-?link|qrcode|login)(?:$|[\s_-])/i;

/** Elements that start a new block (a line of the canonical text). */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'pre', 'center', 'address', 'dl', 'dt', 'dd', 'figure',
  'figcaption', 'hr', 'body', 'html', 'ul', 'ol', 'li', 'table', 'caption', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);

/** Heading tags and their level. */
export const HEADING_LEVELS: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** A list item already printing its own number (`一、`, `1.`, `(三)`) gets no number from `<ol>`. */
export const PRINTED_MARKER = /^\s*(?:[(（]?[一二三四五六七八九十百零〇\d]+[)）、.．:：]|[①-⑳]|★)/;

/**
 * A page's article-info line, made only of `label:value` pairs a site prints above the article
 * (`发布机构:嘉定区发展和改革委员会 发布日期:2023-12-31`, `来源:区政府办 浏览次数:123 字号:大 中 小`):
 * site chrome, dropped, so it never runs into the title below it.
 */
export const PAGE_INFO_LINE = /^(?:\s*(?:发布机构|发布单位|发布日期|发布时间|更新时间|信息来源|来源|作者|浏览次数|点击数|阅读次数|访问量|字号|索引号|主题分类|公开方式|公开范围|打印本页|关闭窗口)\s*[:：]\s*(?:\S+(?:\s+[大中小](?=\s|$))*)?)+\s*$/;
