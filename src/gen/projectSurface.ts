import { cnNumeral } from './numerals.js';
import type { Rng } from './rng.js';
import type { ProjectModel } from './types.js';

// Private: quote pairs documents mix (“…” "…" 「…」).
const QUOTES: [string, string][] = [['“', '”'], ['"', '"'], ['「', '」']];

// Private: the phase a project is in: 一期 in its first years, then 二期, 三期.
function phase(p: ProjectModel, year: number): string {
  return `${cnNumeral(Math.min(3, 1 + Math.floor((year - p.years[0]!) / 3)))}期`;
}

// Private: a phase as printed: 一期 / (二期) / （二期）.
function phaseForm(rng: Rng, ph: string): string {
  const r = rng.next();
  return r < 0.5 ? ph : r < 0.85 ? `(${ph})` : `（${ph}）`;
}

// Private: a section as printed: 嘉定段 / (嘉定段).
function sectionForm(rng: Rng, place: string): string {
  return rng.chance(0.6) ? `${place}段` : `(${place}段)`;
}

/**
 * How a document of `year` names the project: phases (`一期`, `(二期)`), sections
 * (`嘉定段`), editions (`首届`, `第四届`, increasing with the year), region prefixes,
 * spacing (`S7 沪崇高速`) and quote styles (`“…”`, `"…"`, `「…」`) vary.
 */
export function projectSurface(p: ProjectModel, year: number, rng: Rng): string {
  switch (p.form) {
    case 'code-road': {
      const base = rng.pick([`${p.code}${p.name}`, `${p.code}${p.name}`, `${p.code} ${p.name}`, `${p.code}公路`]);
      const r = rng.next();
      return r < 0.4 ? base : r < 0.75 ? base + phaseForm(rng, phase(p, year)) : base + sectionForm(rng, p.place);
    }
    case 'metro': {
      const base = rng.pick([`轨道交通${p.name}`, `轨交${p.name}`, p.name, `地铁${p.name}`]);
      return rng.chance(0.45) ? base : base + sectionForm(rng, p.place);
    }
    case 'named-line':
      return rng.chance(0.4) ? p.name : p.name + sectionForm(rng, p.place);
    case 'railway': {
      const r = rng.next();
      if (r < 0.3) return p.name;
      if (r < 0.6) return p.name + phase(p, year) + (rng.chance(0.5) ? sectionForm(rng, p.place) : '');
      return p.name + sectionForm(rng, p.place);
    }
    case 'park':
    case 'hub': {
      const base = rng.chance(0.55) ? `${p.place}${p.name}` : p.name;
      return rng.chance(0.2) ? base + phaseForm(rng, phase(p, year)) : base;
    }
    case 'platform':
      return rng.chance(0.5) ? p.canonical : p.name;
    case 'event': {
      const edition = Number(p.code) + (year - p.years[0]!);
      const r = rng.next();
      if (r < 0.65) return `${edition === 1 ? '首' : `第${cnNumeral(edition)}`}届${p.name}`;
      return r < 0.8 ? `${year}${p.name}` : p.name;
    }
    case 'renewal-quoted': {
      if (rng.chance(0.2)) return `${p.place}${p.name}`;
      const [open, close] = rng.pick(QUOTES);
      return `${p.place}${open}${p.name}${close}`;
    }
    case 'renewal': {
      const r = rng.next();
      return r < 0.4 ? p.canonical : r < 0.7 ? `${p.name}旧改${phase(p, year)}` : `${p.name}旧改${phaseForm(rng, phase(p, year))}`;
    }
  }
}
