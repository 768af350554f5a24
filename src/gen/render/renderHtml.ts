import type { DocBlock, TableBlock } from './DocBlock.js';
import type { RenderInput } from './RenderInput.js';
import chrome from './siteChrome.json' with { type: 'json' };

// Private: text as HTML character data or an attribute value.
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Private: the region's short name (`嘉定` of `上海市嘉定区`) for the site's words.
const shortOf = (region: string): string => region.replace(/^.*?市/, '').replace(/区$/, '');

/**
 * A district government's web page publishing the document: site header, navigation,
 * breadcrumbs, scripts and footer around the content (readers must drop them). Titles and
 * headings are `<h1>`–`<h4>`, every other line a `<p>`; a task table is one `<table>` whose
 * category cells span their rows (`rowspan`), task cells wrapped in a `<p>` as Word's
 * "save as web page" leaves them.
 */
export function renderHtml(doc: RenderInput): string {
  const { meta } = doc;
  const short = shortOf(meta.region);
  const site = `${meta.region}人民政府`;
  const code = String(10_000_000 + (meta.year * 7919) % 9_000_000);
  const nav = chrome.nav.map((n) => `<li><a href="/${encodeURIComponent(n)}/">${esc(n.replace('{short}', short))}</a></li>`).join('');
  const crumbs = chrome.crumbs.map((c) => `<a href="#">${esc(c)}</a>`).join(' &gt; ');
  const body = doc.blocks.map(blockHtml).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(meta.title)}_${esc(site)}</title>
<link rel="stylesheet" href="/css/main.css">
<style>.content table{border-collapse:collapse}.content td,.content th{border:1px solid #999;padding:4px}</style>
<script>var _hmt = _hmt || []; (function () { var s = document.createElement('script'); s.src = '/js/stat.js'; document.head.appendChild(s); })();</script>
</head>
<body>
<div class="header"><div class="logo"><a href="/">${esc(site)}</a></div>
<form class="search" action="/search"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div>
<ul class="nav">${nav}</ul>
<div class="crumb">当前位置:${crumbs}</div>
<div class="article">
<div class="info"><span>发布机构:${esc(meta.issuer)}</span> <span>发布日期:${meta.year}-12-31</span></div>
<div class="content">
${body}
</div>
</div>
<div class="footer"><p>${chrome.footerLinks.map((l) => `<a href="#">${esc(l)}</a>`).join(' | ')}</p>
<p>主办:${esc(site)}办公室 ${esc(chrome.icp.replace('{code}', code))}</p>
<script>document.querySelector('.footer').setAttribute('data-ready', '1');</script></div>
</body>
</html>
`;
}

// Private: one block of the content.
function blockHtml(b: DocBlock): string {
  if (b.kind === 'table') return tableHtml(b);
  switch (b.role) {
    case 'title':
      return `<h1>${esc(b.text)}</h1>`;
    case 'heading':
      return `<h3>${esc(b.text)}</h3>`;
    case 'subheading':
      return `<h4>${esc(b.text)}</h4>`;
    case 'category':
    case 'artefact':
      return '';
    default:
      return `<p>${esc(b.text)}</p>`;
  }
}

// Private: the table, each category's first row carrying a cell that spans the category's rows.
function tableHtml(t: TableBlock): string {
  const head = t.headerless ? [] : [`<thead><tr><th>${esc(t.categoryHeader)}</th>${t.header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`];
  const out = ['<table>', ...head, '<tbody>'];
  t.rows.forEach((r, i) => {
    let cat = '';
    if (i === 0 || t.rows[i - 1]!.category !== r.category) {
      let span = 1;
      while (t.rows[i + span]?.category === r.category) span++;
      cat = `<td${span > 1 ? ` rowspan="${span}"` : ''}>${esc(r.category)}</td>`;
    }
    const cells = r.cells.map((c, k) => (k === 1 ? `<td><p style="text-align:left">${esc(c)}</p></td>` : `<td>${esc(c)}</td>`)).join('');
    out.push(`<tr>${cat}${cells}</tr>`);
  });
  out.push('</tbody>', '</table>');
  return out.join('\n');
}
