import type { ExtractedDocument, Role } from '../../model/records.js';
import type { GoldDocument } from './goldTypes.js';
import { foldKey } from '../text/foldText.js';

/** The `npm run eval -- --gold` report. */
export interface GoldScore {
  tasks: { gold: number; extracted: number; matched: number; precision: number; recall: number };
  responsibilities: { gold: number; extracted: number; matched: number; precision: number; recall: number; f1: number };
  roles: { compared: number; correct: number; accuracy: number };
  starred?: { gold: number; matched: number };
}

// Whitespace removed and widths folded: a label written 各镇(街道) matches 各镇（街道） as printed.
const squash = (s: string): string => foldKey(s).replace(/\s+/g, '');
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** The counts behind a score: how many gold items, extracted items and matches. */
export interface GoldCounts {
  tasks: { gold: number; extracted: number; matched: number };
  responsibilities: { gold: number; extracted: number; matched: number };
  roles: { compared: number; correct: number };
  starred?: { gold: number; matched: number };
}

/** A score from its counts (precision, recall, F1 and accuracy computed; 1 where nothing was there to find). */
export function goldScore(c: GoldCounts): GoldScore {
  const r = c.responsibilities;
  const precision = ratio(r.matched, r.extracted);
  const recall = ratio(r.matched, r.gold);
  const score: GoldScore = {
    tasks: { ...c.tasks, precision: ratio(c.tasks.matched, c.tasks.extracted), recall: ratio(c.tasks.matched, c.tasks.gold) },
    responsibilities: { ...r, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) },
    roles: { ...c.roles, accuracy: ratio(c.roles.correct, c.roles.compared) },
  };
  if (c.starred) score.starred = { ...c.starred };
  return score;
}

/**
 * Score one document against its gold file, by the matching rules of `seeds/gold/README.md`:
 * a task matches when its text (whitespace removed) starts with `text_start`; a
 * responsibility when (task, unit as printed) matches; roles compared on matched pairs.
 */
export function scoreGold(gold: GoldDocument, doc: ExtractedDocument): GoldScore {
  // Tasks: each gold task takes the first unused extracted task that matches, in order.
  const used = new Set<number>();
  const goldToTask = new Map<number, string>();
  let cursor = 0;
  const texts = doc.tasks.map((t) => squash(t.text));
  gold.tasks.forEach((g, gi) => {
    const want = squash(g.text_start);
    const find = (from: number, to: number): number => {
      for (let k = from; k < to; k++) if (!used.has(k) && texts[k]!.startsWith(want)) return k;
      return -1;
    };
    let k = find(cursor, doc.tasks.length);
    if (k < 0) k = find(0, cursor);
    if (k >= 0) {
      used.add(k);
      goldToTask.set(gi, doc.tasks[k]!.id);
      cursor = k + 1;
    }
  });
  const taskToGold = new Map([...goldToTask.entries()].map(([g, t]) => [t, g]));

  let goldPairs = 0;
  for (const g of gold.tasks) goldPairs += g.units.length;
  let matched = 0;
  let compared = 0;
  let correct = 0;
  const taken = new Set<string>();
  for (const r of doc.responsibilities) {
    const gi = taskToGold.get(r.taskId);
    if (gi === undefined) continue;
    const g = gold.tasks[gi]!;
    const surface = squash(r.surface);
    const unit = g.units.find((u) => squash(u) === surface && !taken.has(`${gi}|${u}`));
    if (!unit) continue;
    taken.add(`${gi}|${unit}`);
    matched++;
    let goldRole: Role | null = null;
    if (g.lead.includes(unit)) goldRole = 'LEAD';
    else if (g.support.includes(unit)) goldRole = 'SUPPORT';
    else if (!g.lead.length && !g.support.length) goldRole = 'RESPONSIBLE';
    if (goldRole) {
      compared++;
      if (goldRole === r.role) correct++;
    }
  }
  const score = goldScore({
    tasks: { gold: gold.tasks.length, extracted: doc.tasks.length, matched: goldToTask.size },
    responsibilities: { gold: goldPairs, extracted: doc.responsibilities.length, matched },
    roles: { compared, correct },
  });
  if (gold.tasks.some((g) => g.starred !== undefined)) {
    const byId = new Map(doc.tasks.map((t) => [t.id, t]));
    let sm = 0;
    gold.tasks.forEach((g, gi) => {
      const t = goldToTask.get(gi);
      if (g.starred && t && byId.get(t)!.starred) sm++;
    });
    score.starred = { gold: gold.tasks.filter((g) => g.starred).length, matched: sm };
  }
  return score;
}
