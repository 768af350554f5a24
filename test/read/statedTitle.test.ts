import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { readSource } from '../../src/ingest/read/readSource.js';
import { trimSiteSuffix } from '../../src/ingest/read/statedTitle.js';
import { renderDocument } from '../../src/gen/render/renderDocument.js';
import type { OutputFormat } from '../../src/gen/render/formats.js';

// The title a file states becomes the document's title when no manifest title is given (issue 19
// item 4): a page's <title> without its site suffix, else its first <h1>; Word's Title style;
// a PDF's largest first-page line; a sheet's title row. Year and region inference read it too.

const page = (title: string, body: string): Uint8Array => new TextEncoder().encode(
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<div class="crumb">首页 &gt; 政务公开</div>
<div class="info"><span>发布机构:区政府办公室</span> <span>发布日期:2023-03-01</span></div>
<div class="content">${body}</div></body></html>`);

const ITEMS = '<p>1.推进老旧小区改造30个。(责任单位:区住建局)</p><p>2.新建社区食堂12家。(责任单位:区民政局、区市场监管局)</p>';

async function read(bytes: Uint8Array, file: string) {
  const r = await readSource(bytes, file);
  if (!r.ok) throw new Error(r.reason);
  return r.source;
}

describe('titles a file states', () => {
  it.each([
    ['关于2023年国民经济和社会发展计划执行情况的报告_上海市嘉定区人民政府', '关于2023年国民经济和社会发展计划执行情况的报告'],
    ['江岸区2023年重点工作任务分解表 - 武汉市江岸区政府门户网站', '江岸区2023年重点工作任务分解表'],
    ['长沙县2022年政府工作报告｜长沙县人民政府网', '长沙县2022年政府工作报告'],
    ['2023年工作要点_通知公告_某区人民政府', '2023年工作要点_通知公告'],
    // A dash of the title's own is no site suffix.
    ['2021-2025年城市更新行动计划', '2021-2025年城市更新行动计划'],
  ])('%s → %s', (title, want) => expect(trimSiteSuffix(title)).toBe(want));

  it('an HTML page: its <title> trimmed, placed on its <h1>; the article-info line is dropped', async () => {
    const s = await read(page('江岸区2023年重点工作任务_武汉市江岸区人民政府', `<h1>江岸区2023年重点工作任务</h1>${ITEMS}`), 'a.html');
    expect(s.title).toMatchObject({ text: '江岸区2023年重点工作任务', rule: 'title.html-title' });
    expect(s.text.slice(s.title!.start!, s.title!.end!)).toBe('江岸区2023年重点工作任务');
    expect(s.text).not.toContain('发布机构');
    const d = extractDocument({ file: 'a.html', text: s.text, sha256: '', format: 'html', statedTitle: s.title ?? null, meta: {} });
    expect(d.document.title).toBe('江岸区2023年重点工作任务');
    expect(d.document.inferred.find((i) => i.field === 'title')?.evidence?.quote).toBe('江岸区2023年重点工作任务');
    // A manifest title still wins.
    expect(extractDocument({ file: 'a.html', text: s.text, sha256: '', format: 'html', statedTitle: s.title ?? null, meta: { title: '给定标题' } }).document.title).toBe('给定标题');
  });

  it('a page whose body never prints its <title>: title, year and region come from it', async () => {
    const s = await read(page('2023年江岸区重点工作任务清单_武汉市江岸区人民政府', ITEMS), 'b.html');
    expect(s.title).toEqual({ text: '2023年江岸区重点工作任务清单', start: null, end: null, rule: 'title.html-title' });
    const d = extractDocument({ file: 'b.html', text: s.text, sha256: '', format: 'html', statedTitle: s.title ?? null, meta: {} });
    expect(d.document.title).toBe('2023年江岸区重点工作任务清单');
    expect(d.document.year).toBe(2023);
    expect(d.document.region).toContain('江岸区');
    // Without the stated title the same text dates and places nothing.
    const bare = extractDocument({ file: 'b.html', text: s.text, sha256: '', format: 'html', meta: {} });
    expect([bare.document.year, bare.document.title]).toEqual([null, 'b.html']);
  });

  it('without a <title>: the first <h1> that is no numbered section heading', async () => {
    const s = await read(new TextEncoder().encode(`<html><body><h1>一、总体要求</h1><p>正文。</p></body></html>`), 'c.html');
    expect(s.title ?? null).toBeNull();
    const t = await read(new TextEncoder().encode(`<html><body><h1>某区2024年民生实事项目</h1>${ITEMS}</body></html>`), 'd.html');
    expect(t.title).toMatchObject({ text: '某区2024年民生实事项目', rule: 'title.first-heading' });
  });

  for (const [format, rule] of [['docx', 'title.first-heading'], ['pdf', 'title.pdf-largest-line'], ['xlsx', 'title.sheet-title-row']] as const) {
    it(`${format}: the title paragraph`, async () => {
      const title = '某区2023年重点工作任务分解表';
      const rendered = await renderDocument({
        file: 't.txt', text: '', meta: { title, year: 2023, region: '上海市嘉定区', genre: 'task_list', issuer: '某区人民政府', layout: 'column-table', pdf: false },
        blocks: [
          { kind: 'text', role: 'title', text: title },
          { kind: 'table', categoryHeader: '类别', header: ['序号', '工作任务', '牵头单位'], rows: [{ category: '一、经济', cells: ['1', '推进先进制造业集群建设。', '区经信局'] }] },
        ],
      }, format as OutputFormat);
      const s = await read(rendered.bytes, `t.${format}`);
      expect(s.title).toMatchObject({ text: title, rule });
      expect(s.text.slice(s.title!.start!, s.title!.end!)).toBe(title);
    });
  }
});
