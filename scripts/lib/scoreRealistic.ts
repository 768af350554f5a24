/**
 * Scores the held-out realistic set (test/fixtures/realistic/): every document extracted as
 * `ingest` would (no region or year given: both are inferred), scored against its hand-written
 * gold file by `scoreGold`, then summed by layout and by format; the inferred region and year
 * are compared with the gold's.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { scoreGold, type GoldScore } from '../../src/ingest/eval/scoreGold.js';
import { sumGoldScores } from '../../src/ingest/eval/scoreCorpus.js';
import type { GoldDocument } from '../../src/ingest/eval/goldTypes.js';
import { readDocumentFile } from '../../src/load/readDocumentFile.js';
import { DutyGraphError, ErrorCode } from '../../src/errors.js';
import { buildRealisticCorpus } from './buildRealistic.js';

/** One document's result. */
export interface RealisticDocScore {
  document: string;
  layout: string;
  format: string;
  province: string;
  batch: number;
  score: GoldScore;
  region: { gold: string; found: string | null; right: boolean };
  year: { gold: number; found: number | null; right: boolean };
  /** Each extracted task's text, deadline (as printed, normalised) and people, for checks beyond the gold format. */
  tasks: Array<{ text: string; deadline: { printed: string; date: string | null; kind: string } | null; people: string[] }>;
}

export interface RealisticScore {
  documents: RealisticDocScore[];
  total: GoldScore;
  byLayout: Array<{ group: string; documents: number; score: GoldScore }>;
  byFormat: Array<{ group: string; documents: number; score: GoldScore }>;
  byBatch: Array<{ group: string; documents: number; score: GoldScore }>;
  regionsRight: number;
  yearsRight: number;
}

/** Builds the set in a temporary folder (binary documents from their sources), extracts and scores it. */
export async function scoreRealistic(fixtureDir: string): Promise<RealisticScore> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'dutygraph-realistic-'));
  try {
    const entries = await buildRealisticCorpus(fixtureDir, out);
    const documents: RealisticDocScore[] = [];
    for (const e of entries) {
      const goldFile = path.join(out, 'gold', e.file.replace(/\.[a-z]+$/, '.json'));
      if (!fs.existsSync(goldFile)) throw new DutyGraphError(ErrorCode.BadInput, `${e.file}: no gold file ${path.basename(goldFile)}`);
      const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as GoldDocument;
      const read = await readDocumentFile(path.join(out, 'docs', e.file));
      if ('reason' in read) throw new DutyGraphError(ErrorCode.BadInput, `${e.file}: ${read.reason}`);
      const doc = extractDocument({ file: read.file, text: read.text, sha256: read.sha256, meta: {}, format: read.source.format, encoding: read.source.encoding, statedTitle: read.source.title ?? null });
      const found = doc.document.region;
      documents.push({
        document: e.file, layout: e.layout, format: e.format, province: e.province, batch: e.batch ?? 1, score: scoreGold(gold, doc),
        region: { gold: gold.region ?? '', found, right: found === gold.region },
        year: { gold: gold.year, found: doc.document.year, right: doc.document.year === gold.year },
        tasks: doc.tasks.map((t) => ({
          text: t.text, people: (t.people ?? []).map((p) => p.name),
          deadline: t.deadline ? { printed: t.deadline.printed, date: t.deadline.date, kind: t.deadline.kind } : null,
        })),
      });
    }
    const groups = (key: (d: RealisticDocScore) => string) => {
      const m = new Map<string, GoldScore[]>();
      for (const d of documents) (m.get(key(d)) ?? m.set(key(d), []).get(key(d))!).push(d.score);
      return [...m].sort(([a], [b]) => a.localeCompare(b)).map(([group, s]) => ({ group, documents: s.length, score: sumGoldScores(s) }));
    };
    return {
      documents, total: sumGoldScores(documents.map((d) => d.score)), byLayout: groups((d) => d.layout), byFormat: groups((d) => d.format), byBatch: groups((d) => `batch ${d.batch}`),
      regionsRight: documents.filter((d) => d.region.right).length, yearsRight: documents.filter((d) => d.year.right).length,
    };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}
