import { parseDocument } from 'htmlparser2';
import { isTag, isText } from 'domhandler';
import type { AnyNode, Element } from 'domhandler';
import { CanonicalText } from './CanonicalText.js';
import type { RawCell } from './CanonicalText.js';
import { checkText, decodeText } from './decodeText.js';
import { BLOCK_TAGS, CHROME_PATTERN, HEADING_LEVELS, PAGE_INFO_LINE, PRINTED_MARKER, SKIPPED_TAGS } from './htmlRules.js';
import type { ReadResult, SourceFormat } from './SourceDocument.js';
import { statedTitle } from './statedTitle.js';

// Private: the charset a page declares in its first bytes (`<meta charset=gb2312>` or http-equiv), as the HTML prescan reads it.
const META_CHARSET = /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** The charset an HTML file declares in its first 4 KB, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return META_CHARSET.exec(head)?.[1] ?? null;
}

/** HTML bytes → source: decoded by the page's declared charset (or detected), then read as markup. */
export function readHtmlBytes(bytes: Uint8Array): ReadResult {
  const decoded = decodeText(bytes, declaredCharset(bytes));
  if (!decoded.ok) return decoded;
  return readHtml(decoded.text, 'html', decoded.encoding);
}

/**
 * HTML → canonical text and blocks. Scripts, styles, navigation and elements named as site
 * chrome are dropped; headings, paragraphs, `<br>` (a line break ends a paragraph), list
 * items (an `<ol>` item gets its number, as a browser shows it, unless it prints its own) and
 * tables (rowspan/colspan; nested tags in a cell are its text) are kept. A table holding
 * another table, or of one column, is page layout and is read as the blocks inside it.
 */
export function readHtml(html: string, format: SourceFormat, encoding: string | null): ReadResult {
  const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const out = new CanonicalText();
  const walker = new Walker(out);
  walker.blocks(dom.children);
  walker.flush();
  const source = out.finish(format, encoding);
  const titleEl = findAll(dom as unknown as Element, (e) => e.name === 'title')[0];
  source.title = statedTitle(source, titleEl ? inlineText(titleEl.children) : null);
  const checked = checkText(source.text, encoding ?? 'UTF-8');
  if (!checked.ok) return { ok: false, reason: source.text.trim() ? checked.reason : 'empty document (no text outside markup and site chrome)' };
  return { ok: true, source };
}

function skipped(el: Element): boolean {
  if (SKIPPED_TAGS.has(el.name)) return true;
  if (el.attribs.hidden !== undefined || /display\s*:\s*none/i.test(el.attribs.style ?? '')) return true;
  const names = `${el.attribs.id ?? ''} ${el.attribs.class ?? ''} ${el.attribs.role === 'navigation' ? 'nav' : ''}`;
  return CHROME_PATTERN.test(names);
}

// Private: collects inline text until a block boundary, then writes it as one block.
class Walker {
  private inline = '';
  private kind: 'heading' | 'paragraph' | 'listItem' = 'paragraph';
  private level = 0;

  constructor(private readonly out: CanonicalText) {}

  flush(): void {
    if (!(this.kind === 'paragraph' && PAGE_INFO_LINE.test(this.inline))) this.out.add(this.kind, this.inline, this.level);
    this.inline = '';
    this.kind = 'paragraph';
    this.level = 0;
  }

  blocks(nodes: readonly AnyNode[], listDepth = 0): void {
    for (const n of nodes) {
      if (isText(n)) {
        this.inline += n.data;
        continue;
      }
      if (!isTag(n) || skipped(n)) continue;
      const tag = n.name;
      if (tag === 'br') {
        this.flush();
        continue;
      }
      if (tag === 'table' && isDataTable(n)) {
        this.flush();
        this.table(n);
        continue;
      }
      if (tag === 'ol' || tag === 'ul') {
        this.flush();
        this.list(n, listDepth + 1);
        continue;
      }
      if (!BLOCK_TAGS.has(tag)) {
        this.blocks(n.children, listDepth);
        continue;
      }
      this.flush();
      const level = HEADING_LEVELS[tag];
      if (level) {
        this.kind = 'heading';
        this.level = level;
      }
      this.blocks(n.children, listDepth);
      this.flush();
    }
  }

  private list(el: Element, depth: number): void {
    let n = Number.parseInt(el.attribs.start ?? '1', 10) || 1;
    for (const li of el.children) {
      if (!isTag(li)) continue;
      if (li.name !== 'li') {
        this.blocks([li], depth);
        continue;
      }
      const text = inlineText(li.children.filter((c) => !(isTag(c) && (c.name === 'ol' || c.name === 'ul'))));
      const numbered = el.name === 'ol' && !PRINTED_MARKER.test(text) ? `${n}. ${text}` : text;
      this.out.add('listItem', numbered, depth);
      n++;
      for (const sub of li.children) if (isTag(sub) && (sub.name === 'ol' || sub.name === 'ul')) this.list(sub, depth + 1);
    }
  }

  private table(el: Element): void {
    const caption = findAll(el, (e) => e.name === 'caption')[0];
    if (caption) this.out.add('paragraph', inlineText(caption.children));
    const rows: RawCell[][] = rowsOf(el).map((tr) =>
      tr.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th')).map((td) => ({
        text: inlineText(td.children),
        rowSpan: Number.parseInt(td.attribs.rowspan ?? '1', 10) || 1,
        colSpan: Number.parseInt(td.attribs.colspan ?? '1', 10) || 1,
      })),
    );
    this.out.table(rows, caption ? inlineText(caption.children).trim() || null : null);
  }
}

// Private: a table's own rows (in thead/tbody/tfoot or directly), not those of tables nested in it.
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (!isTag(c)) continue;
    if (c.name === 'tr') rows.push(c);
    else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') for (const r of c.children) if (isTag(r) && r.name === 'tr') rows.push(r);
  }
  return rows;
}

function isDataTable(table: Element): boolean {
  if (findAll(table, (e) => e.name === 'table').length > 0) return false;
  return rowsOf(table).some((tr) => tr.children.filter((c) => isTag(c) && (c.name === 'td' || c.name === 'th')).length >= 2);
}

function findAll(el: Element, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const visit = (nodes: readonly AnyNode[]) => {
    for (const n of nodes) {
      if (!isTag(n)) continue;
      if (test(n)) out.push(n);
      visit(n.children);
    }
  };
  visit(el.children);
  return out;
}

// Private: the text of inline content; block tags and <br> inside it become spaces (a cell is one line).
function inlineText(nodes: readonly AnyNode[]): string {
  let s = '';
  for (const n of nodes) {
    if (isText(n)) s += n.data;
    else if (isTag(n) && !skipped(n)) {
      if (n.name === 'br' || BLOCK_TAGS.has(n.name)) s += ' ';
      s += inlineText(n.children);
      if (BLOCK_TAGS.has(n.name)) s += ' ';
    }
  }
  return s;
}
