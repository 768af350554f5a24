import { statement } from '../../src/store/cypher/Statement.js';
import { NODE_TABLES, REL_TABLES } from '../../src/store/graphModel.js';
import { KuzuRunner } from '../../src/store/kuzu/KuzuRunner.js';

/** What a graph holds, in a canonical form two graphs can be compared by (test of crash recovery). */
export interface GraphDump {
  /** Rows per node label and per relationship type. */
  tables: Record<string, number>;
  /** Per document: its own nodes and the edges carrying its id (and those reached through its tasks). */
  documents: Record<string, string>;
  /** Shared entities' ids, sorted. */
  shared: string[];
  /** CO_TOTAL rows and project years, as stored, sorted. */
  pairTotals: string[];
  projectYears: string[];
}

/** What must hold in any graph a store left, crashed or not. Every list is empty when it does. */
export interface GraphFaults {
  /** Document ids that edges or nodes carry but no Document node has. */
  unknownDocuments: string[];
  /** Units, persons, projects and places the store's prune rules would remove (nothing cites them). */
  orphans: string[];
  /** CO_TOTAL rows that differ from the sum over CO_RESPONSIBLE (either way). */
  pairTotalsOff: string[];
  /** Projects whose stored years differ from their CONCERNS edges' years. */
  projectYearsOff: string[];
}

const q = (name: string, cypher: string) => statement(`DUMP_${name}`, 'Crash-recovery test dump.', cypher);

/** Opens the Kùzu graph under `dataDir` (repairing what a crash left, as any start does), dumps and checks it. */
export async function dumpGraph(dataDir: string, notices: string[] = []): Promise<{ dump: GraphDump; faults: GraphFaults }> {
  const runner = await KuzuRunner.open(dataDir, { onNotice: (line) => notices.push(line) });
  const read = async (name: string, cypher: string) => runner.read(q(name, cypher));
  try {
    const tables: Record<string, number> = {};
    for (const t of NODE_TABLES) tables[t.label] = Number((await read(`N_${t.label}`, `MATCH (n:${t.label}) RETURN count(n) AS n`))[0]?.n);
    for (const t of REL_TABLES) tables[t.type] = Number((await read(`R_${t.type}`, `MATCH ()-[r:${t.type}]->() RETURN count(r) AS n`))[0]?.n);

    const perDoc = new Map<string, Record<string, number>>();
    const add = (rows: Array<Record<string, unknown>>, key: string) => {
      for (const r of rows) {
        const id = String(r.d);
        perDoc.set(id, { ...perDoc.get(id), [key]: Number(r.n) });
      }
    };
    add(await read('DOCS', 'MATCH (d:Document) RETURN d.id AS d, 1 AS n'), 'document');
    for (const label of ['Section', 'Task', 'Target']) {
      add(await read(`OWN_${label}`, `MATCH (x:${label}) RETURN x.documentId AS d, count(x) AS n`), label);
    }
    for (const type of ['RESPONSIBLE_FOR', 'ASSIGNED_TO', 'CONCERNS', 'LOCATED_IN', 'CO_RESPONSIBLE']) {
      add(await read(`EDGE_${type}`, `MATCH ()-[r:${type}]->() RETURN r.documentId AS d, count(r) AS n`), type);
    }
    add(await read('VIA_TASKS', 'MATCH (:Unit)-[r:RESPONSIBLE_FOR]->(t:Task) RETURN t.documentId AS d, count(r) AS n'), 'viaTasks');
    const documents: Record<string, string> = {};
    for (const id of [...perDoc.keys()].sort()) {
      const v = perDoc.get(id)!;
      documents[id] = Object.keys(v).sort().map((k) => `${k}=${v[k]}`).join(' ');
    }
    const unknownDocuments = [...perDoc.entries()].filter(([, v]) => v.document !== 1).map(([id]) => id);

    const shared: string[] = [];
    for (const label of ['Unit', 'Person', 'Project', 'Place']) shared.push(...(await read(`IDS_${label}`, `MATCH (n:${label}) RETURN n.id AS id`)).map((r) => String(r.id)));
    shared.sort();

    const orphans = [
      ...(await read('ORPHAN_UNITS', 'MATCH (u:Unit) WHERE NOT EXISTS { MATCH (u)-[:RESPONSIBLE_FOR]->(:Task) } ' +
        'AND NOT EXISTS { MATCH (u)-[:SUCCEEDED_BY|PART_OF*1..3]-(:Unit)-[:RESPONSIBLE_FOR]->(:Task) } RETURN u.id AS id')),
      ...(await read('ORPHAN_PERSONS', 'MATCH (n:Person) WHERE NOT EXISTS { MATCH (n)-[:ASSIGNED_TO]->(:Task) } RETURN n.id AS id')),
      ...(await read('ORPHAN_PROJECTS', 'MATCH (p:Project) WHERE NOT EXISTS { MATCH (p)<-[:CONCERNS]-(:Task) } RETURN p.id AS id')),
      ...(await read('ORPHAN_PLACES', 'MATCH (p:Place) WHERE NOT EXISTS { MATCH (p)<-[:LOCATED_IN|ADMINISTERS]-() } ' +
        'AND NOT EXISTS { MATCH (p)<-[:PART_OF*1..4]-(:Place)<-[:LOCATED_IN|ADMINISTERS]-() } RETURN p.id AS id')),
    ].map((r) => String(r.id)).sort();

    const sortedYears = (years: unknown) => [...new Set((years as number[] | null ?? []).map(Number))].sort((x, y) => x - y).join(',');
    const pairTotals = (await read('CO_TOTAL', 'MATCH (a:Unit)-[c:CO_TOTAL]->(b:Unit) RETURN a.id AS a, b.id AS b, c.shared AS shared, c.years AS years'))
      .map((r) => `${String(r.a)}|${String(r.b)}|${Number(r.shared)}|${sortedYears(r.years)}`).sort();
    const recomputedPairs = (await read('CO_SUM', 'MATCH (a:Unit)-[c:CO_RESPONSIBLE]->(b:Unit) RETURN a.id AS a, b.id AS b, sum(c.shared) AS shared, collect(c.year) AS years'))
      .map((r) => `${String(r.a)}|${String(r.b)}|${Number(r.shared)}|${sortedYears(r.years)}`).sort();
    const projectYears = (await read('YEARS', 'MATCH (p:Project) RETURN p.id AS id, p.years AS years, p.yearCount AS n'))
      .map((r) => `${String(r.id)}|${String(r.years ?? '')}|${Number(r.n)}`).sort();
    const recomputedYears = (await read('YEARS_SUM', 'MATCH (:Task)-[c:CONCERNS]->(p:Project) RETURN p.id AS id, collect(c.year) AS years'))
      .map((r) => { const y = sortedYears(r.years); return `${String(r.id)}|${y}|${y === '' ? 0 : y.split(',').length}`; }).sort();

    return {
      dump: { tables, documents, shared, pairTotals, projectYears },
      faults: {
        unknownDocuments, orphans,
        pairTotalsOff: symmetricDifference(pairTotals, recomputedPairs),
        projectYearsOff: symmetricDifference(projectYears, recomputedYears),
      },
    };
  } finally {
    await runner.close();
  }
}

function symmetricDifference(a: readonly string[], b: readonly string[]): string[] {
  const sa = new Set(a);
  const sb = new Set(b);
  return [...a.filter((x) => !sb.has(x)).map((x) => `stored ${x}`), ...b.filter((x) => !sa.has(x)).map((x) => `recomputed ${x}`)];
}
