import type { PlaceRecord, ProjectRecord, UnitRecord } from '../model/records.js';

/** Records keyed by id; a second record with the same id only adds aliases (first wins otherwise). */
export class Dedup<T extends { id: string; aliases: string[] }> {
  private readonly byId = new Map<string, T>();

  /** Add or merge; returns the stored record. */
  add(r: T): T {
    const cur = this.byId.get(r.id);
    if (!cur) {
      const copy = { ...r, aliases: [...r.aliases] };
      this.byId.set(r.id, copy);
      return copy;
    }
    for (const a of r.aliases) if (!cur.aliases.includes(a) && a !== (cur as unknown as { name: string }).name) cur.aliases.push(a);
    return cur;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Records in insertion order. */
  values(): T[] {
    return [...this.byId.values()];
  }
}

export type UnitSet = Dedup<UnitRecord>;
export type ProjectSet = Dedup<ProjectRecord>;
export type PlaceSet = Dedup<PlaceRecord>;
