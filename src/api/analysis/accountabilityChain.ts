import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors.js';
import { isIdOf } from '../../model/nodeKinds.js';
import type { MentionRow, ProjectRow, ResponsibilityRow, TaskRow, UnitRow } from '../../store/rows.js';
import type { Loaders } from '../loaders.js';
import { lists as listsOf, present } from '../resolvers/required.js';
import { GraphBuilder } from './GraphBuilder.js';
import type { ChainValue, LinkValue } from './types.js';

/** Deepest supervision / reform expansion served. */
export const MAX_CHAIN_DEPTH = 5;

/** How a link was derived, before unit names are known. */
type Derivation =
  | { kind: 'printed' }
  | { kind: 'sameProject'; project: string; fromYear: number; fromDocument: string }
  | { kind: 'supervises'; childId: string }
  | { kind: 'successor'; ofId: string; year: number | null }
  | { kind: 'predecessor'; ofId: string; year: number | null };

type DraftLink = Omit<LinkValue, 'via'> & { derivation: Derivation };

export interface ChainArgs {
  taskId: string | null;
  projectId: string | null;
  placeId: string | null;
  maxDepth: number;
}

/**
 * Everyone who is or was responsible for a task, project or place, with proof.
 * Round trips are bounded by `maxDepth` (one batched load per level), not by the
 * number of tasks, mentions or units in the chain.
 */
export async function accountabilityChain(loaders: Loaders, args: ChainArgs): Promise<ChainValue> {
  const given = [args.taskId, args.projectId, args.placeId].filter((v) => v !== null && v !== undefined);
  if (given.length !== 1) {
    throw new GraphQLError('Give exactly one of taskId, projectId, placeId', { extensions: { code: ErrorCode.BadInput } });
  }
  if (args.maxDepth < 0 || args.maxDepth > MAX_CHAIN_DEPTH) {
    throw new GraphQLError(`maxDepth must be between 0 and ${MAX_CHAIN_DEPTH} (got ${args.maxDepth})`, {
      extensions: { code: ErrorCode.BadInput, argumentName: 'maxDepth' },
    });
  }

  let subjectId: string;
  let drafts: DraftLink[];
  const projects: ProjectRow[] = [];
  const mentions: MentionRow[] = [];
  if (args.taskId) {
    subjectId = args.taskId;
    const task = await loaders.task.load(args.taskId);
    if (!task) throw notFound(args.taskId);
    drafts = await printedLinks(loaders, [task]);
  } else if (args.projectId) {
    subjectId = args.projectId;
    const project = await loaders.project.load(args.projectId);
    if (!project) throw notFound(args.projectId);
    projects.push(project);
    // The project's tasks and their units come in the same wait, reached from the project.
    const [found] = await Promise.all([loaders.mentionsByProject.load(project.id), loaders.taskIdsByProject.load(project.id)]);
    mentions.push(...found);
    drafts = await projectLinks(loaders, [project], mentions);
  } else {
    subjectId = args.placeId!;
    const place = await loaders.place.load(subjectId);
    if (!place) throw notFound(subjectId);
    const placeIds = await placeAndDescendants(loaders, subjectId, args.maxDepth);
    const located = (await lists(loaders.locatedIn.loadMany(placeIds))).flat();
    const taskIds = unique(located.filter((l) => isIdOf('TASK', l.subjectId)).map((l) => l.subjectId));
    const projectIds = unique(located.filter((l) => isIdOf('PROJECT', l.subjectId)).map((l) => l.subjectId));
    const [tasks, found] = await Promise.all([rows(loaders.task.loadMany(taskIds)), rows(loaders.project.loadMany(projectIds))]);
    projects.push(...found);
    mentions.push(...(await lists(loaders.mentionsByProject.loadMany(projectIds))).flat());
    drafts = [...(await printedLinks(loaders, tasks)), ...(await projectLinks(loaders, found, mentions))];
  }

  drafts.push(...(await expandUnits(loaders, drafts, args.maxDepth)));
  const links = dedupe(drafts);
  const units = new Map((await rows(loaders.unit.loadMany(unique(links.flatMap(unitsNamed))))).map((u) => [u.id, u]));
  const tasks = new Map(
    (await rows(loaders.task.loadMany(unique([...links.map((l) => l.taskId), ...mentions.map((m) => m.taskId)].filter(isString)))))
      .map((t) => [t.id, t]),
  );
  const finished = links.map((l) => finish(l, units)).sort(byYear);
  return { subjectId, links: finished, graph: drawChain(subjectId, finished, links, units, tasks, projects, mentions) };
}

// Private: the responsibilities printed for these tasks.
async function printedLinks(loaders: Loaders, tasks: readonly TaskRow[]): Promise<DraftLink[]> {
  const responsibilities = await lists(loaders.responsibilitiesByTask.loadMany(tasks.map((t) => t.id)));
  return tasks.flatMap((task, i) =>
    (responsibilities[i] ?? []).map((r) => printed(r, task.year)),
  );
}

function printed(r: ResponsibilityRow, year: number | null): DraftLink {
  return {
    year, unitId: r.unitId, role: r.role, taskId: r.taskId, inferred: false, evidence: r.evidence, derivation: { kind: 'printed' },
  };
}

/*
 * Private: a project's chain. Tasks that name units give printed links. A year
 * whose mentions name no unit (a report) gets inferred links from the tasks of
 * other years that assign the same project, each with the evidence naming the unit.
 */
async function projectLinks(loaders: Loaders, projects: readonly ProjectRow[], mentions: readonly MentionRow[]): Promise<DraftLink[]> {
  // Primes the task and responsibility loaders from the projects (cached when already asked).
  await lists(loaders.taskIdsByProject.loadMany(projects.map((p) => p.id)));
  const taskIds = unique(mentions.map((m) => m.taskId));
  const [tasks, responsibilities] = await Promise.all([
    rows(loaders.task.loadMany(taskIds)),
    lists(loaders.responsibilitiesByTask.loadMany(taskIds)),
  ]);
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const byTask = new Map(taskIds.map((id, i) => [id, responsibilities[i] ?? []]));
  const out: DraftLink[] = [];
  for (const project of projects) {
    const own = mentions.filter((m) => m.projectId === project.id);
    const assigning = own.filter((m) => (byTask.get(m.taskId) ?? []).length > 0);
    const yearsWithUnits = new Set(assigning.map((m) => m.year));
    for (const m of assigning) for (const r of byTask.get(m.taskId) ?? []) out.push(printed(r, m.year));
    for (const year of unique(own.filter((m) => !yearsWithUnits.has(m.year)).map((m) => m.year))) {
      for (const source of assigning) {
        const task = taskById.get(source.taskId);
        for (const r of byTask.get(source.taskId) ?? []) {
          out.push({
            year, unitId: r.unitId, role: r.role, taskId: r.taskId, inferred: true, evidence: r.evidence,
            derivation: { kind: 'sameProject', project: project.name, fromYear: source.year, fromDocument: task?.documentId ?? '' },
          });
        }
      }
    }
  }
  return out;
}

// Private: supervisors (PART_OF) and reform predecessors/successors (SUCCEEDED_BY), level by level.
async function expandUnits(loaders: Loaders, base: readonly DraftLink[], maxDepth: number): Promise<DraftLink[]> {
  const added: DraftLink[] = [];
  const seen = new Set(base.map((l) => l.unitId));
  let frontier = new Map<string, DraftLink>();
  for (const l of base) if (!frontier.has(l.unitId)) frontier.set(l.unitId, l);
  for (let level = 0; level < maxDepth && frontier.size > 0; level++) {
    const relations = (await lists(loaders.unitRelations.loadMany([...frontier.keys()]))).flat();
    const next = new Map<string, DraftLink>();
    for (const rel of relations) {
      const candidates: Array<[string, DraftLink | undefined, Derivation, number | null]> =
        rel.kind === 'PART_OF'
          ? [[rel.toId, frontier.get(rel.fromId), { kind: 'supervises', childId: rel.fromId }, null]]
          : [
              [rel.toId, frontier.get(rel.fromId), { kind: 'successor', ofId: rel.fromId, year: rel.year }, rel.year],
              [rel.fromId, frontier.get(rel.toId), { kind: 'predecessor', ofId: rel.toId, year: rel.year }, rel.year],
            ];
      for (const [unitId, from, derivation, year] of candidates) {
        if (!from || seen.has(unitId)) continue;
        seen.add(unitId);
        const link: DraftLink = { ...from, unitId, inferred: true, derivation, year: year ?? from.year };
        added.push(link);
        next.set(unitId, link);
      }
    }
    frontier = next;
  }
  return added;
}

// Private: the places a place chain covers: itself and its descendants down to maxDepth levels.
async function placeAndDescendants(loaders: Loaders, placeId: string, maxDepth: number): Promise<string[]> {
  const all = [placeId];
  let frontier = [placeId];
  for (let level = 0; level < maxDepth && frontier.length > 0; level++) {
    frontier = unique((await lists(loaders.childPlaceIds.loadMany(frontier))).flat()).filter((id) => !all.includes(id));
    all.push(...frontier);
  }
  return all;
}

// Private: one link per (year, unit, task, derivation kind).
function dedupe(links: readonly DraftLink[]): DraftLink[] {
  const seen = new Set<string>();
  return links.filter((l) => {
    const key = `${l.year}|${l.unitId}|${l.taskId}|${l.role}|${l.derivation.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unitsNamed(l: DraftLink): string[] {
  const d = l.derivation;
  return [l.unitId, ...(d.kind === 'supervises' ? [d.childId] : d.kind === 'successor' || d.kind === 'predecessor' ? [d.ofId] : [])];
}

// Private: the `via` sentence, with unit names.
function finish(l: DraftLink, units: ReadonlyMap<string, UnitRow>): LinkValue {
  const name = (id: string) => units.get(id)?.name ?? id;
  const d = l.derivation;
  const via =
    d.kind === 'printed' ? null
    : d.kind === 'sameProject' ? `same project (${d.project}) assigned to this unit in ${d.fromYear} (${d.fromDocument})`
    : d.kind === 'supervises' ? `supervises ${name(d.childId)} (PART_OF)`
    : d.kind === 'successor' ? `successor of ${name(d.ofId)} after the ${d.year ?? ''} reform (SUCCEEDED_BY)`
    : `predecessor of ${name(d.ofId)} before the ${d.year ?? ''} reform (SUCCEEDED_BY)`;
  return { year: l.year, unitId: l.unitId, role: l.role, taskId: l.taskId, inferred: l.inferred, via, evidence: l.evidence };
}

// Private: by year, printed before inferred; otherwise stable, so printed units keep their printed order.
function byYear(a: LinkValue, b: LinkValue): number {
  return (a.year ?? 9999) - (b.year ?? 9999) || Number(a.inferred) - Number(b.inferred);
}

// Private: the chain as a subgraph: subject, tasks, units and how they connect.
function drawChain(
  subjectId: string, links: readonly LinkValue[], drafts: readonly DraftLink[], units: ReadonlyMap<string, UnitRow>,
  tasks: ReadonlyMap<string, TaskRow>, projects: readonly ProjectRow[], mentions: readonly MentionRow[],
) {
  const graph = new GraphBuilder();
  for (const p of projects) graph.addNode(p.id, 'Project', p.name, { type: p.kind });
  for (const t of tasks.values()) graph.addNode(t.id, 'Task', t.text, { year: t.year, number: t.number });
  if (!graph.has(subjectId)) graph.addNode(subjectId, subjectId.slice(0, subjectId.indexOf(':')), subjectId);
  for (const u of units.values()) graph.addNode(u.id, 'Unit', u.name, { region: u.region, type: u.kind });
  for (const m of mentions) graph.addEdge(m.taskId, m.projectId, 'CONCERNS', { year: m.year, surface: m.surface });
  // The first draft of each (unit, task, year) says how its link was derived.
  const derivations = new Map<string, Derivation>();
  for (const x of drafts) {
    const key = `${x.unitId}|${x.taskId}|${x.year}`;
    if (!derivations.has(key)) derivations.set(key, x.derivation);
  }
  links.forEach((l, i) => {
    const d = derivations.get(`${l.unitId}|${l.taskId}|${l.year}`);
    if (!l.inferred && l.taskId) graph.addEdge(l.unitId, l.taskId, 'RESPONSIBLE_FOR', { role: l.role, year: l.year });
    else if (d?.kind === 'supervises') graph.addEdge(d.childId, l.unitId, 'PART_OF', {});
    else if (d?.kind === 'successor') graph.addEdge(d.ofId, l.unitId, 'SUCCEEDED_BY', { year: d.year });
    else if (d?.kind === 'predecessor') graph.addEdge(l.unitId, d.ofId, 'SUCCEEDED_BY', { year: d.year });
    else graph.addEdge(l.unitId, subjectId, 'INFERRED_RESPONSIBLE', { year: l.year, role: l.role, link: i });
  });
  return graph.build();
}

function notFound(id: string): GraphQLError {
  return new GraphQLError(`No node with id ${id}`, { extensions: { code: ErrorCode.NotFound } });
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function isString(v: string | null): v is string {
  return v !== null;
}

// Private: loadMany results without the misses; a failed key fails the chain (STORE_FAILED), never a shorter one.
async function rows<T>(loaded: Promise<Array<T | null | Error>>): Promise<T[]> {
  return present(await loaded);
}

// Private: list-valued loadMany results, position for position; a failed key fails the chain.
async function lists<T>(loaded: Promise<Array<T[] | Error>>): Promise<T[][]> {
  return listsOf(await loaded);
}
