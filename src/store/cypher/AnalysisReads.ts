import { PROJECT_KINDS } from '../../model/enums.js';
import { labelOfId } from '../../model/nodeKinds.js';
import type { Row } from '../TxRunner.js';
import type {
  NeighbourRow, NodeSummary, PairFilter, PairRow, ProjectRow, RecurringProjectFilter, RegionStat, SearchKind, SearchRow, TaskRow, YearStat,
} from '../rows.js';
import * as A from './analysisStatements.js';
import {
  byDocumentOrder, compareText, num, numbers, numOrNull, str, strings, strOrNull, toNeighbour, toProject, toTask,
} from './decodeRows.js';
import { decodeYears } from './projectYears.js';
import * as R from './readStatements.js';
import { MANY_IDS, type StatementReader } from './StatementReader.js';

/*
 * Rows of a full ORDER BY (no LIMIT) after DISTINCT or an aggregation are sorted again here,
 * as every engine must give them (why: quirk KUZU-UNSORTED-AFTER-DISTINCT in store/kuzu/quirks.ts);
 * the statements keep their ORDER BY for the engines that honour it and for the reader.
 */

/**
 * The store's analysis reads: unit pairs and the tasks they share, recurring projects, one-hop
 * neighbourhoods, node summaries, search and the corpus statistics.
 */
export class AnalysisReads {
  private readonly reader: StatementReader;

  constructor(reader: StatementReader) {
    this.reader = reader;
  }

  async sharedPairs(unitIds: readonly string[] | null, filter: PairFilter): Promise<PairRow[]> {
    const runner = this.reader.runner;
    const params = {
      year: filter.year ?? null, region: filter.region ?? null, documentId: filter.documentId ?? null,
      minShared: filter.minShared, limit: filter.limit, includeCollectives: filter.includeCollectives ?? false,
    };
    const ids = unitIds === null ? null : [...new Set(unitIds)];
    if (ids !== null && ids.length === 0) return [];
    const unfiltered = params.year === null && params.region === null && params.documentId === null;
    const toPair = (r: Row, years: number[]) => ({ a: str(r.a), b: str(r.b), sharedCount: num(r.shared), years });
    // Over the whole corpus, for everyone or one unit: the precomputed totals answer directly.
    if (unfiltered && (ids === null || ids.length === 1)) {
      const { minShared, limit, includeCollectives } = params;
      const rows = ids === null
        ? await runner.read(A.SHARED_PAIRS_TOTAL, { minShared, limit, includeCollectives })
        : await runner.read(A.SHARED_PAIRS_TOTAL_OF_UNIT, { unitId: ids[0], minShared, limit, includeCollectives });
      return rows.map((r) => toPair(r, numbers(r.years).sort((x, y) => x - y)));
    }
    let rows: Row[];
    if (ids === null) rows = await runner.read(A.SHARED_PAIRS, params);
    else if (ids.length === 1) rows = await runner.read(A.SHARED_PAIRS_OF_UNIT, { ...params, unitId: ids[0] });
    else rows = await runner.read(A.SHARED_PAIRS_AMONG, { ...params, unitIds: ids });
    // Within one year every pair's years are that year; otherwise ask for the returned pairs' years.
    if (params.year !== null) return rows.map((r) => toPair(r, [params.year!]));
    // Pair keys are order-free: stored edges run a < b, a unit's partner rows start with the unit.
    const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
    const years = new Map<string, number[]>();
    if (rows.length > 0) {
      const found = await runner.read(A.PAIR_YEARS, {
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
    const rows = await this.reader.runner.read(R.TASKS_SHARED_BY, { as: [...new Set(pairs.map((p) => p.a))], bs: [...new Set(pairs.map((p) => p.b))] });
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

  async recurringProjects(filter: RecurringProjectFilter): Promise<Array<{ project: ProjectRow; years: number[] }>> {
    const kinds = filter.kinds && filter.kinds.length > 0 ? [...filter.kinds] : [...PROJECT_KINDS];
    const common = { minYears: filter.minYears, region: filter.region ?? null, kinds };
    const ranged = (filter.fromYear ?? null) !== null || (filter.toYear ?? null) !== null;
    // Without a range the summaries are read in order, the first `limit` only (a top-k); a range
    // aggregates the edges and is sorted here (KUZU-UNSORTED-AFTER-DISTINCT), then cut.
    const rows = ranged
      ? await this.reader.runner.read(A.RECURRING_PROJECTS, { ...common, fromYear: filter.fromYear ?? null, toYear: filter.toYear ?? null })
      : await this.reader.runner.read(A.RECURRING_PROJECTS_ALL_YEARS, { ...common, limit: filter.limit ?? Number.MAX_SAFE_INTEGER });
    // The precomputed summaries hold their years as text; a year range collects them from the edges.
    const projects = rows.map((r) => ({ project: toProject(r), years: (ranged ? numbers(r.years) : decodeYears(r.years)).sort((x, y) => x - y) }));
    // A year range counts the years in the query, then sorts: most years first, by name.
    if (ranged) {
      projects.sort((x, y) => y.years.length - x.years.length || compareText(x.project.name, y.project.name) || compareText(x.project.id, y.project.id));
    }
    return projects.slice(0, filter.limit ?? projects.length);
  }

  async neighbours(ids: readonly string[], limit: number, via?: string): Promise<NeighbourRow[]> {
    if (ids.length === 0 || limit <= 0) return [];
    const runner = this.reader.runner;
    const viaLabel = via === undefined ? null : labelOfId(via);
    const reads = [...byLabel(ids)].flatMap(([label, group]) => {
      if (label === null) return [];
      const anchored = viaLabel && A.NEIGHBOURS_VIA[`${viaLabel}>${label}`];
      if (anchored) {
        return [anchored.out, anchored.in].map((s) => runner.read(s, { via, ids: group, limit }));
      }
      const hop = group.length >= MANY_IDS ? A.NEIGHBOURS.many : A.NEIGHBOURS.few;
      // Looked up key by key, each key may bring `limit` edges: keep `limit` per direction.
      return [hop.out[label]!, hop.in[label]!].map(async (s) => (await runner.lookup(s, group, { limit })).slice(0, limit));
    });
    const seen = new Map<string, NeighbourRow>();
    for (const r of (await Promise.all(reads)).flat()) {
      const row = toNeighbour(r);
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
      this.reader.byIds(label === null ? A.NODE_SUMMARIES : A.NODE_SUMMARIES_OF[label]!, group, (r) => ({
        id: str(r.id), kind: str(r.kind), label: str(r.label), nodeYear: numOrNull(r.nodeYear),
      })));
    return (await Promise.all(reads)).flat();
  }

  async search(text: string, kinds: readonly SearchKind[], limit: number): Promise<SearchRow[]> {
    if (text.length === 0 || limit <= 0) return [];
    const results = await Promise.all(
      [...new Set(kinds)].map(async (kind) => {
        const statements = A.INDEXED_SEARCH_TEXT.test(text) ? A.SEARCH_INDEXED : A.SEARCH;
        const rows = await this.reader.runner.read(statements[kind], { text, limit });
        return rows.map((r) => ({
          id: str(r.id), kind, label: str(r.label), names: strings(r.names), context: str(r.context),
          documentId: strOrNull(r.documentId),
        }));
      }),
    );
    return results.flat();
  }

  async statsByYear(): Promise<YearStat[]> {
    return (await this.reader.runner.read(A.STATS_BY_YEAR)).map((r) => ({
      year: num(r.year), documents: num(r.documents), tasks: num(r.tasks),
    }));
  }

  async statsByRegion(): Promise<RegionStat[]> {
    return (await this.reader.runner.read(A.STATS_BY_REGION)).map((r) => ({
      region: str(r.region), documents: num(r.documents), tasks: num(r.tasks), units: num(r.units),
    }));
  }
}

// Private: distinct ids grouped by the label their prefix names (each statement starts from one
// table); ids without a known prefix are grouped under null.
function byLabel(ids: readonly string[]): Map<string | null, string[]> {
  const out = new Map<string | null, string[]>();
  for (const id of new Set(ids)) {
    const label = labelOfId(id);
    const group = out.get(label);
    if (group) group.push(id);
    else out.set(label, [id]);
  }
  return out;
}
