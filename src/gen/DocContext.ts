import type { ProjectLedger } from './ProjectLedger.js';
import { projectSurface } from './projectSurface.js';
import type { Rng } from './rng.js';
import type { ProjectKind, ProjectModel, RegionModel } from './types.js';
import { VOCABULARY } from './vocabulary.js';

// Private: how many units a task prints: 1 most often, at most 5.
const UNIT_COUNT_WEIGHTS = [42, 27, 16, 9, 6];
// Private: collective parties documents print among units (they count as printed units).
const COLLECTIVES = ['各街镇', '各相关单位', '各街道', '各有关单位', '区直各部门', '相关乡镇办'];

/**
 * The state of one document being written: its random stream, region and year, how it
 * prints each unit, and the projects it still has to mention (so every planned project
 * year is printed somewhere). Draws go through here so layouts stay short.
 */
export class DocContext {
  /** Apply PDF artefacts (`轨交 14 号线`) to project surfaces (narrative layouts set it). */
  pdf = false;
  private readonly printedAs = new Map<string, string>();
  private readonly active: ProjectModel[];

  constructor(
    readonly rng: Rng,
    readonly region: RegionModel,
    readonly year: number,
    private readonly ledger: ProjectLedger,
    /** Projects this document must mention (the first document of a region-year gets all active ones). */
    private readonly queue: ProjectModel[],
  ) {
    this.active = region.projects.filter((p) => p.years.includes(year));
  }

  /** How many units the next task prints (1–5). */
  unitCount(min = 1): number {
    return Math.max(min, 1 + this.rng.weighted(UNIT_COUNT_WEIGHTS));
  }

  /** `count` distinct units drawn by the region's Zipf law, as this document prints them. */
  units(count: number): string[] {
    const ranks = this.region.zipf.sampleDistinct(this.rng, count);
    const out = ranks.map((k) => this.printed(this.region.units[k]!.name, this.region.units[k]!.alt));
    if (count >= 2 && this.rng.chance(0.03)) {
      const c = this.rng.pick(COLLECTIVES);
      if (!out.includes(c)) out[out.length - 1] = c;
    }
    return out;
  }

  /** A person's name for 责任人 cells (never a unit). */
  person(): string {
    const { surnames, givenChars } = VOCABULARY;
    let s = surnames[this.rng.int(surnames.length)]!;
    const n = this.rng.chance(0.7) ? 2 : 1;
    for (let k = 0; k < n; k++) s += givenChars[this.rng.int(givenChars.length)]!;
    return s;
  }

  /** A town or subdistrict of the region, as printed (`南翔镇`). */
  town(): string {
    return this.rng.pick(this.region.towns);
  }

  /**
   * A project to mention, as printed this year: the next one this document owes, else
   * (with probability `p`) any project active this year; null for none. Records the mention.
   */
  project(p: number): { surface: string; kind: ProjectKind } | null {
    let proj = this.queue.pop();
    if (!proj) {
      if (!this.active.length || !this.rng.chance(p)) return null;
      proj = this.rng.pick(this.active);
    }
    let surface = projectSurface(proj, this.year, this.rng);
    if (this.pdf) surface = pdfSpaces(surface);
    this.ledger.mention(this.region, proj, this.year, surface);
    return { surface, kind: proj.kind };
  }

  /** True while this document still owes mentions. */
  owesProjects(): boolean {
    return this.queue.length > 0;
  }

  /** A numeric target: `社会消费品零售总额增长6.5%左右`. */
  metric(): string {
    const m = this.rng.pick(VOCABULARY.metrics);
    return m.text.replace('{metric}', this.rng.pick(m.metric)).replace('{n}', this.number(m.min, m.max, m.dec));
  }

  /** A number in [min, max] with at most `dec` decimals, as printed (`6.5`, `1040`). */
  number(min: number, max: number, dec: number): string {
    const v = min + this.rng.next() * (max - min);
    return String(Number(v.toFixed(dec)));
  }

  // Private: a unit's printed form, fixed for the whole document (区发改委 or 区发展改革委).
  private printed(name: string, alt: string[]): string {
    let p = this.printedAs.get(name);
    if (p === undefined) {
      p = alt.length && this.rng.chance(0.25) ? this.rng.pick(alt) : name;
      this.printedAs.set(name, p);
    }
    return p;
  }
}

/** PDF-converter spacing: a space wherever Chinese meets a Latin letter or digit (`轨交 14 号线`). */
export function pdfSpaces(s: string): string {
  return s.replace(/([\u4e00-\u9fff])(?=[0-9A-Za-z])|([0-9A-Za-z])(?=[\u4e00-\u9fff])/g, '$1$2 ');
}
