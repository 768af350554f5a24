/** One task of a gold file (`seeds/gold/README.md`). */
export interface GoldTask {
  num: string;
  section: string;
  text_start: string;
  starred?: boolean;
  lead: string[];
  support: string[];
  units: string[];
}

/** A gold file for one document. */
export interface GoldDocument {
  document: string;
  year: number;
  /** The issuing region's full name (`湖北省武汉市江岸区`), where the gold states it (the realistic set). */
  region?: string;
  tasks: GoldTask[];
  units_distinct?: string[];
}

/** One entry of the recurring-projects gold file. */
export interface GoldProject {
  canonical: string;
  kind: string;
  years: number[];
  surfaces: Record<string, string[]>;
}

/** `recurring_projects_<region>.json`. */
export interface GoldRecurring {
  documents: Record<string, number>;
  core: GoldProject[];
  debatable?: GoldProject[];
  programs?: GoldProject[];
}
