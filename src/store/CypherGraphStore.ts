import { createHash } from 'node:crypto';
import { DutyGraphError, ErrorCode } from '../errors.js';
import { isPrepared, type BulkDocument, type BulkFormat } from './bulkFormat.js';
import type {
  Comparator, ExtractedDocument, Genre, PlaceKind, ProjectKind, ProjectStatus, Role, TaskKind,
} from '../model/records.js';
import type { Statement } from './cypher/Statement.js';
import type { CypherRunner, Row, TxRunner } from './CypherRunner.js';
import type {
  DeadlineKind, DocumentFilter, DocumentFingerprint, DocumentRow, DocumentText, GraphCounts, GraphStore, LoadOptions, LocatedRow, MentionRow, NeighbourRow,
  NodeSummary, Page, PageRequest, PairFilter, PairRow, PlaceFilter, PlaceRow, ProjectFilter, ProjectOrder, ProjectRow,
  RegionStat, ResponsibilityRow, SearchKind, SearchRow, SectionRow, StoredEvidence, SurfaceRow, TargetRow, TaskFilter, TaskOrder,
  TaskRow, UnitFilter, UnitOrder, UnitRelationRow, UnitRow, UnitSummary, YearStat,
} from './GraphStore.js';
import * as A from './cypher/analysisStatements.js';
import * as E from './cypher/entityStatements.js';
import * as R from './cypher/readStatements.js';
import { addPairCounts, pairTotalsOutsideDocument, writePairTotals, type PairTotals } from './cypher/pairTotals.js';
import { RankingFloors } from './RankingFloors.js';
import { AnswerCache } from './AnswerCache.js';
import { ReadCache } from './ReadCache.js';
import { SharedEntities } from './cypher/SharedEntities.js';
import { addYears, decodeYears, writeProjectYears, yearsOutsideDocument, type ProjectYears } from './cypher/projectYears.js';
import * as W from './cypher/writeStatements.js';
import {
  coResponsibilityRows, documentParams, locationRows, mentionRows, responsibilityRows, sectionRows, targetRows, taskRows,
} from './cypher/documentRows.js';

/** Every project kind: the default kind filter (Kùzu cannot take a null list parameter). */
const ALL_PROJECT_KINDS: ProjectKind[] = [
  'ROAD', 'RAIL', 'PARK', 'PLATFORM', 'INDUSTRIAL', 'RENEWAL', 'FACILITY', 'EVENT', 'PROGRAMME', 'OTHER',
];

/** The label each id prefix names (ids are kind-prefixed: records.ts). */
const LABEL_BY_PREFIX = new Map([
  ['doc', 'Document'], ['sec', 'Section'], ['task', 'Task'], ['unit', 'Unit'], ['proj', 'Project'], ['place', 'Place'],
  ['target', 'Target'],
]);

/**
 * Units kept by id (embedded Kùzu). Units are few (3.6k at 100k tasks, 5.6k at 1M) and named by
 * nearly every request: a lookup of 20–40 costs 2–3 ms in Kùzu, 1,200 for a network ~6 ms.
 */
const CACHED_UNITS_MAX = 100_000;

/** Global pair rankings kept (one per limit and minimum asked; a dashboard asks one or two). */
const CACHED_RANKINGS_MAX = 64;

/** How long a corpus version is trusted when another process may write (Neo4j). */
const CORPUS_VERSION_TTL_MS = 5_000;

/**
 * GraphStore over any backend that runs Cypher: the statements are shared, the
 * runner supplies the driver, the transaction and the schema DDL.
 */
export class CypherGraphStore implements GraphStore {
  readonly backend: string;
  readonly location: string;
  private readonly runner: CypherRunner;
  private version: { value: string; at: number } | null = null;
  /** Counts write starts and ends: a value read across one of them is not kept. */
  private writes = 0;
  private readonly pairRanking = new RankingFloors();
  /** The global pair rankings' rows, kept until the next write (embedded Kùzu only, like the units). */
  private readonly rankingCache: AnswerCache<readonly Row[]>;
  /** Units by id, and their summaries: kept with embedded Kùzu only, where no other process writes (see ReadCache). */
  private readonly unitCache: ReadCache<UnitRow>;
  private readonly unitSummaryCache: ReadCache<UnitSummary>;

  constructor(runner: CypherRunner) {
    this.runner = runner;
    this.backend = runner.backend;
    this.location = runner.location;
    const cachedUnits = runner.backend === 'kuzu' ? CACHED_UNITS_MAX : 0;
    this.unitCache = new ReadCache(cachedUnits);
    this.unitSummaryCache = new ReadCache(cachedUnits);
    this.rankingCache = new AnswerCache(runner.backend === 'kuzu' ? CACHED_RANKINGS_MAX : 0);
  }

  async ping(): Promise<void> {
    await this.runner.read(R.PING);
  }

  close(): Promise<void> {
    return this.runner.close();
  }

  async replaceDocument(doc: ExtractedDocument, options: LoadOptions = {}): Promise<void> {
    await this.changing(() => this.runner.write(async (tx) => {
      const { id: documentId, year } = doc.document;
      const pairs = coResponsibilityRows(doc);
      // The summaries are computed here from what other documents say (read before anything is
      // written) plus this document, never read back: see yearsOutsideDocument.
      const { projectYears, pairTotals } = await summariesOutsideDocument(tx, documentId, doc.projects.map((p) => p.id), pairs);
      await deleteDocumentFacts(tx, documentId);
      // Prune before loading: shared entities only this document used go now and are merged again
      // below. (Pruning after the load lost entities: Kùzu's EXISTS did not see every edge created
      // earlier in the same transaction: quirk KUZU-EXISTS-SAME-TX.)
      await prune(tx);
      await loadDocumentFacts(tx, doc, pairs, options);
      addYears(projectYears, doc.projects.map((p) => p.id), year === null ? [] : [year]);
      addPairCounts(pairTotals, pairs, year);
      await writeSummaries(tx, projectYears, pairTotals);
    }));
  }

  get bulkFormat(): BulkFormat | null {
    return this.runner.bulkFormat ?? null;
  }

  async bulkLoad(docs: AsyncIterable<BulkDocument> | Iterable<BulkDocument>, options: LoadOptions = {}): Promise<number> {
    const bulkLoad = this.runner.bulkLoad?.bind(this.runner);
    if (bulkLoad) return this.changing(() => bulkLoad(docs, options));
    let count = 0;
    for await (const doc of docs) {
      if (isPrepared(doc)) {
        throw new DutyGraphError(ErrorCode.StoreFailed, `The ${this.backend} store takes extracted documents only (got one prepared as ${doc.format})`);
      }
      await this.replaceDocument(doc, options);
      count++;
    }
    return count;
  }

  async clear(): Promise<void> {
    await this.changing(() => this.runner.write((tx) => tx.run(W.CLEAR_GRAPH)));
  }

  async replaceDocumentInBulk(doc: BulkDocument, options: LoadOptions = {}): Promise<void> {
    const replaceInBulk = this.runner.replaceInBulk?.bind(this.runner);
    if (replaceInBulk) {
      const documentId = isPrepared(doc) ? doc.shared.document.id : doc.document.id;
      const projectIds = (isPrepared(doc) ? doc.shared.projects : doc.projects).map((p) => p.id);
      const pairs = isPrepared(doc) ? doc.pairs : coResponsibilityRows(doc);
      // The old version goes in the new one's transaction; the summaries over the other documents are read before it goes.
      return this.changing(() => replaceInBulk(doc, options, async (tx) => {
        const summaries = await summariesOutsideDocument(tx, documentId, projectIds, pairs);
        await deleteDocumentFacts(tx, documentId);
        await prune(tx);
        return summaries;
      }));
    }
    if (isPrepared(doc)) {
      throw new DutyGraphError(ErrorCode.StoreFailed, `The ${this.backend} store takes extracted documents only (got one prepared as ${doc.format})`);
    }
    return this.replaceDocument(doc, options);
  }

  async removeDocument(documentId: string): Promise<void> {
    await this.changing(() => this.runner.write((tx) => removeDocumentFacts(tx, documentId)));
  }

  // Private: runs a write; what was read before it (version, cached units and rankings) is forgotten when it starts and when it ends.
  private async changing<T>(write: () => Promise<T>): Promise<T> {
    const forget = () => {
      this.writes++;
      this.version = null;
      this.unitCache.invalidate();
      this.unitSummaryCache.invalidate();
      this.rankingCache.invalidate();
    };
    forget();
    try {
      return await write();
    } finally {
      forget();
    }
  }

  async documentFingerprints(): Promise<DocumentFingerprint[]> {
    const rows = await this.runner.read(R.DOCUMENT_FINGERPRINTS);
    return rows.map((r) => ({ id: str(r.id), file: str(r.file), sha256: str(r.sha256), pipeline: str(r.pipeline) }));
  }

  async counts(): Promise<GraphCounts> {
    const [r] = await this.runner.read(R.COUNT_BY_LABEL);
    const n = (key: string) => num(r?.[key]);
    return {
      documents: n('documents'), sections: n('sections'), tasks: n('tasks'), units: n('units'), projects: n('projects'),
      places: n('places'), targets: n('targets'), responsibilities: n('responsibilities'), mentions: n('mentions'),
    };
  }

  documents(filter: DocumentFilter, page: PageRequest): Promise<Page<DocumentRow>> {
    const params = {
      year: filter.year ?? null, region: filter.region ?? null, genre: filter.genre ?? null,
      yearFrom: filter.yearFrom ?? null, yearTo: filter.yearTo ?? null,
    };
    return this.page(R.COUNT_DOCUMENTS, R.LIST_DOCUMENTS, params, page, toDocument);
  }

  documentsByIds(ids: readonly string[]): Promise<DocumentRow[]> {
    return this.byIds(R.DOCUMENTS_BY_IDS, ids, toDocument);
  }

  documentTexts(ids: readonly string[]): Promise<DocumentText[]> {
    return this.byIds(R.DOCUMENT_TEXTS, ids, (r) => ({ id: str(r.id), text: str(r.text) }));
  }

  units(filter: UnitFilter, page: PageRequest, order: UnitOrder = 'NAME'): Promise<Page<UnitRow>> {
    const params = {
      region: filter.region ?? null, kind: filter.kind ?? null, year: filter.year ?? null,
      nameContains: filter.nameContains ?? null, documentId: filter.documentId ?? null,
    };
    return this.page(R.COUNT_UNITS, R.LIST_UNITS[order], params, page, toUnit);
  }

  unitsByIds(ids: readonly string[]): Promise<UnitRow[]> {
    return this.unitCache.get(ids, (missing) => this.byIds(R.UNITS_BY_IDS, missing, toUnit));
  }

  unitSummaries(ids: readonly string[]): Promise<UnitSummary[]> {
    return this.unitSummaryCache.get(ids, (missing) => this.byIds(R.UNIT_SUMMARIES_BY_IDS, missing, (r) => ({
      id: str(r.id), name: str(r.name), region: str(r.region), kind: str(r.kind),
    })));
  }

  tasks(filter: TaskFilter, page: PageRequest, order: TaskOrder = 'DOCUMENT_ORDER'): Promise<Page<TaskRow>> {
    const params = {
      year: filter.year ?? null, documentId: filter.documentId ?? null, region: filter.region ?? null,
      kind: filter.kind ?? null, starred: filter.starred ?? null, textContains: filter.textContains ?? null,
      unitId: filter.unitId ?? null, yearFrom: filter.yearFrom ?? null, yearTo: filter.yearTo ?? null,
      role: filter.role ?? null, genre: filter.genre ?? null, projectId: filter.projectId ?? null,
      placeId: filter.placeId ?? null, dueBefore: filter.dueBefore ?? null,
    };
    return this.page(R.COUNT_TASKS, R.LIST_TASKS[order], params, page, toTask);
  }

  tasksByIds(ids: readonly string[]): Promise<TaskRow[]> {
    return this.byIds(R.TASKS_BY_IDS, ids, toTask);
  }

  sectionsByIds(ids: readonly string[]): Promise<SectionRow[]> {
    return this.byIds(R.SECTIONS_BY_IDS, ids, toSection);
  }

  responsibilitiesByTaskIds(taskIds: readonly string[]): Promise<ResponsibilityRow[]> {
    return this.byIds(sized(taskIds, R.RESPONSIBILITIES_BY_TASKS, R.RESPONSIBILITIES_BY_MANY_TASKS), taskIds, toResponsibility);
  }

  targetsByIds(ids: readonly string[]): Promise<TargetRow[]> {
    return this.byIds(R.TARGETS_BY_IDS, ids, toTarget);
  }

  targetsByTaskIds(taskIds: readonly string[]): Promise<TargetRow[]> {
    return this.byIds(sized(taskIds, R.TARGETS_BY_TASKS, R.TARGETS_BY_MANY_TASKS), taskIds, toTarget);
  }

  async taskIdsByUnitIds(unitIds: readonly string[]): Promise<Map<string, string[]>> {
    const byUnit = new Map<string, string[]>(unitIds.map((id) => [id, []]));
    if (unitIds.length === 0) return byUnit;
    const rows = await this.runner.read(sized(unitIds, R.TASK_IDS_BY_UNITS, R.TASK_IDS_BY_MANY_UNITS), { ids: [...new Set(unitIds)] });
    // Newest first, then in document order (the statement's ORDER BY; see UNSORTED_AFTER_DISTINCT).
    rows.sort((x, y) => num(y.year) - num(x.year) || compareText(str(x.documentId), str(y.documentId)) || num(x.ordinal) - num(y.ordinal));
    for (const r of rows) byUnit.get(str(r.unitId))?.push(str(r.taskId));
    return byUnit;
  }

  projects(filter: ProjectFilter, page: PageRequest, order: ProjectOrder = 'NAME'): Promise<Page<ProjectRow>> {
    const params = {
      region: filter.region ?? null, kinds: nonEmpty(filter.kinds) ?? ALL_PROJECT_KINDS,
      nameContains: filter.nameContains ?? null, placeId: filter.placeId ?? null, yearFrom: filter.yearFrom ?? null,
      yearTo: filter.yearTo ?? null, documentId: filter.documentId ?? null,
    };
    return this.page(E.COUNT_PROJECTS, E.LIST_PROJECTS[order], params, page, toProject);
  }

  projectsByIds(ids: readonly string[]): Promise<ProjectRow[]> {
    return this.byIds(E.PROJECTS_BY_IDS, ids, toProject);
  }

  mentionsByProjectIds(ids: readonly string[]): Promise<MentionRow[]> {
    return this.byIds(E.MENTIONS_BY_PROJECTS, ids, toMention);
  }

  unitSurfaces(ids: readonly string[]): Promise<SurfaceRow[]> {
    return this.byIds(E.UNIT_SURFACES, ids, toSurface);
  }

  projectSurfaces(ids: readonly string[]): Promise<SurfaceRow[]> {
    return this.byIds(E.PROJECT_SURFACES, ids, toSurface);
  }

  mentionsByTaskIds(ids: readonly string[]): Promise<MentionRow[]> {
    return this.byIds(sized(ids, E.MENTIONS_BY_TASKS, E.MENTIONS_BY_MANY_TASKS), ids, toMention);
  }

  async projectTasks(projectIds: readonly string[]): Promise<{ tasksByProject: Map<string, TaskRow[]>; responsibilities: ResponsibilityRow[] }> {
    const tasksByProject = new Map<string, TaskRow[]>(projectIds.map((id) => [id, []]));
    const [tasks, responsibilities] = await Promise.all([
      this.byIds(R.TASKS_OF_PROJECTS, projectIds, (r) => [str(r.projectId), toTask(r)] as const),
      this.byIds(R.RESPONSIBILITIES_OF_PROJECTS, projectIds, toResponsibility),
    ]);
    // In printed order within each task (the statement's ORDER BY; see UNSORTED_AFTER_DISTINCT).
    responsibilities.sort((x, y) => compareText(x.taskId, y.taskId) || x.order - y.order);
    for (const [projectId, task] of tasks) tasksByProject.get(projectId)?.push(task);
    return { tasksByProject, responsibilities };
  }

  async unitIdsByProjectIds(ids: readonly string[]): Promise<Map<string, string[]>> {
    return groupIds(ids, await this.byIds(E.UNITS_BY_PROJECTS, ids, (r) => [str(r.projectId), str(r.unitId)] as const), true);
  }

  places(filter: PlaceFilter, page: PageRequest): Promise<Page<PlaceRow>> {
    const params = { kind: filter.kind ?? null, parentId: filter.parentId ?? null, nameContains: filter.nameContains ?? null };
    return this.page(E.COUNT_PLACES, E.LIST_PLACES, params, page, toPlace);
  }

  placesByIds(ids: readonly string[]): Promise<PlaceRow[]> {
    return this.byIds(E.PLACES_BY_IDS, ids, toPlace);
  }

  async childPlaceIds(ids: readonly string[]): Promise<Map<string, string[]>> {
    return groupIds(ids, await this.byIds(E.CHILD_PLACES, ids, (r) => [str(r.parentId), str(r.id)] as const));
  }

  async placeIdsOf(subjectIds: readonly string[]): Promise<Map<string, string[]>> {
    return groupIds(subjectIds, await this.byIds(E.LOCATIONS_OF, subjectIds, (r) => [str(r.subjectId), str(r.placeId)] as const), true);
  }

  locatedIn(placeIds: readonly string[]): Promise<LocatedRow[]> {
    return this.byIds(E.LOCATED_HERE, placeIds, (r) => ({
      placeId: str(r.placeId), subjectId: str(r.subjectId), year: num(r.year), evidence: evidenceOf(r, str(r.documentId)),
    }));
  }

  unitRelations(unitIds: readonly string[]): Promise<UnitRelationRow[]> {
    return this.byIds(E.UNIT_RELATIONS, unitIds, (r) => ({
      kind: str(r.kind) === 'SUCCEEDED_BY' ? 'SUCCEEDED_BY' : 'PART_OF', fromId: str(r.fromId), toId: str(r.toId),
      year: r.year === null || r.year === undefined ? null : num(r.year), rule: str(r.rule),
    }));
  }

  administers(ids: readonly string[]): Promise<Array<{ unitId: string; placeId: string }>> {
    return this.byIds(E.ADMINISTERED_PLACES, ids, (r) => ({ unitId: str(r.unitId), placeId: str(r.placeId) }));
  }

  async sharedPairs(unitIds: readonly string[] | null, filter: PairFilter): Promise<PairRow[]> {
    const params = {
      year: filter.year ?? null, region: filter.region ?? null, documentId: filter.documentId ?? null,
      minShared: filter.minShared, limit: filter.limit, includeCollectives: filter.includeCollectives ?? false,
    };
    const ids = unitIds === null ? null : [...new Set(unitIds)];
    if (ids !== null && ids.length === 0) return [];
    const unfiltered = params.year === null && params.region === null && params.documentId === null;
    const toPair = (r: Row, years: number[]) => ({ a: str(r.a), b: str(r.b), sharedCount: num(r.shared), years });
    // Over the whole corpus, for everyone or one unit: the precomputed totals answer directly. The
    // global ranking is kept until the next write (fresh pair objects each time: callers may change theirs).
    if (unfiltered && (ids === null || ids.length === 1)) {
      const rows = ids === null
        ? await this.rankingCache.get(`${params.limit}|${params.minShared}|${params.includeCollectives}`, () => this.pairRanking.top(params.limit, params.minShared,
          (minShared) => this.runner.read(A.SHARED_PAIRS_TOTAL, { minShared, limit: params.limit, includeCollectives: params.includeCollectives }), (r) => num(r.shared)))
        : await this.runner.read(A.SHARED_PAIRS_TOTAL_OF_UNIT, { unitId: ids[0], minShared: params.minShared, limit: params.limit, includeCollectives: params.includeCollectives });
      return rows.map((r) => toPair(r, numbers(r.years).sort((x, y) => x - y)));
    }
    let rows: Row[];
    if (ids === null) rows = await this.runner.read(A.SHARED_PAIRS, params);
    else if (ids.length === 1) rows = await this.runner.read(A.SHARED_PAIRS_OF_UNIT, { ...params, unitId: ids[0] });
    else rows = await this.runner.read(A.SHARED_PAIRS_AMONG, { ...params, unitIds: ids });
    // Within one year every pair's years are that year; otherwise ask for the returned pairs' years.
    if (params.year !== null) return rows.map((r) => toPair(r, [params.year!]));
    // Pair keys are order-free: stored edges run a < b, a unit's partner rows start with the unit.
    const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
    const years = new Map<string, number[]>();
    if (rows.length > 0) {
      const found = await this.runner.read(A.PAIR_YEARS, {
        ids: [...new Set(rows.flatMap((r) => [str(r.a), str(r.b)]))],
        year: params.year, region: params.region, documentId: params.documentId, includeCollectives: params.includeCollectives,
      });
      for (const r of found) years.set(key(str(r.a), str(r.b)), numbers(r.years).sort((x, y) => x - y));
    }
    return rows.map((r) => toPair(r, years.get(key(str(r.a), str(r.b))) ?? []));
  }

  /*
   * The tasks each pair shares, as whole rows: one two-hop match from the pairs' units
   * (TASKS_SHARED_BY), which reads only the reached tasks' columns. The rows of pairs
   * nobody asked for, repeats and rows outside the scope are dropped here.
   */
  async tasksSharedBy(
    pairs: ReadonlyArray<{ a: string; b: string }>, filter: Omit<PairFilter, 'minShared' | 'limit'>,
  ): Promise<Map<string, TaskRow[]>> {
    const out = new Map<string, TaskRow[]>(pairs.map((p) => [`${p.a}|${p.b}`, []]));
    if (pairs.length === 0) return out;
    const rows = await this.runner.read(R.TASKS_SHARED_BY, { as: [...new Set(pairs.map((p) => p.a))], bs: [...new Set(pairs.map((p) => p.b))] });
    const inScope = (r: Row) =>
      (filter.year == null || num(r.year) === filter.year) &&
      (filter.region == null || str(r.region).includes(filter.region)) &&
      (filter.documentId == null || str(r.documentId) === filter.documentId);
    const seen = new Set<string>();
    for (const r of rows) {
      const key = `${str(r.a)}|${str(r.b)}`;
      const tasks = out.get(key);
      const row = `${key}|${str(r.id)}`;
      // Units of $as and $bs may form pairs nobody asked for; a task is listed once per pair.
      if (!tasks || !inScope(r) || seen.has(row)) continue;
      seen.add(row);
      tasks.push(toTask(r));
    }
    for (const tasks of out.values()) tasks.sort(byDocumentOrder);
    return out;
  }

  async recurringProjects(filter: {
    minYears: number; region?: string | null; fromYear?: number | null; toYear?: number | null; kinds?: readonly ProjectKind[] | null;
    limit?: number | null;
  }): Promise<Array<{ project: ProjectRow; years: number[] }>> {
    const common = { minYears: filter.minYears, region: filter.region ?? null, kinds: nonEmpty(filter.kinds) ?? ALL_PROJECT_KINDS };
    const ranged = (filter.fromYear ?? null) !== null || (filter.toYear ?? null) !== null;
    // Without a range the summaries are read in order, the first `limit` only (a top-k); a range
    // aggregates the edges and is sorted here (UNSORTED_AFTER_DISTINCT), then cut.
    const rows = ranged
      ? await this.runner.read(A.RECURRING_PROJECTS, { ...common, fromYear: filter.fromYear ?? null, toYear: filter.toYear ?? null })
      : await this.runner.read(A.RECURRING_PROJECTS_ALL_YEARS, { ...common, limit: filter.limit ?? Number.MAX_SAFE_INTEGER });
    // The precomputed summaries hold their years as text; a year range collects them from the edges.
    const projects = rows.map((r) => ({ project: toProject(r), years: (ranged ? numbers(r.years) : decodeYears(r.years)).sort((x, y) => x - y) }));
    // A year range counts the years in the query, then sorts (see UNSORTED_AFTER_DISTINCT): most years first, by name.
    if (ranged) {
      projects.sort((x, y) => y.years.length - x.years.length || compareText(x.project.name, y.project.name) || compareText(x.project.id, y.project.id));
    }
    return projects.slice(0, filter.limit ?? projects.length);
  }

  async neighbours(ids: readonly string[], limit: number, via?: string): Promise<NeighbourRow[]> {
    if (ids.length === 0 || limit <= 0) return [];
    const viaLabel = via === undefined ? undefined : labelOf(via);
    const reads = [...byLabel(ids)].flatMap(([label, group]) => {
      if (label === null) return [];
      const anchored = viaLabel && A.NEIGHBOURS_VIA[`${viaLabel}>${label}`];
      if (anchored) {
        return [anchored.out, anchored.in].map((s) => this.runner.read(s, { via, ids: group, limit }));
      }
      const hop = group.length >= MANY_IDS ? A.NEIGHBOURS.many : A.NEIGHBOURS.few;
      // Looked up key by key, each key may bring `limit` edges: keep `limit` per direction.
      return [hop.out[label]!, hop.in[label]!].map(async (s) => (await this.runner.lookup(s, group, { limit })).slice(0, limit));
    });
    const seen = new Map<string, NeighbourRow>();
    for (const r of (await Promise.all(reads)).flat()) {
      const row: NeighbourRow = {
        source: str(r.source), target: str(r.target), type: str(r.type), id: str(r.id), kind: str(r.kind),
        label: str(r.label), nodeYear: numOrNull(r.nodeYear), year: numOrNull(r.year), role: strOrNull(r.role),
        documentId: strOrNull(r.documentId),
      };
      // An anchored hop repeats the edges of a node joined to `via` twice.
      const key = JSON.stringify(row);
      if (!seen.has(key)) seen.set(key, row);
    }
    // The same edges in the same order on every call, whichever reader or thread answered first:
    // newest first, then by the far node (the order each statement's LIMIT keeps them in).
    return [...seen.entries()]
      .map(([key, row]) => ({ key, row, year: row.year ?? row.nodeYear ?? 0 }))
      .sort((x, y) => y.year - x.year || compareText(x.row.id, y.row.id) || compareText(x.key, y.key))
      .map(({ row }) => row);
  }

  async nodeSummaries(ids: readonly string[]): Promise<NodeSummary[]> {
    const reads = [...byLabel(ids)].map(([label, group]) =>
      this.byIds(label === null ? A.NODE_SUMMARIES : A.NODE_SUMMARIES_OF[label]!, group, (r) => ({
        id: str(r.id), kind: str(r.kind), label: str(r.label), nodeYear: numOrNull(r.nodeYear),
      })));
    return (await Promise.all(reads)).flat();
  }

  async search(text: string, kinds: readonly SearchKind[], limit: number): Promise<SearchRow[]> {
    if (text.length === 0 || limit <= 0) return [];
    const results = await Promise.all(
      [...new Set(kinds)].map(async (kind) => {
        const statements = A.INDEXED_SEARCH_TEXT.test(text) ? A.SEARCH_INDEXED : A.SEARCH;
        const rows = await this.runner.read(statements[kind], { text, limit });
        return rows.map((r) => ({
          id: str(r.id), kind, label: str(r.label), names: strings(r.names), context: str(r.context),
          documentId: strOrNull(r.documentId),
        }));
      }),
    );
    return results.flat();
  }

  async statsByYear(): Promise<YearStat[]> {
    return (await this.runner.read(A.STATS_BY_YEAR)).map((r) => ({
      year: num(r.year), documents: num(r.documents), tasks: num(r.tasks),
    }));
  }

  async statsByRegion(): Promise<RegionStat[]> {
    return (await this.runner.read(A.STATS_BY_REGION)).map((r) => ({
      region: str(r.region), documents: num(r.documents), tasks: num(r.tasks), units: num(r.units),
    }));
  }

  async corpusVersion(): Promise<string> {
    const now = Date.now();
    const fresh = this.version && (this.backend === 'kuzu' || now - this.version.at < CORPUS_VERSION_TTL_MS);
    if (this.version && fresh) return this.version.value;
    const writes = this.writes;
    const hash = createHash('sha256');
    for (const f of await this.documentFingerprints()) hash.update(`${f.id}\u0000${f.sha256}\n`);
    const version = { value: hash.digest('hex').slice(0, 16), at: now };
    if (writes === this.writes) this.version = version;
    return version.value;
  }

  // Private: a COUNT statement and a LIST statement with the same filter, run together.
  private async page<T>(
    count: Statement, list: Statement, params: Record<string, unknown>, page: PageRequest, map: (r: Row) => T,
  ): Promise<Page<T>> {
    const [totals, rows] = await Promise.all([
      this.runner.read(count, params),
      page.limit > 0 ? this.runner.read(list, { ...params, offset: page.offset, limit: page.limit }) : Promise.resolve([]),
    ]);
    return { totalCount: num(totals[0]?.total), rows: rows.map(map) };
  }

  // Private: an id-list lookup; an empty list never reaches the driver.
  private async byIds<T>(lookup: Statement, ids: readonly string[], map: (r: Row) => T): Promise<T[]> {
    if (ids.length === 0) return [];
    return (await this.runner.lookup(lookup, [...new Set(ids)])).map(map);
  }
}

// Private: removes everything the document owns (its nodes and the edges they carry).
async function deleteDocumentFacts(tx: TxRunner, documentId: string): Promise<void> {
  for (const s of [
    W.DELETE_DOCUMENT_TASKS, W.DELETE_DOCUMENT_SECTIONS, W.DELETE_DOCUMENT_TARGETS,
    W.DELETE_DOCUMENT_PROJECT_LOCATIONS, W.DELETE_DOCUMENT_CO_RESPONSIBILITY, W.DELETE_DOCUMENT,
  ]) {
    await tx.run(s, { documentId });
  }
}

// Private: removes a document with what it alone contributed, the summaries recomputed without it
// (removeDocument; replaceDocumentInBulk runs it before the new version, in the same transaction).
async function removeDocumentFacts(tx: TxRunner, documentId: string): Promise<void> {
  const { projectYears, pairTotals } = await summariesOutsideDocument(tx, documentId, [], []);
  await deleteDocumentFacts(tx, documentId);
  await prune(tx);
  await writeSummaries(tx, projectYears, pairTotals);
}

// Private: shared entities not referenced any more are removed.
async function prune(tx: TxRunner): Promise<void> {
  for (const s of [W.PRUNE_UNITS, W.PRUNE_PROJECTS, W.PRUNE_PLACES]) await tx.run(s);
}

// Private: the project years and unit-pair totals a document's replacement or removal changes,
// as the other documents give them: the projects and pairs the stored version of the document
// counts, and those of its new version (`projectIds`, `pairs`). Read before any write.
async function summariesOutsideDocument(
  tx: TxRunner, documentId: string, projectIds: readonly string[], pairs: ReadonlyArray<{ a: string; b: string }>,
): Promise<{ projectYears: ProjectYears; pairTotals: PairTotals }> {
  const projectsBefore = await tx.run(W.PROJECTS_OF_DOCUMENT, { documentId });
  const pairsBefore = await tx.run(W.PAIRS_OF_DOCUMENT, { documentId });
  return {
    projectYears: await yearsOutsideDocument(tx, [...projectsBefore.map((r) => str(r.id)), ...projectIds], documentId),
    pairTotals: await pairTotalsOutsideDocument(tx, [...pairsBefore.map((r) => ({ a: str(r.a), b: str(r.b) })), ...pairs], documentId),
  };
}

// Private: stores the summaries; a project left without years was pruned with its last mention.
async function writeSummaries(tx: TxRunner, projectYears: ProjectYears, pairTotals: PairTotals): Promise<void> {
  await writeProjectYears(tx, new Map([...projectYears].filter(([, years]) => years.size > 0)));
  await writePairTotals(tx, pairTotals);
}

// Private: loads one document: shared entities first (merged), then its own nodes, then edges
// (`pairs`: its unit-pair counts, coResponsibilityRows).
async function loadDocumentFacts(
  tx: TxRunner, doc: ExtractedDocument, pairs: ReadonlyArray<{ a: string; b: string; shared: number }>, options: LoadOptions,
): Promise<void> {
  const { id: documentId, year, region } = doc.document;
  const scope = { documentId, year };

  const shared = new SharedEntities();
  shared.add(doc);
  await shared.merge(tx, options);

  await tx.run(W.CREATE_DOCUMENT, emptyAsNull(documentParams(doc, options.pipeline ?? '')));
  const sections = sectionRows(doc);
  await runRows(tx, W.CREATE_SECTIONS, sections, { documentId });
  await runRows(tx, W.LINK_SUBSECTIONS, sections.filter((s) => s.parentId !== null));
  const tasks = taskRows(doc);
  await runRows(tx, W.CREATE_TASKS, tasks, { documentId, year, region });
  await runRows(tx, W.LINK_TASK_SECTIONS, tasks.filter((t) => t.sectionId !== null));
  await runRows(tx, W.CREATE_RESPONSIBILITIES, responsibilityRows(doc), scope);
  await runRows(tx, W.CREATE_CO_RESPONSIBILITY, pairs, { documentId, year, region });
  await runRows(tx, W.CREATE_MENTIONS, mentionRows(doc), scope);
  await runRows(tx, W.CREATE_TASK_LOCATIONS, locationRows(doc, 'task:'), scope);
  await runRows(tx, W.CREATE_PROJECT_LOCATIONS, locationRows(doc, 'proj:'), scope);
  await runRows(tx, W.CREATE_TARGETS, targetRows(doc), scope);

  await shared.mergeRelations(tx);
}

// Private: one batched statement for a list of rows (skipped when empty: Kùzu cannot type an empty list).
async function runRows(tx: TxRunner, s: Statement, rows: readonly object[], extra: Record<string, unknown> = {}): Promise<void> {
  if (rows.length > 0) await tx.run(s, { ...extra, rows: rows.map(emptyAsNull) });
}

// Private: an empty text value stored as null, as the bulk path's CSV stores it (Kùzu reads ""
// as NULL), so a fact is stored the same whichever path loaded it (an unnumbered heading's number).
function emptyAsNull<T extends object>(row: T): T {
  let out: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(row)) {
    if (v !== '') continue;
    out ??= { ...(row as Record<string, unknown>) };
    out[k] = null;
  }
  return (out ?? row) as T;
}

// Private: row → typed value converters; stores return plain JS values.
function str(v: unknown): string {
  return v === null || v === undefined ? '' : String(v);
}
function strOrNull(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}
function num(v: unknown): number {
  return typeof v === 'number' ? v : typeof v === 'bigint' ? Number(v) : Number(v ?? 0);
}
/** From this many ids on, a lookup joins the UNWIND-ed list instead of testing `IN` per row. */
const MANY_IDS = 64;

// Private: the label an id names by its prefix (task:… → Task), if any.
function labelOf(id: string): string | undefined {
  return LABEL_BY_PREFIX.get(id.slice(0, id.indexOf(':')));
}

// Private: distinct ids grouped by the label their prefix names (each statement starts from one
// table); ids without a known prefix are grouped under null.
function byLabel(ids: readonly string[]): Map<string | null, string[]> {
  const out = new Map<string | null, string[]>();
  for (const id of new Set(ids)) {
    const label = labelOf(id) ?? null;
    const group = out.get(label);
    if (group) group.push(id);
    else out.set(label, [id]);
  }
  return out;
}

// Private: the short-list or the long-list form of a lookup.
function sized(ids: readonly string[], few: Statement, many: Statement): Statement {
  return new Set(ids).size >= MANY_IDS ? many : few;
}

function numOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : num(v);
}
function numbers(v: unknown): number[] {
  return Array.isArray(v) ? v.map(num) : [];
}
function nonEmpty<T>(list: readonly T[] | null | undefined): T[] | null {
  return list && list.length > 0 ? [...list] : null;
}
// Private: (key, id) pairs grouped by key, with an empty list for every asked key.
function groupIds(keys: readonly string[], pairs: ReadonlyArray<readonly [string, string]>, sorted = false): Map<string, string[]> {
  const out = new Map<string, string[]>(keys.map((k) => [k, []]));
  for (const [key, id] of pairs) out.get(key)?.push(id);
  if (sorted) for (const ids of out.values()) ids.sort(compareText);
  return out;
}

/*
 * UNSORTED_AFTER_DISTINCT (quirk KUZU-UNSORTED-AFTER-DISTINCT): Kùzu 0.11.3 can return the rows of a full ORDER BY (no LIMIT) that
 * follows DISTINCT or an aggregation out of order when the sort keys mix text and numbers
 * (measured: a unit's task ids by year, document and position were out of order in 49 of 300
 * runs on the sample graph; with LIMIT, or without DISTINCT, never). The store orders those rows
 * itself; the statements keep their ORDER BY for Neo4j and for the reader.
 */

/** Text in code-point order, as both backends compare strings (not the locale's order). */
function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}
function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}
function evidenceOf(r: Row, documentId: string): StoredEvidence {
  return { documentId, quote: str(r.quote), start: num(r.spanStart), end: num(r.spanEnd), rule: str(r.rule) };
}

function toDocument(r: Row): DocumentRow {
  return {
    id: str(r.id), file: str(r.file), title: str(r.title), year: numOrNull(r.year), region: strOrNull(r.region),
    genre: str(r.genre) as Genre, issuer: strOrNull(r.issuer), date: strOrNull(r.date), sha256: str(r.sha256),
    length: num(r.length), inferred: str(r.inferred) || '[]',
    format: str(r.format) || 'txt', encoding: strOrNull(r.encoding), textSha256: str(r.textSha256),
  };
}

function toUnit(r: Row): UnitRow {
  const name = str(r.name);
  return {
    id: str(r.id), name, region: strOrNull(r.region), kind: str(r.kind), aliases: strings(r.names).filter((n) => n !== name),
    placeId: strOrNull(r.placeId), rule: str(r.rule),
  };
}

function toTask(r: Row): TaskRow {
  const documentId = str(r.documentId);
  return {
    id: str(r.id), documentId, sectionId: strOrNull(r.sectionId), number: strOrNull(r.number), text: str(r.text),
    starred: r.starred === true, kind: str(r.kind) as TaskKind, ordinal: num(r.ordinal), year: numOrNull(r.year),
    region: strOrNull(r.region), evidence: evidenceOf(r, documentId),
    deadline: r.deadlinePrinted === null || r.deadlinePrinted === undefined ? null : {
      printed: str(r.deadlinePrinted), date: strOrNull(r.deadlineDate), kind: str(r.deadlineKind) as DeadlineKind,
      evidence: { documentId, quote: str(r.deadlinePrinted), start: num(r.deadlineStart), end: num(r.deadlineEnd), rule: str(r.deadlineRule) },
    },
  };
}

/** Document order: year, then document, then position in it. */
function byDocumentOrder(x: TaskRow, y: TaskRow): number {
  // Tasks of a document without a year come last.
  return (x.year ?? Number.MAX_SAFE_INTEGER) - (y.year ?? Number.MAX_SAFE_INTEGER) || compareText(x.documentId, y.documentId) || x.ordinal - y.ordinal;
}

function toSection(r: Row): SectionRow {
  const documentId = str(r.documentId);
  return {
    id: str(r.id), documentId, parentId: strOrNull(r.parentId), number: str(r.number), title: str(r.title),
    level: num(r.level), ordinal: num(r.ordinal), evidence: evidenceOf(r, documentId),
  };
}

function toResponsibility(r: Row): ResponsibilityRow {
  return {
    taskId: str(r.taskId), unitId: str(r.unitId), role: str(r.role) as Role, order: num(r.ord),
    surface: str(r.surface), resolution: str(r.resolution), year: numOrNull(r.year), evidence: evidenceOf(r, str(r.documentId)),
  };
}

function toTarget(r: Row): TargetRow {
  return {
    id: str(r.id), taskId: str(r.taskId), metric: str(r.metric), value: num(r.value), unit: str(r.unit),
    comparator: str(r.comparator) as Comparator, year: num(r.year), evidence: evidenceOf(r, str(r.documentId)),
  };
}

function toProject(r: Row): ProjectRow {
  const name = str(r.name);
  return {
    id: str(r.id), name, region: strOrNull(r.region), kind: str(r.kind) as ProjectKind,
    aliases: strings(r.names).filter((n) => n !== name), rule: str(r.rule),
  };
}

function toPlace(r: Row): PlaceRow {
  const name = str(r.name);
  return {
    id: str(r.id), name, kind: str(r.kind) as PlaceKind, parentId: strOrNull(r.parentId),
    aliases: strings(r.names).filter((n) => n !== name), code: strOrNull(r.code),
  };
}

function toSurface(r: Row): SurfaceRow {
  return { nodeId: str(r.nodeId), surface: str(r.surface), rule: str(r.rule), documentId: str(r.documentId), uses: num(r.uses) };
}

function toMention(r: Row): MentionRow {
  return {
    projectId: str(r.projectId), taskId: str(r.taskId), year: num(r.year), surface: str(r.surface), resolution: str(r.resolution),
    status: strOrNull(r.status) as ProjectStatus | null, evidence: evidenceOf(r, str(r.documentId)),
  };
}
