import { textGrid as grid } from '../../scripts/lib/textGrid.js';
import type { BenchResults, QueryFigures } from './results.js';

/** Renders the results as the plain-text tables `npm run bench` prints. */
export function formatTable(r: BenchResults): string {
  const lines: string[] = [];
  const n = (v: number | null | undefined, digits = 1) => (v === null || v === undefined || Number.isNaN(v) ? '—' : v.toFixed(digits));
  lines.push(`dutygraph bench: ${r.tasks.toLocaleString('en')} tasks (seed ${r.seed}, ${r.mode}) on ${r.machine.cores} cores, node ${r.machine.node}, ${r.machine.store === 'kuzu' ? `kuzu ${r.machine.kuzu}` : `neo4j 5.26${r.machine.neo4jStartSeconds !== null ? ` (started by the bench in ${n(r.machine.neo4jStartSeconds, 1)} s)` : ' (NEO4J_URI)'}`}`);
  lines.push(`corpus ${r.corpus.documents} documents, ${n(r.corpus.mb)} MB${r.corpus.reused ? ' (reused)' : ''}; total ${n(r.totalSeconds)} s; ` +
    `load average ${n(r.machine.loadAverage.start, 2)} → ${n(r.machine.loadAverage.end, 2)}`);
  const queryRow = (name: string, q: QueryFigures) => [
    name, n(q.p50Ms, 2), n(q.p99Ms, 2), n(q.firstMs, 2), n(q.rawP50Ms, 2), n(q.rawP99Ms, 2), n(q.overhead, 2), `${q.storeCalls}/${q.waves}`, String(q.reps),
  ];
  lines.push('');
  lines.push('ingest');
  lines.push(grid([
    ['seconds', 'tasks/s', 'extract s', 'load s', 'staged s', 'write s', 'extract MB/s', 'peak RSS MB', 'disk MB'],
    [
      n(r.ingest.seconds, 2), n(r.ingest.tasksPerSec, 0), n(r.ingest.extractSeconds, 2), n(r.ingest.loadSeconds, 2),
      n(r.ingest.stagedSeconds, 2), n(r.ingest.writeSeconds, 2), n(r.ingest.extractMBps, 2), n(r.ingest.rssMB, 0), n(r.ingest.diskMB, 0),
    ],
  ]));
  if (r.formats) {
    lines.push(`reading per format (${r.formats[0]?.textMB ?? 0} MB of text, one thread; issue 18: HTML, DOCX ≥ 5 MB/s, PDF ≥ 20 pages/s):`);
    for (const f of r.formats) {
      lines.push(`  ${f.format.padEnd(12)} ${f.unsupported ? `unsupported (${f.unsupported})` : `${f.mbPerSec} MB/s${f.pagesPerSec !== null ? `, ${f.pagesPerSec} pages/s` : ''}`}`);
    }
  }
  if (r.accuracy) {
    const a = r.accuracy;
    const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
    lines.push('');
    lines.push(`accuracy against the generator's answer key (${a.documents} documents; npm run eval -- --corpus ${r.corpus.dir}):`);
    lines.push(`  tasks P ${pct(a.tasks.precision)} R ${pct(a.tasks.recall)} of ${a.tasks.gold}; responsibilities P ${pct(a.responsibilities.precision)} ` +
      `R ${pct(a.responsibilities.recall)} F1 ${pct(a.responsibilities.f1)} of ${a.responsibilities.gold}; roles ${pct(a.roles.accuracy)}`);
    const rp = a.recurringProjects;
    if (rp) {
      lines.push(`  recurring projects (${rp.regions} regions): ${rp.coreExactYears}/${rp.core} with exact years (${pct(rp.recall)}); ` +
        `${rp.reported} reported, precision ${pct(rp.precision)}`);
    }
  }
  if (Object.keys(r.queries).length > 0) {
    lines.push('');
    lines.push('root queries (ms; e2e = HTTP GraphQL on loopback, first = the first such request, raw = the same store calls alone)');
    lines.push(grid([
      ['query', 'p50', 'p99', 'first', 'raw p50', 'raw p99', 'overhead', 'calls/waves', 'reps'],
      ...Object.entries(r.queries).map(([name, q]) => queryRow(name, q)),
      ...(r.heavyQuery ? [queryRow('(heavy request)', r.heavyQuery)] : []),
    ]));
  }
  if (r.peer) {
    lines.push('');
    lines.push(`${r.peer.library} over the same Neo4j graph (ms, end to end; ratio = its p50 ÷ ours)`);
    lines.push(grid([
      ['question', 'p50', 'p99', 'ours p50', 'ratio', 'reps', 'how'],
      ...Object.entries(r.peer.queries).map(([name, q]) => [name, n(q.p50Ms, 2), n(q.p99Ms, 2), n(q.oursP50Ms, 2), n(q.ratio, 2), String(q.reps), q.how]),
    ]));
    lines.push(`  cannot express: ${r.peer.cannotExpress.map((c) => c.query).join(', ')} (reasons in results.json)`);
  }
  if (r.baselines.sharedTasksNaiveMs !== null) {
    lines.push('');
    lines.push(`naive self-join (global top 20): ${n(r.baselines.sharedTasksNaiveMs, 1)} ms (runs ${r.baselines.naiveRunsMs.map((v) => v.toFixed(0)).join(', ')}); ` +
      `sharedTasks is ${n(r.baselines.sharedTasksSpeedup, 0)}× faster end to end, ${n(r.baselines.sharedTasksRawSpeedup, 0)}× raw; same answer: ${r.baselines.naiveAgrees}`);
    if (r.baselines.emptyRequestP50Ms !== null) {
      lines.push(`empty request { __typename }: ${n(r.baselines.emptyRequestP50Ms, 2)} ms at p50 end to end, so no request can be more than ` +
        `${n(r.baselines.speedupCeiling, 0)}× faster than the naive join here`);
    }
  }
  if (r.explorer) {
    const e = r.explorer;
    lines.push('');
    lines.push(`explorer in Chromium (${e.runs} fresh pages): ${e.year}'s network, ${e.drawn.nodes} nodes / ${e.drawn.edges} edges drawn ` +
      `(API ${e.api.nodes} / ${e.api.edges}${e.api.truncated ? ', truncated' : ''}): interactive ${n(e.interactiveP50Ms, 0)} ms after the request at p50 ` +
      `(max ${n(e.interactiveMaxMs, 0)}), ${n(e.sinceNavigationP50Ms, 0)} ms after navigation; ${n(e.fpsDuringLayout, 0)} fps during layout`);
    lines.push(`  sample graph: first paint ${n(e.sample.firstPaintP50Ms, 0)} ms at p50 (max ${n(e.sample.firstPaintMaxMs, 0)}), ` +
      `network drawn ${n(e.sample.interactiveAtP50Ms, 0)} ms after navigation; requests outside localhost: ${e.outsideRequests}`);
  }
  if (Object.keys(r.throughput).length > 0) {
    lines.push('');
    lines.push('throughput (autocannon, loopback, server in its own process)');
    lines.push(grid([
      ['request', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'requests', 'conns × s', 'alone ms'],
      ...Object.entries(r.throughput).map(([name, t]) => [
        name, n(t.reqPerSec, 1), String(t.p50Ms), String(t.p99Ms), String(t.errors), String(t.requests), `${t.connections} × ${t.durationSeconds}`, n(t.singleRequestMs, 1),
      ]),
    ]));
  }
  lines.push('');
  lines.push(`server RSS: ${n(r.server.afterWarmupRssMB, 0)} MB after warm-up, peak ${n(r.server.peakRssMB, 0)} MB`);
  lines.push('');
  lines.push('targets');
  lines.push(grid([
    ['target', 'value', 'met'],
    ...r.targets.map((t) => [`${t.id}: ${t.target}`, n(t.value, 2), t.met === null ? 'n/a' : t.met ? 'yes' : 'NO']),
  ]));
  if (r.errors.length > 0) {
    lines.push('');
    lines.push('errors');
    for (const e of r.errors) lines.push(`  ${e}`);
  }
  if (r.neo4j) lines.push('', '', formatTable({ ...r.neo4j, errors: [] }));
  const c = r.comparison;
  if (c) {
    lines.push('', `Kùzu and Neo4j side by side (ratio = Neo4j ÷ Kùzu; Neo4j started in ${n(c.neo4jStartSeconds, 1)} s)`);
    lines.push(grid([
      ['figure', 'kuzu', 'neo4j', 'ratio'],
      ['ingest tasks/s', n(c.ingestTasksPerSec.kuzu, 0), n(c.ingestTasksPerSec.neo4j, 0), n(c.ingestTasksPerSec.ratio, 2)],
      ...Object.entries(c.queries).flatMap(([name, q]) => [
        [`${name} p50 ms`, n(q.kuzuP50Ms, 2), n(q.neo4jP50Ms, 2), n(q.ratio, 2)],
        [`${name} raw p50 ms`, n(q.kuzuRawP50Ms, 2), n(q.neo4jRawP50Ms, 2), n(q.rawRatio, 2)],
      ]),
      ...Object.entries(c.throughput).map(([name, t]) => [`${name} req/s`, n(t.kuzuReqPerSec, 1), n(t.neo4jReqPerSec, 1), n(t.ratio, 2)]),
      ['naive self-join ms', n(c.sharedTasksNaiveMs.kuzu, 1), n(c.sharedTasksNaiveMs.neo4j, 1), n(c.sharedTasksNaiveMs.ratio, 2)],
    ]));
    if (Object.keys(c.peer ?? {}).length > 0) {
      lines.push('', '@neo4j/graphql beside ours (p50 ms end to end; ratios = its p50 ÷ ours)');
      lines.push(grid([
        ['question', 'kuzu', 'neo4j', '@neo4j/graphql', '÷ neo4j', '÷ kuzu'],
        ...Object.entries(c.peer).map(([name, p]) => [name, n(p.kuzuP50Ms, 2), n(p.neo4jP50Ms, 2), n(p.peerP50Ms, 2), n(p.ratioToNeo4j, 2), n(p.ratioToKuzu, 2)]),
      ]));
    }
  }
  return lines.join('\n');
}
