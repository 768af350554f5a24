import type { GoldTask } from '../ingest/eval/goldTypes.js';
import type { Genre } from '../model/records.js';
import type { DocBlock } from './render/DocBlock.js';
import type { Zipf } from './zipf.js';

/**
 * How a document prints its tasks — the layouts the extractor reads:
 * - `duty-paren`   `(1)…。(责任单位:区经委、区商务委)`
 * - `lead-bracket` `(1)…。[牵头单位:区经委;责任单位:区商务委、区科委]`
 * - `lead-line`    `(1)…。` then `牵头单位:区经委 配合单位:区商务委` on its own line
 * - `column-table` a table read by its columns' meaning (lead mark defined in the header, towns,
 *                  people and deadline columns), flattened in `.txt` by tabs, `|` rows or `|` lines
 * - `flat-table`   `序号 / 工作任务 / 牵头单位 / 配合单位 / 责任人`, one cell per line
 * - `target-list`  `一、` / `(一)` / `1.` / `(1)`, items run together, ★, numeric targets
 * - `narrative`    report paragraphs; projects with status verbs; PDF artefacts
 */
export type Layout = 'duty-paren' | 'lead-bracket' | 'lead-line' | 'flat-table' | 'column-table' | 'target-list' | 'narrative';

/** Every layout, in the order the README lists them. */
export const LAYOUTS: readonly Layout[] = ['duty-paren', 'lead-bracket', 'lead-line', 'flat-table', 'column-table', 'target-list', 'narrative'];

/** Kinds of generated projects (the lower-case kinds of `seeds/gold/recurring_projects_*.json`). */
export type ProjectKind = 'road' | 'rail' | 'park' | 'platform' | 'event' | 'renewal';

/** A responsible unit of one region: its usual printed name and other printed forms. */
export interface UnitModel {
  name: string;
  alt: string[];
}

/**
 * How a project's name is built and varied (see `projectSurface`):
 * `S7沪崇高速` code-road, `轨道交通14号线` metro, `嘉闵线` named-line, `沪通铁路` railway,
 * `嘉定智能传感器产业园` park, `嘉定氢能港` hub, `国家智能传感器创新中心` platform,
 * `第四届长三角科交会` event, `真新“南四块”` renewal-quoted, `西门旧区改造` renewal.
 */
export type ProjectForm =
  | 'code-road' | 'metro' | 'named-line' | 'railway' | 'park' | 'hub' | 'platform' | 'event' | 'renewal-quoted' | 'renewal';

/** A named project of one region, planned to appear in `years` (consecutive, 2–8 of them). */
export interface ProjectModel {
  /** Unique within the region (`p07`). */
  id: string;
  kind: ProjectKind;
  form: ProjectForm;
  canonical: string;
  years: number[];
  /** The name without region prefix, phase or edition (`沪崇高速`, `智能传感器产业园`, `南四块`). */
  name: string;
  /** Road code (`S7`), metro line number (`14`), or the edition held in the first year (events). */
  code: string;
  /** A place printed before the name (`真新` in `真新“南四块”`), or the region's short name. */
  place: string;
}

/** A district with its units (in Zipf rank order), places and project pool. */
export interface RegionModel {
  index: number;
  /** `r007`: used in file names. */
  code: string;
  /** Full name as the manifest gives it: `上海市嘉定区`. */
  name: string;
  /** `嘉定区` */
  district: string;
  /** `嘉定` */
  short: string;
  /** Rank 0 carries the most tasks. */
  units: UnitModel[];
  zipf: Zipf;
  /** Towns and subdistricts as printed (`南翔镇`, `真新街道`). */
  towns: string[];
  projects: ProjectModel[];
}

/** The manifest entry of a generated document (the shape of `seeds/manifest.json` entries). */
export interface GenMeta {
  title: string;
  year: number;
  region: string;
  genre: Genre;
  issuer: string;
  layout: Layout;
  /** PDF-conversion artefacts printed (spaces around digits, wrapped lines, page numbers, broken sentences). */
  pdf: boolean;
  /** Table layouts: what the table printed (`requirements`, `tab`, `continued`, `category-column`, `collectives`, …); eval groups by each. */
  features?: string[];
}

/** The answer key for one generated document, in the format of `seeds/gold/*.json`. */
export interface GenTruth {
  document: string;
  year: number;
  tasks: GoldTask[];
  units_distinct: string[];
}

/** One generated document: file name, text, its structure (for other formats), manifest entry and gold file. */
export interface GenDocument {
  file: string;
  text: string;
  blocks: DocBlock[];
  meta: GenMeta;
  truth: GenTruth;
}

/** What to generate. */
export interface GenOptions {
  /** Total tasks (gold task records) across the corpus. */
  tasks: number;
  seed: number;
  /** Number of regions; default grows with `tasks` (4 … 100). */
  regions?: number;
  /** Inclusive year range; default 2015–2025. */
  years?: [number, number];
}
