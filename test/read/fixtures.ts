/**
 * Small documents of our own making in every format, written by real writer libraries
 * (docx, exceljs, pdfkit with Debian's Noto CJK font), with invented tasks and units in the
 * layouts government sites publish: a 序号/任务/牵头单位/配合单位/完成时限 table and a
 * numbered list with inline (责任单位:…).
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';

export const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
export const CJK_FONT_NAME = 'NotoSansCJKsc-Regular';

export const HEADER = ['序号', '任务', '牵头单位', '配合单位', '完成时限'];

/** Table rows; the 配合单位 of rows 3 and 4 is one merged cell in every format that merges. */
export const ROWS: string[][] = [
  ['1', '推进城东智慧物流园区建设,完成一期主体工程', '区发展改革委', '区规划资源局、区建设管理委', '2023年12月'],
  ['2', '新增社区养老床位300张,完善嵌入式养老服务网络', '区民政局', '各街镇', '2023年10月'],
  ['3', '开展河道综合整治,消除劣V类水体', '区水务局', '区生态环境局', '2023年全年'],
  ['4', '实施农村人居环境整治,建成美丽乡村示范村5个', '区农业农村委', '区生态环境局', '2023年11月'],
];

export const TITLE = '2023年城东区重点工作任务分解表';
export const LIST_HEADING = '一、重点任务';
export const LIST: string[] = [
  '1.加快建设南部科创走廊,引进新型研发机构10家。(责任单位:区科委、区经济委)',
  '2.实施老旧小区综合改造20万平方米。(责任单位:区房管局)',
  '3.完善公共文化服务体系,新建社区文化活动中心3个。(责任单位:区文化旅游局)',
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** An HTML page as a district site serves it: nav, breadcrumbs, script, share bar, footer around the article. */
export function htmlPage(charset = 'utf-8'): string {
  const rows = ROWS.map((r, i) => {
    const cells = r.map((c, j) => {
      if (j === 3 && i === 2) return `<td rowspan="2"><span>${esc(c)}</span></td>`;
      if (j === 3 && i === 3) return '';
      return j === 1 ? `<td><p style="text-align:left">${esc(c)}</p></td>` : `<td>${esc(c)}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="${charset}"><title>${TITLE}</title>
<style>td { border: 1px solid #000 }</style><script>var _hmt = _hmt || []; document.write("<p>统计代码</p>");</script></head>
<body><div class="top-bar">无障碍 | 长者模式 | 登录</div><nav><ul><li><a href="/">首页</a></li><li>政务公开</li></ul></nav>
<div class="breadcrumb">当前位置: 首页 &gt; 政务公开 &gt; 计划总结</div>
<div class="article"><h1>${TITLE}</h1>
<p>各街镇、区政府各委办局:</p>
<p>现将《${TITLE}》印发给你们,请认真贯彻落实。</p>
<h2>${LIST_HEADING}</h2>
<p>${esc(LIST[0]!)}<br>${esc(LIST[1]!)}</p>
<p>${esc(LIST[2]!)}</p>
<table border="1"><thead><tr>${HEADER.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.join('\n')}</tbody></table>
</div><div class="share">分享到: 微信 微博</div><div id="footer">主办单位:城东区人民政府办公室 版权所有</div></body></html>`;
}

/** A .docx: title, heading, numbered paragraphs with inline units, the task table with a vertical merge. */
export async function docxFile(): Promise<Buffer> {
  const cell = (text: string, opts: { merge?: 'restart' | 'continue'; bold?: boolean } = {}) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, bold: opts.bold })] })],
      verticalMerge: opts.merge === 'restart' ? VerticalMergeType.RESTART : opts.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    });
  const rows = [
    new TableRow({ children: HEADER.map((h) => cell(h, { bold: true })) }),
    ...ROWS.map((r, i) => new TableRow({ children: r.map((c, j) => (j === 3 && i === 2 ? cell(c, { merge: 'restart' }) : j === 3 && i === 3 ? cell('', { merge: 'continue' }) : cell(c))) })),
  ];
  const doc = new Document({
    sections: [{
      children: [
        new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(TITLE)] }),
        new Paragraph({ children: [new TextRun('各街镇、区政府各委办局:')] }),
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(LIST_HEADING)] }),
        ...LIST.map((l) => new Paragraph({ children: [new TextRun(l)] })),
        new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
      ],
    }],
  });
  return Packer.toBuffer(doc);
}

/** An .xlsx: the task table on a named sheet with a title row merged across it, and a second sheet with the list. */
export async function xlsxFile(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('任务分解');
  ws.addRow([TITLE]);
  ws.mergeCells('A1:E1');
  ws.addRow(HEADER);
  for (const r of ROWS) ws.addRow(r.map((c, j) => (j === 0 ? Number(c) : c)));
  ws.mergeCells('D5:D6');
  const list = wb.addWorksheet('重点任务');
  list.addRow([LIST_HEADING]);
  for (const l of LIST) list.addRow([l]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A two-page PDF: running header and page number on each page, the list (its first item long
 * enough to wrap), then the task table drawn in columns with a ruled grid; the table runs onto
 * page 2, where its header is repeated.
 */
export async function pdfFile(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 72, autoFirstPage: false });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.registerFont('cjk', CJK_FONT, CJK_FONT_NAME);
  const left = 72;
  const width = 595.28 - 144;
  const page = (n: number) => {
    doc.addPage();
    doc.font('cjk').fontSize(9).text('城东区人民政府办公室文件', left, 40, { width, align: 'center', lineBreak: false });
    doc.fontSize(9).text(`- ${n} -`, left, 800, { width, align: 'center', lineBreak: false });
    doc.fontSize(12);
  };
  page(1);
  doc.fontSize(16).text(TITLE, left, 100, { width, align: 'center' });
  doc.fontSize(12).moveDown();
  doc.text('各街镇、区政府各委办局:', left);
  doc.text(LIST_HEADING, left);
  const longFirst = LIST[0]!.replace('引进新型研发机构10家', '围绕集成电路、生物医药和人工智能三大产业引进新型研发机构10家,建设公共技术服务平台');
  for (const l of [longFirst, ...LIST.slice(1)]) doc.text(l, left, undefined, { width });
  const widths = [36, 170, 80, 90, width - 376];
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((a, b) => a + b, 0));
  let y = doc.y + 20;
  const drawRow = (cells: string[]) => {
    const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 8 }))) + 8;
    cells.forEach((c, i) => {
      doc.rect(xs[i]!, y, widths[i]!, h).stroke();
      doc.text(c, xs[i]! + 4, y + 4, { width: widths[i]! - 8 });
    });
    y += h;
  };
  drawRow(HEADER);
  drawRow(ROWS[0]!);
  drawRow(ROWS[1]!);
  page(2);
  y = 100;
  drawRow(HEADER);
  drawRow(ROWS[2]!);
  drawRow(ROWS[3]!);
  doc.text('注:各牵头单位于每季度末报送进展情况。', left, y + 20, { width });
  doc.end();
  return done;
}

/** A PDF with no text layer: only drawn shapes (what a scan gives, text-wise). */
export async function scannedPdf(): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.rect(100, 100, 300, 400).fill('#888');
  doc.end();
  return done;
}
