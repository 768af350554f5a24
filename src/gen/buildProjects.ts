import type { Rng } from './rng.js';
import type { ProjectForm, ProjectKind, ProjectModel } from './types.js';
import { VOCABULARY } from './vocabulary.js';

// Private: how many years a project recurs: 2 most often, up to 8.
const SPAN_WEIGHTS = [30, 25, 18, 10, 7, 5, 5];

// Private: forms and how common each is in a region's pool.
const FORMS: { form: ProjectForm; kind: ProjectKind; weight: number }[] = [
  { form: 'code-road', kind: 'road', weight: 2 },
  { form: 'metro', kind: 'rail', weight: 2 },
  { form: 'named-line', kind: 'rail', weight: 1 },
  { form: 'railway', kind: 'rail', weight: 1 },
  { form: 'park', kind: 'park', weight: 4 },
  { form: 'hub', kind: 'park', weight: 1 },
  { form: 'platform', kind: 'platform', weight: 2 },
  { form: 'event', kind: 'event', weight: 3 },
  { form: 'renewal-quoted', kind: 'renewal', weight: 2 },
  { form: 'renewal', kind: 'renewal', weight: 2 },
];

// Private: name parts and canonical name of one project of `form`.
function compose(rng: Rng, form: ProjectForm, short: string, towns: string[]): { name: string; code: string; place: string; canonical: string } {
  const v = VOCABULARY.projects;
  const townStem = rng.pick(towns).replace(/(?:街道|镇)$/, '');
  switch (form) {
    case 'code-road': {
      const code = `${rng.pick(v.road.codes)}${rng.range(1, 99)}`;
      const name = `${rng.pick(v.road.cityPairs)}${rng.pick(v.road.tails)}`;
      return { name, code, place: short, canonical: `${code}${name}` };
    }
    case 'metro': {
      const code = String(rng.pick(v.rail.lines));
      return { name: `${code}号线`, code, place: short, canonical: `轨道交通${code}号线` };
    }
    case 'named-line': {
      const name = `${rng.pick(v.namedLine.stems)}线`;
      return { name, code: '', place: short, canonical: name };
    }
    case 'railway': {
      const name = `${rng.pick(v.railway.stems)}铁路`;
      return { name, code: '', place: short, canonical: name };
    }
    case 'park': {
      const name = `${rng.pick(v.park.fields)}${rng.pick(v.park.tails)}`;
      return { name, code: '', place: short, canonical: `${short}${name}` };
    }
    case 'hub': {
      const name = `${rng.pick(v.hub.stems)}港`;
      return { name, code: '', place: short, canonical: `${short}${name}` };
    }
    case 'platform': {
      const tail = rng.pick(v.platform.tails);
      const name = `${rng.pick(v.platform.fields)}${tail}`;
      return { name, code: '', place: short, canonical: tail === '创新中心' ? `国家${name}` : `${short}${name}` };
    }
    case 'event': {
      const name = rng.pick(v.event.names);
      return { name, code: String(rng.range(1, 6)), place: short, canonical: name };
    }
    case 'renewal-quoted': {
      const name = rng.pick(v.renewal.stems);
      return { name, code: '', place: townStem, canonical: `${townStem}${name}` };
    }
    case 'renewal': {
      const name = rng.pick(v.renewal.stems);
      return { name, code: '', place: townStem, canonical: `${name}旧区改造` };
    }
  }
}

// Private: what tells two projects of a region apart: the code of a road (a highway is its
// code: G71 is one road, however it is spelled), the canonical name of anything else.
function identity(form: ProjectForm, c: { code: string; canonical: string }): string {
  return form === 'code-road' ? `road:${c.code}` : c.canonical;
}

/**
 * A region's pool of 20–32 named projects, each planned for 2–8 consecutive years inside
 * `years` (fewer when the range is shorter). Canonical names and road codes are unique
 * within the pool.
 */
export function buildProjects(rng: Rng, short: string, towns: string[], years: [number, number]): ProjectModel[] {
  const [first, last] = years;
  const range = last - first + 1;
  const size = rng.range(20, 32);
  const out: ProjectModel[] = [];
  const seen = new Set<string>();
  for (let tries = 0; out.length < size && tries < size * 20; tries++) {
    const f = FORMS[rng.weighted(FORMS.map((x) => x.weight))]!;
    const c = compose(rng, f.form, short, towns);
    const id = identity(f.form, c);
    if (seen.has(id)) continue;
    seen.add(id);
    const span = Math.min(range, 2 + rng.weighted(SPAN_WEIGHTS));
    const start = first + rng.int(range - span + 1);
    out.push({
      id: `p${String(out.length).padStart(2, '0')}`,
      kind: f.kind,
      form: f.form,
      canonical: c.canonical,
      years: Array.from({ length: span }, (_, k) => start + k),
      name: c.name,
      code: c.code,
      place: c.place,
    });
  }
  return out;
}
