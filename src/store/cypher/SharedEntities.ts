import { PROJECT_KINDS } from '../../model/enums.js';
import type { ExtractedDocument, ProjectKind } from '../../model/records.js';
import type { TxRunner } from '../TxRunner.js';
import type { LoadOptions } from '../rows.js';
import { namesOf, withAllNames } from './documentRows.js';
import type { Statement } from './Statement.js';
import * as W from './writeStatements.js';

/** Rows per batched MERGE. */
const BATCH = 5_000;

type SharedRow = Record<string, unknown> & { id: string; name: string; names: Set<string> };

/**
 * Creates shared nodes the store does not hold yet, all in one go (a bulk path's COPY): merge()
 * hands it the persons no stored row has. Without it they are MERGE'd like the others, which
 * costs Kùzu ~0.1 ms a row (17k persons: 1.9 s of a 100k-task load).
 */
export type CreateNodes = (label: 'Person', rows: ReadonlyArray<Record<string, unknown>>) => Promise<void>;

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
  private readonly persons = new Map<string, Record<string, unknown> & { id: string; title: string | null; rule: string }>();
  private readonly placeParents = new Map<string, Record<string, unknown>>();
  private readonly administers = new Map<string, Record<string, unknown>>();
  private readonly unitParents = new Map<string, Record<string, unknown>>();
  private readonly successions = new Map<string, Record<string, unknown>>();

  add(doc: Pick<ExtractedDocument, 'document' | 'units' | 'projects' | 'places' | 'unitRelations' | 'persons'>): void {
    for (const u of doc.units) {
      const row = upsert(this.units, u.id, { id: u.id, name: u.name, region: u.region, kind: u.kind, placeId: u.placeId, rule: u.rule }, [u.name, ...u.aliases]);
      row.rule = firstRule(row, { rule: u.rule });
      if (u.placeId !== null) this.administers.set(`${u.id}|${u.placeId}`, { id: u.id, placeId: u.placeId, rule: u.rule });
    }
    for (const p of doc.projects) {
      const row = upsert(this.projects, p.id, { id: p.id, name: p.name, region: p.region, kind: p.kind, rule: p.rule }, [p.name, ...p.aliases]);
      Object.assign(row, preferredDescription(row, { kind: p.kind, rule: p.rule }));
    }
    for (const p of doc.places) {
      upsert(this.places, p.id, { id: p.id, name: p.name, kind: p.kind, parentId: p.parentId, code: p.code }, [p.name, ...p.aliases]);
      if (p.parentId !== null) this.placeParents.set(`${p.id}|${p.parentId}`, { id: p.id, parentId: p.parentId, rule: 'gazetteer' });
    }
    for (const p of doc.persons ?? []) {
      const known = this.persons.get(p.id);
      if (!known) this.persons.set(p.id, { id: p.id, name: p.name, title: p.title, region: p.region, rule: p.rule });
      else Object.assign(known, { title: known.title ?? p.title, rule: firstRule(known, { rule: p.rule }) });
    }
    for (const r of doc.unitRelations) {
      const key = `${r.fromId}|${r.toId}`;
      if (r.kind === 'PART_OF') this.unitParents.set(key, { fromId: r.fromId, toId: r.toId, rule: r.rule });
      else this.successions.set(key, { fromId: r.fromId, toId: r.toId, year: r.year ?? doc.document.year, rule: r.rule });
    }
  }

  /** Merges the shared nodes, unioning names with those already stored; `create` takes the new persons where given. */
  async merge(tx: TxRunner, options: LoadOptions, create?: CreateNodes): Promise<void> {
    await mergeNodes(tx, W.READ_NAMES.Place, W.MERGE_PLACES, this.places, (r) => r.name);
    await mergeNodes(tx, W.READ_NAMES.Unit, W.MERGE_UNITS, this.units, (r) => r.name, (r, stored) => ({ rule: firstRule(r, stored) }));
    await mergeNodes(tx, W.READ_NAMES.Project, W.MERGE_PROJECTS, this.projects, (r, names) =>
      options.projectName?.({ name: r.name, rule: String(r.rule) }, names) ?? r.name, preferredDescription);
    await mergePersons(tx, [...this.persons.values()], create);
  }

  /** Merges the edges between shared entities. */
  async mergeRelations(tx: TxRunner): Promise<void> {
    await batched(tx, W.MERGE_PLACE_PARENTS, [...this.placeParents.values()]);
    await batched(tx, W.MERGE_ADMINISTERS, [...this.administers.values()]);
    await batched(tx, W.MERGE_UNIT_PARENTS, [...this.unitParents.values()]);
    await batched(tx, W.MERGE_SUCCESSIONS, [...this.successions.values()]);
  }
}

function upsert(map: Map<string, SharedRow>, id: string, row: Record<string, unknown> & { id: string; name: string }, names: string[]): SharedRow {
  const existing = map.get(id);
  if (existing) {
    for (const n of names) existing.names.add(n);
    return existing;
  }
  const added = { ...row, names: new Set(names) };
  map.set(id, added);
  return added;
}

/**
 * Which of two descriptions of one project (documents may find it by different rules) the
 * graph keeps, whatever order the documents come in: the more specific kind (真新“南四块” is a
 * RENEWAL where it was found as a site, not the PROGRAMME of “南四块”建设), then the smaller
 * rule id.
 */
export function preferredDescription(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): { kind: ProjectKind; rule: string } {
  const rank = (r: Readonly<Record<string, unknown>>): number => {
    // PROJECT_KINDS runs from the most specific kind to the most generic.
    const k = PROJECT_KINDS.indexOf(r.kind as ProjectKind);
    return k < 0 ? PROJECT_KINDS.length : k;
  };
  const aFirst = rank(a) !== rank(b) ? rank(a) < rank(b) : String(a.rule) <= String(b.rule);
  const best = aFirst ? a : b;
  return { kind: best.kind as ProjectKind, rule: String(best.rule) };
}

// Private: of the rules that resolved one unit from different spellings, the one kept: the
// smallest id, so the record does not depend on which document came first.
function firstRule(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): string {
  if (typeof b.rule !== 'string') return String(a.rule);
  return typeof a.rule === 'string' && a.rule <= b.rule ? a.rule : b.rule;
}

// Private: persons merged by id; a title or rule already stored is kept where this load has none
// or a later rule. With `create`, persons not stored yet are created by it, after the merges.
async function mergePersons(tx: TxRunner, rows: ReadonlyArray<Record<string, unknown> & { id: string; title: string | null }>, create?: CreateNodes): Promise<void> {
  const fresh: Array<Record<string, unknown>> = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    const known = new Map((await tx.run(W.READ_PERSON_TITLES, { ids: batch.map((r) => r.id) })).map((r) => [String(r.id), r]));
    const merged: Array<Record<string, unknown>> = [];
    for (const r of batch) {
      const stored = known.get(r.id);
      if (!stored) (create ? fresh : merged).push(r);
      else {
        const title = r.title ?? (typeof stored.title === 'string' && stored.title !== '' ? stored.title : null);
        merged.push({ ...r, title, rule: firstRule(r, stored) });
      }
    }
    if (merged.length) await tx.run(W.MERGE_PERSONS, { rows: merged });
  }
  if (create && fresh.length) await create('Person', fresh);
}

async function mergeNodes(
  tx: TxRunner, read: Statement, merge: Statement, rows: Map<string, SharedRow>,
  nameOf: (row: SharedRow, names: string[]) => string,
  reconcile?: (row: SharedRow, stored: Record<string, unknown>) => Record<string, unknown>,
): Promise<void> {
  const all = [...rows.values()];
  for (let i = 0; i < all.length; i += BATCH) {
    const batch = all.slice(i, i + BATCH);
    const known = new Map((await tx.run(read, { ids: batch.map((r) => r.id) })).map((r) => [String(r.id), r]));
    await tx.run(merge, {
      rows: batch.map((r) => {
        const stored = known.get(r.id);
        const row = stored && reconcile ? { ...r, ...reconcile(r, stored) } : r;
        const names = namesOf(row.name, [...row.names], storedNames(stored));
        const name = nameOf(row, names);
        return { ...row, name, ...withAllNames(namesOf(name, names)) };
      }),
    });
  }
}

// Private: the names a stored node already has (READ_NAMES returns them newline-joined: see there).
function storedNames(stored: Record<string, unknown> | undefined): string[] {
  const all = stored?.allNames;
  return typeof all === 'string' && all !== '' ? all.split('\n') : [];
}

async function batched(tx: TxRunner, s: Statement, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await tx.run(s, { rows: rows.slice(i, i + BATCH) });
}
