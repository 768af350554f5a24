import { gql, GRAPH_FIELDS, type GraphAnswer } from './api.js';
import { timelineChart, type TimelinePoint } from './charts.js';
import { h, ROLE_NAMES } from './dom.js';
import { EVIDENCE_FIELDS, evidenceView, type EvidenceData } from './evidenceView.js';
import type { PanelActions } from './nodePanel.js';

interface Link {
  year: number | null;
  role: string;
  inferred: boolean;
  via: string | null;
  unit: { id: string; name: string };
  task: { id: string; number: string | null; evidence: EvidenceData } | null;
  evidence: EvidenceData;
}

/** The argument of `accountabilityChain` an id is given as, by its prefix. */
function chainArgument(id: string): string | null {
  const prefix = id.slice(0, id.indexOf(':'));
  return prefix === 'task' ? 'taskId' : prefix === 'proj' ? 'projectId' : prefix === 'place' ? 'placeId' : null;
}

/**
 * Who is or was accountable for a task, project or place: a timeline (years
 * across, units down, printed links coloured by role and inferred ones grey),
 * then every link with its role, year, `via` and evidence.
 */
export async function chainView(el: HTMLElement, id: string, actions: PanelActions): Promise<GraphAnswer> {
  const arg = chainArgument(id);
  if (!arg) throw new Error(`An accountability chain is for a task, project or place; ${id} is none of them`);
  const d = await gql<{ accountabilityChain: { subject: { id: string; name?: string; text?: string; number?: string | null }; links: Link[]; graph: GraphAnswer } }>(
    `query($id: ID!) { accountabilityChain(${arg}: $id) {
      subject { id ... on Project { name } ... on Place { name } ... on Task { number text } }
      links { year role inferred via unit { id name } task { id number evidence ${EVIDENCE_FIELDS} } evidence ${EVIDENCE_FIELDS} }
      graph ${GRAPH_FIELDS} } }`, { id });
  const chain = d.accountabilityChain;
  const title = chain.subject.name ?? `任务 ${chain.subject.number ?? ''} ${chain.subject.text?.slice(0, 30) ?? ''}`;
  const years = [...new Set(chain.links.map((l) => l.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const points: TimelinePoint[] = chain.links.filter((l) => l.year !== null).map((l) => ({
    year: l.year!, row: l.unit.name, group: l.inferred ? 'inferred' : l.role,
    groupName: l.inferred ? '推断' : ROLE_NAMES[l.role] ?? l.role,
    tip: `${l.year} ${l.unit.name} ${ROLE_NAMES[l.role] ?? l.role}${l.inferred ? `（推断：${l.via ?? ''}）` : '（原文）'}`,
  }));
  const chartEl = h('div', { class: 'chart timeline', 'data-chart': 'chain-timeline', 'data-points': points.length });
  el.replaceChildren(h('div', { class: 'chain', 'data-subject': id },
    h('h2', {}, '问责链：', title),
    h('p', { class: 'meta' }, `${chain.links.length} 条责任记录 · ${chain.links.filter((l) => l.inferred).length} 条推断`),
    chartEl));
  timelineChart(chartEl, points, years);
  const list = h('ol', { class: 'links' });
  for (const l of chain.links) {
    list.append(h('li', { class: l.inferred ? 'inferred' : 'printed', 'data-unit': l.unit.id },
      h('div', { class: 'task-head' }, `${l.year ?? '—'} · `, link(l.unit.name, () => actions.openNode(l.unit.id)), ' ',
        h('span', { class: `role role-${l.role}` }, ROLE_NAMES[l.role] ?? l.role),
        l.task ? [' · ', link(`任务 ${l.task.number ?? ''}`, () => actions.openNode(l.task!.id))] : null,
        l.inferred ? h('span', { class: 'via' }, ` 推断：${l.via ?? ''}`) : h('span', { class: 'printed-tag' }, ' 原文')),
      evidenceView(l.evidence, { around: l.task?.evidence ?? null })));
  }
  el.querySelector('.chain')!.append(list);
  return chain.graph;
}

function link(text: string, onClick: () => void): HTMLElement {
  const a = h('a', { href: '#' }, text);
  a.addEventListener('click', (event) => {
    event.preventDefault();
    onClick();
  });
  return a;
}
