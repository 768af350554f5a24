import type { DocContext } from './DocContext.js';
import { VOCABULARY } from './vocabulary.js';

// Private: what a place clause does (在南翔镇开展试点).
const PLACE_ACTIONS = ['开展试点', '率先推广', '打造示范点', '先行先试'];

/** `深入推进营商环境建设` */
export function actionClause(ctx: DocContext): string {
  const { rng } = ctx;
  const adverb = rng.pick(VOCABULARY.adverbs);
  let verb = rng.pick(VOCABULARY.verbs);
  // 深入深化 / 加快加强 read as stutters: redraw a verb sharing a character with the adverb.
  for (let k = 0; k < 4 && [...verb].some((ch) => adverb.includes(ch)); k++) verb = rng.pick(VOCABULARY.verbs);
  return `${adverb}${verb}${rng.pick(VOCABULARY.topics)}`;
}

/**
 * The text of one planned task (clean: no number, ★ or unit clause), ending in `。`:
 * an action, maybe a project with a plan verb, a place, a measure and a numeric target.
 * `target` makes the numeric target certain (target lists).
 */
export function composeTask(ctx: DocContext, target = false): string {
  const { rng } = ctx;
  const parts: string[] = [];
  const proj = ctx.project(target ? 0.15 : 0.3);
  const projClause = proj ? rng.pick(VOCABULARY.statusPhrases[proj.kind].plan).replace('{p}', proj.surface) : null;
  if (projClause && rng.chance(0.35)) parts.push(projClause);
  else {
    parts.push(actionClause(ctx));
    if (projClause) parts.push(projClause);
  }
  if (rng.chance(0.2)) parts.push(`在${ctx.town()}${rng.pick(PLACE_ACTIONS)}`);
  if (rng.chance(0.5)) parts.push(rng.pick(VOCABULARY.measures));
  if (target || rng.chance(0.35)) parts.push(ctx.metric());
  return `${parts.join(',')}。`;
}

/** One sentence of a report: a lead, a statistic, a project with a status verb, or an action. */
export function composeReportSentence(ctx: DocContext, period: string): string {
  const { rng } = ctx;
  const proj = ctx.project(0.45);
  if (proj) {
    const s = rng.pick(VOCABULARY.statusPhrases[proj.kind].report).replace('{p}', proj.surface);
    return rng.chance(0.4) ? `${s},${rng.pick(VOCABULARY.measures)}。` : `${s}。`;
  }
  const r = rng.next();
  if (r < 0.35) {
    const stat = rng.pick(VOCABULARY.reportStats).replace('{n}', ctx.number(10, 900, 1)).replace('{p}', ctx.number(0.5, 15, 1));
    return `${period}${stat}。`;
  }
  return `${actionClause(ctx)},${rng.pick(VOCABULARY.measures)}。`;
}
