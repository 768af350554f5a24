import fs from 'node:fs';
import path from 'node:path';
import { DutyGraphError, ErrorCode, messageOf } from '../../src/errors.js';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { sumGoldScores, sumRecurringScores } from '../../src/ingest/eval/scoreCorpus.js';
import { scoreGold, type GoldScore } from '../../src/ingest/eval/scoreGold.js';
import { scoreRecurring, type RecurringScore } from '../../src/ingest/eval/scoreRecurring.js';
import type { GoldDocument, GoldRecurring } from '../../src/ingest/eval/goldTypes.js';
import type { DocumentMeta, MentionRecord } from '../../src/model/records.js';
import type { RecurringProject } from '../../src/ingest/resolve/recurringProjects.js';
import { readDocumentFile } from '../../src/load/readDocumentFile.js';
import type { GraphStore } from '../../src/store/GraphStore.js';
import { OUTPUT_FORMATS } from '../../src/gen/render/formats.js';
import { corpusMeta } from './corpusMeta.js';

/** Where a scored corpus keeps its parts: what `npm run gen` writes (docs/, truth/), or seeds/ with gold/. */
export interface CorpusFolders {
  dir: string;
  docsDir: string;
  truthDir: string;
  /** Per-document gold files (`seeds/gold/*.json` shape), sorted. */
  goldFiles: string[];
  /** `recurring_projects_*.json`, sorted. */
  recurringFiles: string[];
  /** A document's metadata from docs' manifest.json (as `ingest` reads it). */
  metaFor: (file: string) => DocumentMeta;
  /** The group a document is reported under: the manifest's `layout` (else `genre`), with ` pdf` for PDF artefacts. */
  groupOf: (file: string) => string;
  /** Its group, then one group per table feature the manifest lists (`column-table +continued`): a variant that fails shows. */
  groupsOf: (file: string) => string[];
  /** The manifest's `format` of a file (`npm run gen -- --formats`); `txt` when it names none. */
  formatOf: (file: string) => string;
  /** The other renderings of a `.txt` document (manifest entries whose `rendering_of` is it), in manifest order. */
  renderingsOf: (txtFile: string) => Array<{ file: string; format: string }>;
}

const RECURRING = /^recurring_projects_.*\.json$/;

/**
 * The folders of a corpus to score: `DIR/docs` (else DIR itself) for the documents and their
 * manifest.json, `DIR/truth` (else `DIR/gold`) for the answer key. Fails naming the folder
 * when a part is missing or holds no gold file.
 */
export function corpusFolders(dir: string): CorpusFolders {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new DutyGraphError(ErrorCode.BadInput, `--corpus ${dir}: no such folder`);
  const docsDir = fs.existsSync(path.join(dir, 'docs')) ? path.join(dir, 'docs') : dir;
  const truthDir = ['truth', 'gold'].map((sub) => path.join(dir, sub)).find((d) => fs.existsSync(d));
  if (!truthDir) throw new DutyGraphError(ErrorCode.BadInput, `--corpus ${dir}: no truth/ or gold/ folder with the answer key (npm run gen writes truth/)`);
  const json = fs.readdirSync(truthDir).filter((f) => f.endsWith('.json')).sort();
  const goldFiles = json.filter((f) => !RECURRING.test(f)).map((f) => path.join(truthDir, f));
  const recurringFiles = json.filter((f) => RECURRING.test(f)).map((f) => path.join(truthDir, f));
  if (goldFiles.length === 0 && recurringFiles.length === 0) throw new DutyGraphError(ErrorCode.BadInput, `${truthDir}: no gold files (*.json)`);
  const manifest = manifestFields(docsDir);
  return { dir, docsDir, truthDir, goldFiles, recurringFiles, metaFor: corpusMeta([docsDir]), ...manifest };
}

/** Documents, tasks and responsibilities scored over a whole corpus. */
export interface CorpusExtractionScore {
  documents: number;
  /** Every document together (counts summed: micro-averaged). */
  total: GoldScore;
  /** By the manifest's `layout` (else `genre`), with ` pdf` for documents printed with PDF artefacts. */
  groups: Array<{ group: string; documents: number; score: GoldScore }>;
  /** The documents that scored lowest (min of task recall, task precision, responsibility F1), at most 10, worst first. */
  worst: Array<{ document: string; score: number }>;
}

/**
 * Extracts every document a gold file names (with its manifest metadata, as `ingest` would)
 * and scores it with `scoreGold`. Fails naming the gold file or document that cannot be read.
 */
export async function scoreCorpusExtraction(folders: CorpusFolders): Promise<CorpusExtractionScore> {
  const { metaFor } = folders;
  const byGroup = new Map<string, GoldScore[]>();
  const all: GoldScore[] = [];
  const worst: Array<{ document: string; score: number }> = [];
  for (const goldFile of folders.goldFiles) {
    const gold = readJson<GoldDocument>(goldFile);
    if (typeof gold.document !== 'string' || !Array.isArray(gold.tasks)) {
      throw new DutyGraphError(ErrorCode.BadInput, `${goldFile}: not a gold file (needs "document" and "tasks")`);
    }
    const read = await readDocumentFile(path.join(folders.docsDir, gold.document));
    if ('reason' in read) throw new DutyGraphError(ErrorCode.BadInput, `${goldFile}: its document ${gold.document}: ${read.reason}`);
    const score = scoreGold(gold, extractDocument({ file: read.file, text: read.text, sha256: read.sha256, meta: metaFor(read.file), format: read.source.format, encoding: read.source.encoding, statedTitle: read.source.title ?? null }));
    all.push(score);
    for (const group of folders.groupsOf(gold.document)) (byGroup.get(group) ?? byGroup.set(group, []).get(group)!).push(score);
    worst.push({ document: gold.document, score: Math.min(score.tasks.recall, score.tasks.precision, score.responsibilities.f1) });
  }
  worst.sort((a, b) => a.score - b.score || a.document.localeCompare(b.document));
  return {
    documents: all.length,
    total: sumGoldScores(all),
    groups: [...byGroup].sort(([a], [b]) => a.localeCompare(b)).map(([group, scores]) => ({ group, documents: scores.length, score: sumGoldScores(scores) })),
    worst: worst.filter((w) => w.score < 1).slice(0, 10),
  };
}

/** One format's scores over the corpus, beside the `.txt` rendering of the same truth. */
export interface FormatScore {
  format: string;
  /** Renderings scored (gold documents that have one in this format). */
  documents: number;
  /** Renderings the reader refused: scored as read with nothing (their tasks count as missed). */
  refused: number;
  /** The first refusal's reason, to say why (null when none was refused). */
  refusal: string | null;
  score: GoldScore;
  /** The same scores by layout group (as `CorpusExtractionScore.groups`), so a layout that fails in one format shows. */
  groups: Array<{ group: string; documents: number; score: GoldScore }>;
}

/**
 * Scores every other rendering of each gold document (`npm run gen -- --formats`) against the
 * same gold file, grouped by format. A rendering the reader refuses counts as read with
 * nothing, so the format's figures say how much of the truth it delivers. Empty when the
 * corpus has only `.txt` files.
 */
export async function scoreCorpusFormats(folders: CorpusFolders): Promise<FormatScore[]> {
  const byFormat = new Map<string, { scores: GoldScore[]; refused: number; refusal: string | null; groups: Map<string, GoldScore[]> }>();
  for (const goldFile of folders.goldFiles) {
    const gold = readJson<GoldDocument>(goldFile);
    if (typeof gold.document !== 'string' || !Array.isArray(gold.tasks)) {
      throw new DutyGraphError(ErrorCode.BadInput, `${goldFile}: not a gold file (needs "document" and "tasks")`);
    }
    for (const r of folders.renderingsOf(gold.document)) {
      const own = byFormat.get(r.format) ?? byFormat.set(r.format, { scores: [], refused: 0, refusal: null, groups: new Map() }).get(r.format)!;
      const inGroups = folders.groupsOf(gold.document).map((group) => own.groups.get(group) ?? own.groups.set(group, []).get(group)!);
      const meta = folders.metaFor(r.file);
      // Awaited: a reader of binary formats may answer asynchronously.
      const read = await readDocumentFile(path.join(folders.docsDir, r.file));
      if ('reason' in read) {
        own.refused++;
        own.refusal ??= `${r.file}: ${read.reason}`;
        const empty = scoreGold(gold, extractDocument({ file: r.file, text: '', sha256: '', meta }));
        own.scores.push(empty);
        for (const g of inGroups) g.push(empty);
        continue;
      }
      const score = scoreGold(gold, extractDocument({ file: read.file, text: read.text, sha256: read.sha256, meta }));
      own.scores.push(score);
      for (const g of inGroups) g.push(score);
    }
  }
  const order = (f: string): number => { const k = FORMAT_ORDER.indexOf(f); return k < 0 ? FORMAT_ORDER.length : k; };
  return [...byFormat]
    .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
    .map(([format, v]) => ({ format, documents: v.scores.length, refused: v.refused, refusal: v.refusal, score: sumGoldScores(v.scores),
      groups: [...v.groups].sort(([a], [b]) => a.localeCompare(b)).map(([group, scores]) => ({ group, documents: scores.length, score: sumGoldScores(scores) })) }));
}

// Private: the report lists formats in the generator's order.
const FORMAT_ORDER: readonly string[] = OUTPUT_FORMATS;

/**
 * Every project the graph reports as recurring (two years or more), in the shape the
 * recurring-project scorer reads: the project, its years, and its mentions.
 */
export async function reportedRecurring(store: GraphStore): Promise<RecurringProject[]> {
  const recurring = await store.recurringProjects({ minYears: 2 });
  const mentions = await store.mentionsByProjectIds(recurring.map((r) => r.project.id));
  const mentionsOf = new Map<string, MentionRecord[]>();
  for (const m of mentions) {
    const own = mentionsOf.get(m.projectId) ?? mentionsOf.set(m.projectId, []).get(m.projectId)!;
    own.push({ projectId: m.projectId, taskId: m.taskId, documentId: m.evidence.documentId, year: m.year, surface: m.surface, resolution: m.resolution, status: m.status, evidence: m.evidence });
  }
  return recurring.map((r) => ({ project: r.project, years: r.years, mentions: mentionsOf.get(r.project.id) ?? [] }));
}

/** Recurring projects scored region by region over a corpus. */
export interface CorpusRecurringScore {
  /** Gold files scored (one per region). */
  regions: number;
  score: RecurringScore;
}

/**
 * Scores the graph's recurring projects against every `recurring_projects_*.json`: each gold
 * file against the projects of its region (its `region`, else the manifest region of the
 * documents it lists), then summed. Null when the corpus has no such file.
 */
export function scoreCorpusRecurring(folders: CorpusFolders, reported: readonly RecurringProject[]): CorpusRecurringScore | null {
  if (folders.recurringFiles.length === 0) return null;
  const parts = folders.recurringFiles.map((file) => {
    const gold = readJson<GoldRecurring & { region?: unknown }>(file);
    if (!Array.isArray(gold.core) || typeof gold.documents !== 'object' || gold.documents === null) {
      throw new DutyGraphError(ErrorCode.BadInput, `${file}: not a recurring-projects gold file (needs "documents" and "core")`);
    }
    const regions = typeof gold.region === 'string'
      ? new Set([gold.region])
      : new Set(Object.keys(gold.documents).map((doc) => folders.metaFor(doc).region).filter((r): r is string => r !== undefined));
    const own = regions.size > 0 ? reported.filter((r) => r.project.region !== null && regions.has(r.project.region)) : [...reported];
    return { region: regions.size > 0 ? [...regions].join('+') : path.basename(file), score: scoreRecurring(gold, own) };
  });
  return { regions: parts.length, score: sumRecurringScores(parts) };
}

// Private: the generator's fields of the raw manifest (readManifest keeps only the metadata the
// extractor uses): the group a document is reported under (layout, pdf), each file's format and
// the renderings of each .txt.
function manifestFields(docsDir: string): Pick<CorpusFolders, 'groupOf' | 'groupsOf' | 'formatOf' | 'renderingsOf'> {
  const file = path.join(docsDir, 'manifest.json');
  const groups = new Map<string, string>();
  const features = new Map<string, string[]>();
  const formats = new Map<string, string>();
  const renderings = new Map<string, Array<{ file: string; format: string }>>();
  if (fs.existsSync(file)) {
    const docs = (readJson<{ documents?: unknown }>(file).documents ?? []) as Array<Record<string, unknown>>;
    for (const d of Array.isArray(docs) ? docs : []) {
      if (typeof d?.file !== 'string') continue;
      const base = typeof d.layout === 'string' ? d.layout : typeof d.genre === 'string' ? d.genre : 'all';
      groups.set(d.file, d.pdf === true ? `${base} pdf` : base);
      if (Array.isArray(d.features)) features.set(d.file, d.features.filter((f): f is string => typeof f === 'string').map((f) => `${base} +${f}`));
      const format = typeof d.format === 'string' ? d.format : 'txt';
      formats.set(d.file, format);
      if (typeof d.rendering_of === 'string' && d.rendering_of !== d.file) {
        (renderings.get(d.rendering_of) ?? renderings.set(d.rendering_of, []).get(d.rendering_of)!).push({ file: d.file, format });
      }
    }
  }
  return {
    groupOf: (doc) => groups.get(doc) ?? 'unlisted',
    groupsOf: (doc) => [groups.get(doc) ?? 'unlisted', ...(features.get(doc) ?? [])],
    formatOf: (doc) => formats.get(doc) ?? 'txt',
    renderingsOf: (doc) => renderings.get(doc) ?? [],
  };
}

function readJson<T>(file: string): T {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch (error) {
    throw new DutyGraphError(ErrorCode.BadInput, `${file}: ${error instanceof SyntaxError ? 'not valid JSON' : messageOf(error)}`);
  }
}
