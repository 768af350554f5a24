import type { ProjectKind } from './types.js';
import data from './vocabulary.json' with { type: 'json' };

/** A unit template: the printed short form, other printed forms, and how much work it tends to carry. */
export interface UnitTemplate {
  name: string;
  alt: string[];
  weight: number;
}

/** A numeric-target template: `{metric}增长{n}%左右`, with the range `n` is drawn from. */
export interface MetricTemplate {
  text: string;
  metric: string[];
  min: number;
  max: number;
  dec: number;
}

/** The generator's word lists (`vocabulary.json`), typed. */
export interface Vocabulary {
  regions: string[];
  units: UnitTemplate[];
  companyStems: string[];
  offices: string[];
  townStems: string[];
  zoneStems: string[];
  sectionHeadings: string[];
  subHeadings: string[];
  adverbs: string[];
  verbs: string[];
  topics: string[];
  measures: string[];
  metrics: MetricTemplate[];
  projects: {
    road: { codes: string[]; cityPairs: string[]; tails: string[] };
    rail: { lines: number[] };
    namedLine: { stems: string[] };
    railway: { stems: string[] };
    park: { fields: string[]; tails: string[] };
    hub: { stems: string[] };
    platform: { fields: string[]; tails: string[] };
    event: { names: string[] };
    renewal: { stems: string[]; tails: string[] };
  };
  /** Plan and report phrases per project kind (`确保{p}建成通车`, `成功举办{p}`). */
  statusPhrases: Record<ProjectKind, { plan: string[]; report: string[] }>;
  reportLeads: string[];
  reportStats: string[];
  surnames: string;
  givenChars: string;
}

/** The vocabulary shipped with the generator. */
export const VOCABULARY: Vocabulary = data as Vocabulary;
