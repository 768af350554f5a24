import { gql } from './api.js';
import { h, highlightSnippet, KIND_COLOURS, KIND_NAMES } from './dom.js';

interface Hit {
  id: string;
  kind: string;
  label: string;
  snippet: string;
}

/** Search results across units, projects, places, tasks and documents, the match highlighted. */
export async function searchView(el: HTMLElement, text: string, onOpen: (hit: Hit) => void): Promise<void> {
  if (text.trim().length === 0) {
    el.replaceChildren(h('p', { class: 'hint' }, '在上方输入单位、项目、地点或任务的名称（如 交通委、氢能）。'));
    return;
  }
  const d = await gql<{ search: Hit[] }>('query($t: String!) { search(text: $t, first: 30) { id kind label snippet } }', { t: text });
  const list = h('ul', { class: 'hits' });
  for (const hit of d.search) {
    const a = h('a', { href: '#', class: 'hit', 'data-id': hit.id, 'data-kind': hit.kind },
      h('span', { class: 'badge', style: `background:${KIND_COLOURS[hit.kind] ?? '#718096'}` }, KIND_NAMES[hit.kind] ?? hit.kind),
      h('span', { class: 'label' }, hit.label), highlightSnippet(hit.snippet));
    a.addEventListener('click', (event) => {
      event.preventDefault();
      onOpen(hit);
    });
    list.append(h('li', {}, a));
  }
  el.replaceChildren(h('p', { class: 'meta' }, `“${text}”：${d.search.length} 条结果`), list);
}
