import { gql, getCapabilities } from './api.js';
import { tasksByYearChart, timelineChart, type TimelinePoint } from './charts.js';
import { h, KIND_NAMES, PERSON_ROLE_NAMES, ROLE_NAMES } from './dom.js';
import { EVIDENCE_FIELDS, evidenceView, type EvidenceData } from './evidenceView.js';

/** What a panel can ask the page to do: open another node, a neighbourhood or a chain. */
export interface PanelActions {
  openNode: (id: string) => void;
  openNeighborhood: (id: string) => void;
  openChain: (id: string) => void;
}

interface TaskData {
  id: string;
  number: string | null;
  text: string;
  year: number;
  section: { number: string; title: string } | null;
  evidence: EvidenceData;
  units: Array<{ unit: { id: string; name: string }; role: string; surface: string; year: number; evidence: EvidenceData }>;
  people?: Array<{ person: { id: string; name: string }; role: string; surface: string; evidence: EvidenceData }>;
}

const TASK_FIELDS = `{ id number text year section { number title } evidence ${EVIDENCE_FIELDS}
  units { unit { id name } role surface year evidence ${EVIDENCE_FIELDS} } }`;
const ROLES = ['LEAD', 'RESPONSIBLE', 'SUPPORT'];

/**
 * The side panel for a node, by its kind (the id's prefix), built inside `panel`,
 * which must already be in the page: charts measure their container when drawn.
 */
export async function nodePanel(panel: HTMLElement, id: string, actions: PanelActions): Promise<void> {
  const prefix = id.slice(0, id.indexOf(':'));
  panel.dataset.node = id;
  if (prefix === 'unit') await unitPanel(panel, id, actions);
  else if (prefix === 'proj') await projectPanel(panel, id, actions);
  else if (prefix === 'task') await taskPanel(panel, id, actions);
  else if (prefix === 'person') await personPanel(panel, id, actions);
  else await otherPanel(panel, id, actions);
}

function link(text: string, onClick: () => void, attributes: Record<string, string> = {}): HTMLElement {
  const a = h('a', { href: '#', ...attributes }, text);
  a.addEventListener('click', (event) => {
    event.preventDefault();
    onClick();
  });
  return a;
}

function sectionName(s: { number: string; title: string } | null): string | null {
  return s ? `${s.number} ${s.title}` : null;
}

async function unitPanel(panel: HTMLElement, id: string, actions: PanelActions): Promise<void> {
  const caps = await getCapabilities();
  const d = await gql<{ unit: null | {
    name: string; aliases: string[]; region: string; kind: string;
    tasks: { totalCount: number; nodes: TaskData[] };
    partners: Array<{ a: { id: string; name: string }; b: { id: string; name: string }; sharedCount: number; years: number[] }>;
    predecessors: Array<{ unit: { id: string; name: string }; year: number | null }>;
    successors: Array<{ unit: { id: string; name: string }; year: number | null }>;
    supervisors: Array<{ id: string; name: string }>;
  } }>(`query($id: ID!) { unit(id: $id) { name aliases region kind
      tasks(first: 10) { totalCount nodes ${TASK_FIELDS} }
      partners(first: 10) { a { id name } b { id name } sharedCount years }
      predecessors { unit { id name } year } successors { unit { id name } year } supervisors { id name } } }`, { id });
  const u = d.unit;
  if (!u) throw new Error(`No unit ${id}`);
  panel.append(
    h('h2', {}, u.name, h('span', { class: 'kind' }, ` ${KIND_NAMES.UNIT} · ${u.kind}`)),
    h('p', { class: 'meta' }, `${u.region}${u.aliases.length ? ` · 又称 ${u.aliases.join('、')}` : ''} · 任务 ${u.tasks.totalCount}`),
    h('p', {}, link('邻域图', () => actions.openNeighborhood(id))),
  );
  // Tasks by year and role: counts from the API (one alias per year and role), not from one page of tasks.
  const chartEl = h('div', { class: 'chart', 'data-chart': 'tasks-by-year' });
  panel.append(h('h3', {}, '各年任务（按角色）'), chartEl);
  const years = caps.years;
  const counts = await roleCounts(id, years);
  tasksByYearChart(chartEl, years, ROLES.map((role) => ({ role, name: ROLE_NAMES[role] ?? role, counts: years.map((y) => counts.get(`${y}:${role}`) ?? 0) })));

  const reform = [...u.predecessors.map((p) => ({ ...p, dir: '前身' })), ...u.successors.map((s) => ({ ...s, dir: '后继' }))];
  if (reform.length > 0 || u.supervisors.length > 0) {
    panel.append(h('h3', {}, '机构沿革与隶属'), h('ul', {},
      ...reform.map((r) => h('li', {}, `${r.dir}：`, link(r.unit.name, () => actions.openNode(r.unit.id)), r.year ? `（${r.year}）` : '')),
      ...u.supervisors.map((s) => h('li', {}, '上级：', link(s.name, () => actions.openNode(s.id))))));
  }
  if (u.partners.length > 0) {
    panel.append(h('h3', {}, '合作单位（共同任务）'), h('ul', { class: 'partners' }, ...u.partners.map((p) => {
      const other = p.a.id === id ? p.b : p.a;
      return h('li', {}, link(other.name, () => actions.openNode(other.id)), ` ${p.sharedCount} 项 · ${p.years.join('、')}`);
    })));
  }
  panel.append(h('h3', {}, `任务与证据（前 ${u.tasks.nodes.length} / ${u.tasks.totalCount}）`));
  for (const t of u.tasks.nodes) {
    const mine = t.units.find((r) => r.unit.id === id);
    panel.append(h('div', { class: 'task' },
      h('div', { class: 'task-head' }, link(`${t.year} · ${t.number ?? ''} ${t.text.slice(0, 40)}${t.text.length > 40 ? '…' : ''}`, () => actions.openNode(t.id)),
        mine ? h('span', { class: `role role-${mine.role}` }, ROLE_NAMES[mine.role] ?? mine.role) : null),
      mine ? evidenceView(mine.evidence, { section: sectionName(t.section), around: t.evidence }) : evidenceView(t.evidence, { section: sectionName(t.section) })));
  }
}

// Private: `year:role` → how many tasks the unit holds in that role that year, in as few requests as the alias limit allows.
async function roleCounts(unitId: string, years: number[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const pairs = years.flatMap((y) => ROLES.map((r) => [y, r] as const));
  for (let i = 0; i < pairs.length; i += 24) {
    const batch = pairs.slice(i, i + 24);
    const fields = batch.map(([y, r]) => `y${y}_${r}: tasks(filter: { unitId: $id, year: ${y}, role: ${r} }, first: 1) { totalCount }`).join('\n');
    const d = await gql<Record<string, { totalCount: number }>>(`query($id: ID!) { ${fields} }`, { id: unitId });
    for (const [y, r] of batch) out.set(`${y}:${r}`, d[`y${y}_${r}`]?.totalCount ?? 0);
  }
  return out;
}

async function projectPanel(panel: HTMLElement, id: string, actions: PanelActions): Promise<void> {
  const d = await gql<{ project: null | {
    name: string; aliases: string[]; kind: string; region: string; years: number[];
    statusByYear: Array<{ year: number; status: string; evidence: EvidenceData }>;
    mentions: Array<{ year: number; surface: string; status: string | null; evidence: EvidenceData;
      task: { id: string; number: string | null; section: { number: string; title: string } | null; evidence: EvidenceData;
        units: Array<{ unit: { id: string; name: string }; role: string }> } }>;
  } }>(`query($id: ID!) { project(id: $id) { name aliases kind region years
      statusByYear { year status evidence ${EVIDENCE_FIELDS} }
      mentions { year surface status evidence ${EVIDENCE_FIELDS}
        task { id number section { number title } evidence ${EVIDENCE_FIELDS} units { unit { id name } role } } } } }`, { id });
  const p = d.project;
  if (!p) throw new Error(`No project ${id}`);
  panel.append(
    h('h2', {}, p.name, h('span', { class: 'kind' }, ` ${KIND_NAMES.PROJECT} · ${p.kind}`)),
    h('p', { class: 'meta' }, `${p.region} · 年份 ${p.years.join('、')}${p.aliases.length ? ` · 又称 ${p.aliases.join('、')}` : ''}`),
    h('p', {}, link('问责链', () => actions.openChain(id)), ' · ', link('邻域图', () => actions.openNeighborhood(id))),
  );
  // The timeline: a row for the status the text gives, a row per unit behind the project, by year.
  const points: TimelinePoint[] = [];
  for (const s of p.statusByYear) points.push({ year: s.year, row: '状态', group: s.status, groupName: s.status, tip: `${s.year} ${s.status}：${s.evidence.quote}` });
  for (const m of p.mentions) {
    for (const r of m.task.units) {
      points.push({ year: m.year, row: r.unit.name, group: r.role, groupName: ROLE_NAMES[r.role] ?? r.role, tip: `${m.year} ${r.unit.name} ${ROLE_NAMES[r.role] ?? r.role}：${m.surface}` });
    }
  }
  const chartEl = h('div', { class: 'chart timeline', 'data-chart': 'project-timeline', 'data-points': points.length });
  panel.append(h('h3', {}, '时间线：状态与责任单位'), chartEl);
  timelineChart(chartEl, points, p.years);
  panel.append(h('h3', {}, '各年提及与证据'));
  for (const m of p.mentions) {
    panel.append(h('div', { class: 'task' },
      h('div', { class: 'task-head' }, `${m.year} · `, link(`任务 ${m.task.number ?? ''}`, () => actions.openNode(m.task.id)), m.status ? ` · ${m.status}` : '',
        ' · ', ...m.task.units.flatMap((r, i) => [i > 0 ? '、' : '', link(r.unit.name, () => actions.openNode(r.unit.id))])),
      evidenceView(m.evidence, { section: sectionName(m.task.section), around: m.task.evidence })));
  }
}

async function taskPanel(panel: HTMLElement, id: string, actions: PanelActions): Promise<void> {
  const d = await gql<{ task: null | (TaskData & { kind: string; document: { title: string } }) }>(
    `query($id: ID!) { task(id: $id) { kind document { title } ${TASK_FIELDS.slice(1, -1)} people { person { id name } role surface evidence ${EVIDENCE_FIELDS} } } }`, { id });
  const t = d.task;
  if (!t) throw new Error(`No task ${id}`);
  panel.append(
    h('h2', {}, `${KIND_NAMES.TASK} ${t.number ?? ''}`, h('span', { class: 'kind' }, ` ${t.year} · ${t.kind}`)),
    h('p', { class: 'meta' }, `${t.document.title}${t.section ? ` · ${sectionName(t.section)}` : ''}`),
    h('p', {}, link('问责链', () => actions.openChain(id)), ' · ', link('邻域图', () => actions.openNeighborhood(id))),
    h('h3', {}, '任务原文'),
    evidenceView(t.evidence, { section: sectionName(t.section) }),
    h('h3', {}, '责任单位'),
  );
  for (const r of t.units) {
    panel.append(h('div', { class: 'task' },
      h('div', { class: 'task-head' }, link(r.unit.name, () => actions.openNode(r.unit.id)), h('span', { class: `role role-${r.role}` }, ROLE_NAMES[r.role] ?? r.role),
        ` 原文“${r.surface}”`),
      evidenceView(r.evidence, { section: sectionName(t.section), around: t.evidence })));
  }  // People named on the task (责任领导, 责任人, 联系人): persons, never units.
  if (t.people && t.people.length > 0) panel.append(h('h3', {}, '责任人员'));
  for (const p of t.people ?? []) {
    panel.append(h('div', { class: 'task' },
      h('div', { class: 'task-head' }, link(p.person.name, () => actions.openNode(p.person.id)), h('span', { class: 'role' }, PERSON_ROLE_NAMES[p.role] ?? p.role),
        ` 原文“${p.surface}”`),
      evidenceView(p.evidence, { section: sectionName(t.section), around: t.evidence })));
  }
}

async function personPanel(panel: HTMLElement, id: string, actions: PanelActions): Promise<void> {
  const d = await gql<{ person: null | {
    name: string; title: string | null; region: string | null;
    tasks: { totalCount: number; nodes: Array<{ role: string; surface: string; task: { id: string; number: string | null; text: string; year: number }; evidence: EvidenceData }> };
  } }>(`query($id: ID!) { person(id: $id) { name title region tasks(first: 50) { totalCount nodes { role surface task { id number text year } evidence ${EVIDENCE_FIELDS} } } } }`, { id });
  const p = d.person;
  if (!p) throw new Error(`No person ${id}`);
  panel.append(
    h('h2', {}, p.name, h('span', { class: 'kind' }, ` ${KIND_NAMES.PERSON}${p.title ? ` · ${p.title}` : ''}`)),
    h('p', { class: 'meta' }, `${p.region ?? ''} · ${p.tasks.totalCount} 项任务`),
    h('p', {}, link('邻域图', () => actions.openNeighborhood(id))),
  );
  for (const a of p.tasks.nodes) {
    panel.append(h('div', { class: 'task' },
      h('div', { class: 'task-head' }, link(`${a.task.year} ${a.task.number ?? ''} ${a.task.text}`, () => actions.openNode(a.task.id)),
        h('span', { class: 'role' }, PERSON_ROLE_NAMES[a.role] ?? a.role), ` 原文“${a.surface}”`),
      evidenceView(a.evidence, {})));
  }
}

async function otherPanel(panel: HTMLElement, id: string, actions: PanelActions): Promise<void> {
  const d = await gql<{ node: null | { __typename: string; name?: string; title?: string; kind?: string } }>(
    `query($id: ID!) { node(id: $id) { __typename ... on Place { name kind } ... on Document { title } ... on Section { title } ... on Person { name } } }`, { id });
  if (!d.node) throw new Error(`No node ${id}`);
  panel.append(h('h2', {}, d.node.name ?? d.node.title ?? id, h('span', { class: 'kind' }, ` ${d.node.__typename}`)),
    h('p', {}, d.node.__typename === 'Place' ? link('问责链', () => actions.openChain(id)) : null, ' ', link('邻域图', () => actions.openNeighborhood(id))));
}
