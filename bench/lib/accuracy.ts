import { corpusFolders, reportedRecurring, scoreCorpusExtraction, scoreCorpusRecurring } from '../../scripts/lib/corpusEval.js';
import { openStore } from '../../src/store/openStore.js';
import { round } from './percentiles.js';
import type { BenchStore } from './benchStore.js';

/** How right the extraction was, against the answer key the generator wrote beside the corpus (what `npm run eval -- --corpus` prints). */
export interface AccuracyFigures {
  documents: number;
  tasks: { gold: number; precision: number; recall: number };
  responsibilities: { gold: number; precision: number; recall: number; f1: number };
  roles: { compared: number; accuracy: number };
  /** The loaded graph's recurring projects, region by region (null when the graph was not scored). */
  recurringProjects: RecurringFigures | null;
}

export interface RecurringFigures {
  regions: number;
  core: number;
  /** Core projects found with exactly their gold years. */
  coreExactYears: number;
  recall: number;
  reported: number;
  precision: number;
  /** The first missed core projects, `region: name (years found ≠ gold)`. */
  missing: string[];
}

/** Tasks, responsibilities and roles of every document, scored as `eval --corpus` does (not timed). */
export async function scoreExtraction(corpusDir: string): Promise<Omit<AccuracyFigures, 'recurringProjects'>> {
  const { documents, total: s } = await scoreCorpusExtraction(corpusFolders(corpusDir));
  return {
    documents,
    tasks: { gold: s.tasks.gold, precision: round(s.tasks.precision, 4), recall: round(s.tasks.recall, 4) },
    responsibilities: {
      gold: s.responsibilities.gold, precision: round(s.responsibilities.precision, 4), recall: round(s.responsibilities.recall, 4),
      f1: round(s.responsibilities.f1, 4),
    },
    roles: { compared: s.roles.compared, accuracy: round(s.roles.accuracy, 4) },
  };
}

/** The recurring projects of the graph the ingest phase loaded, scored against the corpus's region files. */
export async function scoreRecurringInGraph(corpusDir: string, target: BenchStore): Promise<RecurringFigures | null> {
  const folders = corpusFolders(corpusDir);
  const store = await openStore(target.config());
  try {
    const scored = scoreCorpusRecurring(folders, await reportedRecurring(store));
    if (!scored) return null;
    const s = scored.score;
    return {
      regions: scored.regions, core: s.core.total, coreExactYears: s.core.yearsExact, recall: round(s.core.recall, 4),
      reported: s.reported, precision: round(s.precision, 4), missing: s.missing.slice(0, 10),
    };
  } finally {
    await store.close();
  }
}
