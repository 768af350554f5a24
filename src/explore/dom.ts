/** Builds an element: `h('div', { class: 'x' }, child, 'text')`. Text is always set as text, never parsed as HTML. */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K, attributes: Record<string, string | number | boolean | null | undefined> = {}, ...children: Array<Child | Child[]>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/**
 * A search snippet with its match highlighted: the API wraps the match in 【】,
 * which become a <mark> (the rest stays text).
 */
export function highlightSnippet(snippet: string): HTMLElement {
  const span = h('span', { class: 'snippet' });
  const parts = snippet.split(/【|】/);
  parts.forEach((part, i) => {
    if (part.length === 0) return;
    span.append(i % 2 === 1 ? h('mark', {}, part) : part);
  });
  return span;
}

/** Colours by node kind (the legend and the graph use the same). */
export const KIND_COLOURS: Record<string, string> = {
  UNIT: '#2b6cb0', TASK: '#dd6b20', PROJECT: '#2f855a', PLACE: '#805ad5', DOCUMENT: '#4a5568', SECTION: '#a0aec0', TARGET: '#d53f8c',
  PERSON: '#b7791f',
};

/** Chinese names of the node kinds, for labels a reader of the documents knows. */
export const KIND_NAMES: Record<string, string> = {
  UNIT: '单位', TASK: '任务', PROJECT: '项目', PLACE: '地点', DOCUMENT: '文件', SECTION: '章节', TARGET: '指标', PERSON: '人员',
};

export const ROLE_NAMES: Record<string, string> = { LEAD: '牵头', SUPPORT: '配合', RESPONSIBLE: '责任' };

/** How a person is named on a task (PersonRole). */
export const PERSON_ROLE_NAMES: Record<string, string> = { LEADER: '责任领导', PERSON_IN_CHARGE: '责任人', CONTACT: '联系人' };

export const CJK_FONT = '"Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif';
