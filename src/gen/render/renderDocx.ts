import {
  AlignmentType, Document, Footer, Header, HeadingLevel, LevelFormat, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import type { DocBlock, TableBlock, TextBlock } from './DocBlock.js';
import { fixZipDates } from './fixZipDates.js';
import type { RenderInput } from './RenderInput.js';
import { documentDate, usesListNumbering } from './renderChoices.js';

const FONT = { ascii: 'SimSun', eastAsia: '仿宋_GB2312', hAnsi: 'SimSun' };

/**
 * A Word document as an office would write it: the title and headings as Word headings,
 * other lines as paragraphs, a task table as a Word table with the category cells merged down
 * their rows, the issuer in the page header and page numbers in the footer. In about half of
 * the task lists the item numbers are Word list numbering (`(%1)`, `%1.`) rather than typed,
 * as both occur in practice: a reader must print them to keep the text.
 */
export async function renderDocx(doc: RenderInput): Promise<Buffer> {
  const numbered = usesListNumbering(doc.file);
  const formats = [...new Set(doc.blocks.flatMap((b) => (b.kind === 'text' && b.number ? [b.number.format] : [])))];
  const children: Array<Paragraph | Table> = [];
  for (const b of doc.blocks) {
    const p = blockDocx(b, numbered ? formats : []);
    if (p) children.push(p);
  }
  const document = new Document({
    creator: doc.meta.issuer,
    title: doc.meta.title,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } },
    numbering: {
      config: formats.map((format, k) => ({
        reference: `items-${k}`,
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: format, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 0, firstLine: 640 } } } }],
      })),
    },
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: doc.meta.issuer, size: 18 })] })] }) },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 18 })] })] }) },
      children,
    }],
  });
  return fixZipDates(await Packer.toBuffer(document), documentDate(doc.meta.year));
}

// Private: one block as a Word paragraph or table (null: not printed outside .txt).
function blockDocx(b: DocBlock, listFormats: string[]): Paragraph | Table | null {
  if (b.kind === 'table') return tableDocx(b);
  switch (b.role) {
    case 'title':
      return new Paragraph({ text: b.text, heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER });
    case 'heading':
      return new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_1 });
    case 'subheading':
      return new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 });
    case 'category':
    case 'artefact':
      return null;
    default:
      return itemDocx(b, listFormats);
  }
}

// Private: a paragraph; an item whose number Word prints as list numbering loses its typed number.
function itemDocx(b: TextBlock, listFormats: string[]): Paragraph {
  const k = b.number ? listFormats.indexOf(b.number.format) : -1;
  const typed = b.number ? b.number.format.replace('%1', String(b.number.n)) : '';
  if (b.number && k >= 0 && b.text.startsWith(typed)) {
    return new Paragraph({ text: b.text.slice(typed.length), numbering: { reference: `items-${k}`, level: 0 } });
  }
  return new Paragraph({ text: b.text, indent: { firstLine: 640 } });
}

// Private: the table, its header row repeated on every page, category cells merged down their rows.
function tableDocx(t: TableBlock): Table {
  const cell = (text: string, rowSpan = 1, bold = false): TableCell => new TableCell({
    rowSpan, verticalAlign: VerticalAlign.CENTER,
    children: [new Paragraph({ children: [new TextRun({ text, bold, size: 21 })] })],
  });
  const rows = t.headerless ? [] : [new TableRow({ tableHeader: true, children: [t.categoryHeader, ...t.header].map((h) => cell(h, 1, true)) })];
  t.rows.forEach((r, i) => {
    const first = i === 0 || t.rows[i - 1]!.category !== r.category;
    let span = 1;
    if (first) while (t.rows[i + span]?.category === r.category) span++;
    rows.push(new TableRow({ children: [...(first ? [cell(r.category, span)] : []), ...r.cells.map((c) => cell(c))] }));
  });
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}
