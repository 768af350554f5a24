import type { ExtractedDocument } from '../../ingest/records.js';
import type { TxRunner } from '../CypherRunner.js';
import type { LoadOptions } from '../GraphStore.js';
import { namesOf, withAllNames } from './documentRows.js';
import type { Statement } from './Statement.js';
import * as W from './writeStatements.js';

/** Rows per batched MERGE. */
const BATCH = 5_000;

type SharedRow = Record<string, unknown> & { id: string; name: string; names: Set<string> };

/**
 * Units, projects and places of one or many documents, deduplicated by id with
 * their names unioned, plus the edges between shared entities (place parents,
 * governed places, supervision, reform succession). Both load paths merge them
 * through here: one document's transaction and a bulk chunk.
 */
export class SharedEntities {
  private readonly units = new Map<string, SharedRow>();
  private readonly projects = new Map<string, SharedRow & { rule: string }>();
  private readonly places = new Map<string, SharedRow>();
  private readonly placeParents = new Map<string, Record<string, unknown>>();
  private readonly administers = new Map<string, Record<string, unknown>>();
  private readonly unitParents = new Map<string, Record<string, unknown>>();
  private readonly successions = new Map<string, Record<string, unknown>>();

  add(doc: Pick<ExtractedDocument, 'document' | 'units' | 'projects' | 'places' | 'unitRelations'>): void {
    for (const u of doc.units) {
      upsert(this.units, u.id, { id: u.id, name: u.name, region: u.region, kind: u.kind, placeId: u.placeId, rule: u.rule }, [u.name, ...u.aliases]);
      if (u.placeId !== null) this.administers.set(`${u.id}|${u.placeId}`, { id: u.id, placeId: u.placeId, rule: u.rule });
    }
    for (const p of doc.projects) {
      upsert(this.projects, p.id, { id: p.id, name: p.name, region: p.region, kind: p.kind, rule: p.rule }, [p.name, ...p.aliases]);
    }
    for (const p of doc.places) {
      upsert(this.places, p.id, { id: p.id, name: p.name, kind: p.kind, parentId: p.parentId, code: p.code }, [p.name, ...p.aliases]);
      if (p.parentId !== null) this.placeParents.set(`${p.id}|${p.parentId}`, { id: p.id, parentId: p.parentId, rule: 'gazetteer' });
    }
    for (const r of doc.unitRelations) {
      const key = `${r.fromId}|${r.toId}`;
      if (r.kind === 'PART_OF') this.unitParents.set(key, { fromId: r.fromId, toId: r.toId, rule: r.rule });
      else this.successions.set(key, { fromId: r.fromId, toId: r.toId, year: r.year ?? doc.document.year, rule: r.rule });
    }
  }

  /** Merges the shared nodes, unioning names with those already stored. */
  async merge(tx: TxRunner, options: LoadOptions): Promise<void> {
    await mergeNodes(tx, W.READ_NAMES.Place, W.MERGE_PLACES, this.places, (r) => r.name);
    await mergeNodes(tx, W.READ_NAMES.Unit, W.MERGE_UNITS, this.units, (r) => r.name);
    await mergeNodes(tx, W.READ_NAMES.Project, W.MERGE_PROJECTS, this.projects, (r, names) =>
      options.projectName?.({ name: r.name, rule: String(r.rule) }, names) ?? r.name);
  }

  /** Merges the edges between shared entities. */
  async mergeRelations(tx: TxRunner): Promise<void> {
    await batched(tx, W.MERGE_PLACE_PARENTS, [...this.placeParents.values()]);
    await batched(tx, W.MERGE_ADMINISTERS, [...this.administers.values()]);
    await batched(tx, W.MERGE_UNIT_PARENTS, [...this.unitParents.values()]);
    await batched(tx, W.MERGE_SUCCESSIONS, [...this.successions.values()]);
  }
}

function upsert(map: Map<string, SharedRow>, id: string, row: Record<string, unknown> & { id: string; name: string }, names: string[]): void {
  const existing = map.get(id);
  if (existing) for (const n of names) existing.names.add(n);
  else map.set(id, { ...row, names: new Set(names) });
}

async function mergeNodes(
  tx: TxRunner, read: Statement, merge: Statement, rows: Map<string, SharedRow>,
  nameOf: (row: SharedRow, names: string[]) => string,
): Promise<void> {
  const all = [...rows.values()];
  for (let i = 0; i < all.length; i += BATCH) {
    const batch = all.slice(i, i + BATCH);
    const known = new Map((await tx.run(read, { ids: batch.map((r) => r.id) })).map((r) => [String(r.id), (r.names as string[] | null) ?? []]));
    await tx.run(merge, {
      rows: batch.map((r) => {
        const names = namesOf(r.name, [...r.names], known.get(r.id));
        const name = nameOf(r, names);
        return { ...r, name, ...withAllNames(namesOf(name, names)) };
      }),
    });
  }
}

async function batched(tx: TxRunner, s: Statement, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await tx.run(s, { rows: rows.slice(i, i + BATCH) });
}
