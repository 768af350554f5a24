import { ApiError, getCapabilities, gql, GRAPH_FIELDS, type Capabilities, type GraphAnswer } from './api.js';
import { chainView } from './chainView.js';
import { h, KIND_COLOURS, KIND_NAMES } from './dom.js';
import { drawGraph, type DrawnGraph } from './graphView.js';
import { loadNetwork } from './networkData.js';
import { nodePanel, type PanelActions } from './nodePanel.js';
import { searchView } from './searchView.js';
import { readState, writeState, type ViewState } from './viewState.js';
import type { ExplorerProbe } from './explorerProbe.js';
import { isIdOf } from '../model/nodeKinds.js';


declare global {
  interface Window {
    dutygraph: ExplorerProbe;
  }
}

const KINDS = ['UNIT', 'PERSON', 'TASK', 'PROJECT', 'PLACE', 'DOCUMENT', 'SECTION', 'TARGET'];

window.dutygraph = {
  drawn: null, answer: null, interactiveMs: null, interactiveAtMs: null, renders: 0, state: null, error: null,
  // A getter: counted over the graph's nodes only when a test asks, never per frame.
  get labelsOutside() { return drawn?.labelsOutside() ?? null; },
};

const app = document.getElementById('app')!;
const searchBox = h('input', { type: 'search', id: 'search', placeholder: '搜索 单位 / 人员 / 项目 / 地点 / 任务 / 文件', autocomplete: 'off' });
const tabs = h('nav', { class: 'tabs' });
const controls = h('section', { id: 'controls' });
const stage = h('div', { id: 'stage' });
const panel = h('aside', { id: 'panel', hidden: true });
const status = h('footer', { id: 'status' });
const legend = h('div', { class: 'legend' }, ...Object.entries(KIND_COLOURS).map(([k, c]) => h('span', {}, h('i', { style: `background:${c}` }), KIND_NAMES[k] ?? k)));
app.append(
  h('header', {}, h('strong', {}, 'dutygraph 图谱浏览'), h('form', { id: 'search-form' }, searchBox), tabs,
    h('a', { href: '/graphql', class: 'ide' }, 'GraphiQL')),
  controls, h('main', {}, stage, panel), h('div', { class: 'bar' }, legend, status),
);

let current: ViewState = readState(location.search);
let drawn: DrawnGraph | null = null;
let seq = 0;

function go(change: Partial<ViewState>, push = true): void {
  current = { ...current, ...change };
  const url = `${location.pathname}${writeState(current)}`;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
  void render(current);
}

const actions: PanelActions = {
  openNode: (id) => go({ node: id }),
  openNeighborhood: (id) => go({ view: 'neighborhood', id, node: id }),
  openChain: (id) => go({ view: 'chain', id, node: id }),
};

window.addEventListener('popstate', () => {
  current = readState(location.search);
  void render(current);
});
document.getElementById('search-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  go({ view: 'search', q: searchBox.value.trim(), node: '' });
});

async function render(state: ViewState): Promise<void> {
  const mine = ++seq;
  const requestedAt = performance.now();
  window.dutygraph.state = state;
  window.dutygraph.error = null;
  document.body.dataset.view = state.view;
  searchBox.value = state.q;
  status.textContent = '加载中…';
  // A single year's network without collectives needs nothing from the capabilities (years,
  // optional arguments): ask for it alongside them instead of after, one round trip less.
  const early = state.view === 'network' && state.fromYear === null && state.toYear === null && !state.collectives
    ? loadNetwork({ year: state.year, fromYear: null, toYear: null, region: state.region, minShared: state.minShared, collectives: null }, [])
    : null;
  early?.catch(() => undefined); // awaited below; a failure is reported there, not as an unhandled rejection
  try {
    const caps = await getCapabilities();
    renderTabs(state);
    renderControls(state, caps);
    const panelDone = renderPanel(state);
    if (state.view === 'search') {
      clearGraph();
      await searchView(stage, state.q, (hit) => go({ view: 'neighborhood', id: hit.id, node: hit.id, depth: 1 }));
      status.textContent = '';
    } else {
      let answer: GraphAnswer;
      if (state.view === 'chain') {
        const listEl = h('div', { class: 'chain-list' });
        clearGraph();
        stage.replaceChildren(listEl);
        answer = await chainView(listEl, state.id, actions);
        if (mine !== seq) return;
      } else {
        answer = early ? await early : state.view === 'network'
          ? await loadNetwork({ year: state.year, fromYear: state.fromYear, toYear: state.toYear, region: state.region, minShared: state.minShared,
              collectives: caps.networkCollectives ? state.collectives : null }, caps.years)
          : (await gql<{ neighborhood: GraphAnswer }>(`query($id: ID!, $depth: Int, $kinds: [NodeKind!]) { neighborhood(id: $id, depth: $depth, kinds: $kinds, limit: 500) ${GRAPH_FIELDS} }`,
              { id: state.id, depth: state.depth, kinds: state.kinds.length > 0 ? state.kinds : null })).neighborhood;
        if (mine !== seq) return;
        clearGraph();
        const canvas = h('div', { class: 'graph' });
        stage.replaceChildren(canvas);
        drawn = await drawGraph(canvas, answer, requestedAt, (id) => go({ node: id }));
        window.dutygraph.drawn = { nodes: drawn.graph.order, edges: drawn.graph.size };
        window.dutygraph.interactiveMs = drawn.firstFrameMs;
        window.dutygraph.interactiveAtMs = requestedAt + drawn.firstFrameMs;
      }
      window.dutygraph.answer = { nodes: answer.nodes.length, edges: answer.edges.length, truncated: answer.truncated };
      status.textContent = `${answer.nodes.length} 个节点，${answer.edges.length} 条边${answer.truncated ? '（已截断）' : ''}` +
        (drawn && state.view !== 'chain' ? ` · 可交互 ${Math.round(drawn.firstFrameMs)} ms` : '');
    }
    await panelDone;
  } catch (error) {
    if (mine !== seq) return;
    const message = error instanceof ApiError ? `${error.code}: ${error.message}` : error instanceof Error ? error.message : String(error);
    window.dutygraph.error = message;
    status.textContent = '';
    stage.replaceChildren(h('p', { class: 'error', role: 'alert' }, message));
  } finally {
    if (mine === seq) {
      window.dutygraph.renders++;
      document.body.dataset.rendered = String(window.dutygraph.renders);
    }
  }
}

function clearGraph(): void {
  drawn?.kill();
  drawn = null;
  window.dutygraph.drawn = null;
  window.dutygraph.interactiveMs = null;
  window.dutygraph.interactiveAtMs = null;
}

function renderTabs(state: ViewState): void {
  const tab = (view: ViewState['view'], label: string, enabled: boolean) => {
    const b = h('button', { type: 'button', class: state.view === view ? 'active' : '', disabled: !enabled, 'data-tab': view }, label);
    b.addEventListener('click', () => go({ view, id: view === 'network' || view === 'search' ? state.id : state.id || state.node }));
    return b;
  };
  const target = state.id || state.node;
  tabs.replaceChildren(tab('search', '搜索', true), tab('network', '协同网络', true), tab('neighborhood', '邻域', target !== ''),
    tab('chain', '问责链', /^(task|proj|place):/.test(target)));
}

function exportLinks(analysis: string, params: URLSearchParams): HTMLElement {
  const formats: Array<[string, string]> = [['gexf', 'GEXF'], ['graphml', 'GraphML'], ['cyjs', 'Cytoscape JSON'], ['nodes.csv', 'nodes.csv'], ['edges.csv', 'edges.csv']];
  return h('span', { class: 'exports' }, '导出：', ...formats.map(([suffix, name]) => h('a', { href: `/export/${analysis}.${suffix}?${params.toString()}`, download: '' }, name)));
}

function renderControls(state: ViewState, caps: Capabilities): void {
  controls.replaceChildren();
  if (state.view === 'network') {
    const yearSelect = (name: string, value: number | null, blank: string) =>
      h('select', { name }, h('option', { value: '' }, blank), ...caps.years.map((y) => h('option', { value: y, selected: value === y }, String(y))));
    const form = h('form', { class: 'filters' },
      h('label', {}, '年份 ', yearSelect('year', state.year, '全部')),
      h('label', {}, '或范围 ', yearSelect('from', state.fromYear, '起'), '–', yearSelect('to', state.toYear, '止')),
      h('label', {}, '地区 ', h('input', { name: 'region', value: state.region, size: 10, placeholder: '如 嘉定' })),
      h('label', {}, '最少共同任务 ', h('input', { name: 'minShared', type: 'number', min: 1, value: state.minShared, style: 'width:4em' })),
      caps.networkCollectives ? h('label', {}, h('input', { name: 'collectives', type: 'checkbox', checked: state.collectives }), ' 含集合单位') : null,
      h('button', { type: 'submit' }, '显示'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const f = new FormData(form);
      const num = (k: string) => (f.get(k) ? Number(f.get(k)) : null);
      go({ year: num('year'), fromYear: num('from'), toYear: num('to'), region: String(f.get('region') ?? '').trim(),
        minShared: Math.max(1, num('minShared') ?? 1), collectives: f.get('collectives') === 'on' });
    });
    controls.append(form);
    if (state.fromYear === null && state.toYear === null) {
      const p = new URLSearchParams();
      if (state.year !== null) p.set('year', String(state.year));
      if (state.region) p.set('region', state.region);
      if (state.minShared > 1) p.set('minShared', String(state.minShared));
      if (caps.networkCollectives && state.collectives) p.set('includeCollectives', 'true');
      controls.append(exportLinks('network', p));
    }
  } else if (state.view === 'neighborhood') {
    const form = h('form', { class: 'filters' },
      h('span', { class: 'centre' }, `中心：${state.id}`),
      h('label', {}, '层数 ', h('select', { name: 'depth' }, ...[1, 2, 3].map((d) => h('option', { value: d, selected: state.depth === d }, String(d))))),
      ...KINDS.map((k) => h('label', {}, h('input', { type: 'checkbox', name: 'kinds', value: k, checked: state.kinds.includes(k) }), KIND_NAMES[k] ?? k)),
      h('button', { type: 'submit' }, '显示'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const f = new FormData(form);
      go({ depth: Number(f.get('depth') ?? 1), kinds: f.getAll('kinds').map(String) });
    });
    const p = new URLSearchParams({ id: state.id, depth: String(state.depth), limit: '500' });
    if (state.kinds.length > 0) p.set('kinds', state.kinds.join(','));
    controls.append(form, exportLinks('neighborhood', p));
  } else if (state.view === 'chain') {
    const arg = isIdOf('TASK', state.id) ? 'taskId' : isIdOf('PROJECT', state.id) ? 'projectId' : 'placeId';
    controls.append(exportLinks('chain', new URLSearchParams({ [arg]: state.id })));
  }
}

async function renderPanel(state: ViewState): Promise<void> {
  if (!state.node) {
    panel.hidden = true;
    panel.replaceChildren();
    return;
  }
  panel.hidden = false;
  const close = h('button', { type: 'button', class: 'close', title: '关闭' }, '×');
  close.addEventListener('click', () => go({ node: '' }));
  // In the page before it fills: its charts measure their width when drawn.
  const content = h('div', { class: 'panel' });
  panel.replaceChildren(close, content);
  try {
    await nodePanel(content, state.node, actions);
  } catch (error) {
    panel.replaceChildren(close, h('p', { class: 'error', role: 'alert' }, error instanceof Error ? error.message : String(error)));
  }
}

// The first view: the URL's, or the network of the latest year of the pair of units sharing
// most tasks, so it is never empty while any units share a task (the latest year may have none).
void (async () => {
  if (!location.search) {
    const top = await gql<{ sharedTasks: Array<{ years: number[] }> }>('{ sharedTasks(first: 1) { years } }').catch(() => null);
    const topYear = top?.sharedTasks[0]?.years.reduce((a, b) => Math.max(a, b));
    const caps = await getCapabilities().catch(() => null);
    go({ view: 'network', year: topYear ?? caps?.busiestYear ?? caps?.years[caps.years.length - 1] ?? null }, false);
  } else void render(current);
})();
