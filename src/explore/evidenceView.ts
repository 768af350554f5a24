import { gql, getCapabilities } from './api.js';
import { h } from './dom.js';

export interface EvidenceData {
  quote: string;
  start: number;
  end: number;
  rule?: string;
  document: { id: string; title: string; file: string };
}

/** GraphQL selection for an Evidence the panels show. */
export const EVIDENCE_FIELDS = '{ quote start end rule document { id title file } }';

/** Characters of canonical text shown either side of a quote, when the server serves the text. */
const CONTEXT_CHARS = 80;

/**
 * A fact's proof as an auditor checks it: document, section, offsets, and the
 * quote highlighted inside its surrounding canonical text. The surrounding text
 * comes from `Document.text(start, end)` where the server has it; otherwise
 * from the enclosing task's own text span (`around`), which is canonical text
 * too; the quote alone if neither covers it.
 */
export function evidenceView(ev: EvidenceData, options: { section?: string | null; around?: EvidenceData | null } = {}): HTMLElement {
  const mark = h('mark', { class: 'quote', 'data-start': ev.start, 'data-end': ev.end, 'data-document': ev.document.id }, ev.quote);
  const body = h('div', { class: 'evidence-text' }, mark);
  const box = h('div', { class: 'evidence' },
    h('div', { class: 'evidence-meta' },
      h('span', { class: 'doc' }, `${ev.document.title}（${ev.document.file}）`),
      options.section ? h('span', { class: 'section' }, ` · ${options.section}`) : null,
      h('span', { class: 'offsets' }, ` · 字符 ${ev.start}–${ev.end}`),
      ev.rule ? h('span', { class: 'rule' }, ` · ${ev.rule}`) : null),
    body);
  const around = options.around;
  if (around && around.document.id === ev.document.id && around.start <= ev.start && ev.end <= around.end) {
    const at = ev.start - around.start;
    body.replaceChildren(around.quote.slice(0, at), mark, around.quote.slice(at + (ev.end - ev.start)));
  } else if (around && around.document.id === ev.document.id && around.end <= ev.start) {
    // The responsibility clause follows the task's text; the gap between them is not served without Document.text.
    body.replaceChildren(around.quote, ev.start > around.end ? ' … ' : '', mark);
  }
  void getCapabilities().then(async (caps) => {
    if (!caps.documentText) return;
    const from = Math.max(0, ev.start - CONTEXT_CHARS);
    const to = ev.end + CONTEXT_CHARS;
    const d = await gql<{ document: { text: string } | null }>(
      'query($id: ID!, $s: Int!, $e: Int!) { document(id: $id) { text(start: $s, end: $e) } }', { id: ev.document.id, s: from, e: to },
    );
    const text = d.document?.text;
    if (!text || text.slice(ev.start - from, ev.end - from) !== ev.quote) return;
    body.replaceChildren(from > 0 ? '…' : '', text.slice(0, ev.start - from), mark, text.slice(ev.end - from), '…');
  }).catch(() => undefined);
  return box;
}
