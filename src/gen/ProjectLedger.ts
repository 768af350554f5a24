import type { GoldProject, GoldRecurring } from '../ingest/eval/goldTypes.js';
import type { ProjectModel, RegionModel } from './types.js';

/** A region's recurring-projects answer key (`seeds/gold/recurring_projects_jiading.json` shape). */
export interface RecurringTruth extends GoldRecurring {
  about: string;
  region: string;
}

// Private: what one region's documents actually printed.
interface RegionEntry {
  region: RegionModel;
  documents: Map<string, number>;
  /** project id → year → surfaces as printed, in first-printed order. */
  printed: Map<string, Map<number, string[]>>;
}

/**
 * Records which project surfaces each document really printed, so the recurring-projects
 * truth states what the text says (a planned year with no document printing it is absent).
 * Holds one entry per region × project × year: bounded by the pools, not by corpus size.
 */
export class ProjectLedger {
  private readonly regions = new Map<string, RegionEntry>();

  /** Register a document of `region` (every document goes in the region's `documents` map). */
  addDocument(region: RegionModel, file: string, year: number): void {
    this.entry(region).documents.set(file, year);
  }

  /** `project` was printed as `surface` in a document of `year`. */
  mention(region: RegionModel, project: ProjectModel, year: number, surface: string): void {
    const e = this.entry(region);
    const byYear = e.printed.get(project.id) ?? e.printed.set(project.id, new Map()).get(project.id)!;
    const list = byYear.get(year) ?? byYear.set(year, []).get(year)!;
    if (!list.includes(surface)) list.push(surface);
  }

  /** One answer key per region, for projects printed in at least two distinct years. */
  *recurring(): Generator<{ file: string; truth: RecurringTruth }> {
    for (const e of this.regions.values()) {
      const core: GoldProject[] = [];
      for (const p of e.region.projects) {
        const byYear = e.printed.get(p.id);
        if (!byYear || byYear.size < 2) continue;
        const years = [...byYear.keys()].sort((a, b) => a - b);
        const surfaces: Record<string, string[]> = {};
        for (const y of years) surfaces[String(y)] = byYear.get(y)!;
        core.push({ canonical: p.canonical, kind: p.kind, years, surfaces });
      }
      yield {
        file: `recurring_projects_${e.region.code}.json`,
        truth: {
          about: `Synthetic: named projects that recur across ${e.region.name}'s generated documents. Every core entry is printed in exactly the listed years; surfaces are as printed.`,
          region: e.region.name,
          documents: Object.fromEntries(e.documents),
          core,
        },
      };
    }
  }

  // Private: the region's entry, created on first use.
  private entry(region: RegionModel): RegionEntry {
    let e = this.regions.get(region.code);
    if (!e) {
      e = { region, documents: new Map(), printed: new Map() };
      this.regions.set(region.code, e);
    }
    return e;
  }
}
