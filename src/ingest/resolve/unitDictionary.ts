import type { UnitKind } from '../../model/records.js';
import { foldKey } from '../text/foldText.js';
import unitsData from '../dict/units.json' with { type: 'json' };
import overridesData from '../dict/unit-overrides.json' with { type: 'json' };

/** A dictionary unit as stored in `dict/units.json`. `{district}` stands for 嘉定区, 静安区, … */
export interface UnitEntry {
  id: string;
  name: string | null;
  shortForms: string[];
  kind: UnitKind;
  region?: string;
  predecessors?: { name: string | null; shortForms: string[]; until: number | null }[];
}

/** Curated overrides (`dict/unit-overrides.json`). */
export interface UnitOverrides {
  force: { region: string | null; surface: string; name: string; kind?: UnitKind }[];
  forbid: { region: string | null; surface: string }[];
}

/** Where a generic (`区…`) form points: the entry, and the predecessor index if it is a former name. */
export interface UnitHit {
  entry: UnitEntry;
  predecessor: number | null;
  /** The dictionary form that matched (for the merge's rule). */
  form: string;
}

/** Units and overrides indexed by folded generic form (`区经委`, `区经济委员会`). */
export interface UnitDictionary {
  index: Map<string, UnitHit[]>;
  overrides: UnitOverrides;
}

/** Build a dictionary from entries and overrides (tests pass their own). */
export function buildUnitDictionary(entries: UnitEntry[], overrides: UnitOverrides): UnitDictionary {
  const index = new Map<string, UnitHit[]>();
  const add = (form: string, hit: UnitHit): void => {
    const k = foldKey(form.replace('{district}', '区'));
    const l = index.get(k) ?? [];
    l.push(hit);
    index.set(k, l);
  };
  for (const e of entries) {
    if (e.name) add(e.name, { entry: e, predecessor: null, form: e.name });
    for (const s of e.shortForms) add(s, { entry: e, predecessor: null, form: s });
    e.predecessors?.forEach((p, n) => {
      if (p.name) add(p.name, { entry: e, predecessor: n, form: p.name });
      for (const s of p.shortForms) add(s, { entry: e, predecessor: n, form: s });
    });
  }
  return { index, overrides };
}

let defaultDict: UnitDictionary | null = null;
/** The project's dictionary (`dict/units.json` + `dict/unit-overrides.json`). */
export function defaultUnitDictionary(): UnitDictionary {
  defaultDict ??= buildUnitDictionary((unitsData as { units: UnitEntry[] }).units, overridesData as UnitOverrides);
  return defaultDict;
}
