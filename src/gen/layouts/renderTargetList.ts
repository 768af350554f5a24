import type { DocContext } from '../DocContext.js';
import { DocBuilder, NO_DUTY, splitCount } from '../DocBuilder.js';
import type { PrintedDuty } from '../DocBuilder.js';
import { composeTask } from '../composeText.js';
import { cnNumeral } from '../numerals.js';
import { VOCABULARY } from '../vocabulary.js';
import type { BuiltText } from './BuiltText.js';
import { sectionPlan } from './sectionPlan.js';

// Private: how items nest under `一、`: run together on the heading's next line as
// `(一)…(二)…` (seed 004), or under `(一)` subheadings as `1.` lines or `(1)…(2)…` run-ons.
type Nesting = 'run-on' | 'nested-dot' | 'nested-paren';

/**
 * A target list (`2020年区政府重点工作目标安排`): nested numbering, items run together on one
 * line, ★ on some items (the year's 实事项目, explained in a closing note), numeric targets
 * (`总产出1040亿元以上`, `增长6%左右`, `控制在5650人以内`); half of them print
 * `(责任单位:…)` after each item, half print no units at all.
 */
export function renderTargetList(ctx: DocContext, quota: number, title: string): BuiltText {
  const { rng } = ctx;
  const nesting = rng.pick<Nesting>(['run-on', 'run-on', 'nested-dot', 'nested-paren']);
  const withUnits = rng.chance(0.5);
  const [po, pc] = rng.pick([['(', ')'], ['(', ')'], ['（', '）']]);
  const colon = rng.pick([':', '：']);
  const b = new DocBuilder(true);
  if (rng.chance(0.6)) {
    b.line(`区政府各委、办、局,各街道办事处、${ctx.region.towns.find((t) => t.endsWith('镇')) ?? ctx.town()}政府:`, 'paragraph');
    b.line(`现将《${title}》印发给你们,请认真分解,落实责任,加快推进,确保完成。`, 'paragraph');
  }
  b.line(title, 'title');
  let stars = 0;
  // Private: one item's printed form and its gold record.
  const item = (marker: string, num: string, section: string): string => {
    const text = composeTask(ctx, true);
    const starred = rng.chance(0.2);
    if (starred) stars++;
    let duty: PrintedDuty = NO_DUTY;
    let clause = '';
    if (withUnits) {
      const units = ctx.units(ctx.unitCount());
      duty = { lead: [], support: [], units };
      clause = `${po}责任单位${colon}${units.join('、')}${pc}`;
    }
    b.task(num, section, text, duty, starred);
    return `${marker}${starred ? '★' : ''}${text}${clause}`;
  };
  for (const sec of sectionPlan(rng, quota)) {
    b.line(sec.heading, 'heading');
    if (nesting === 'run-on') {
      const parts: string[] = [];
      for (let k = 1; k <= sec.size; k++) parts.push(item(`${po}${cnNumeral(k)}${pc}`, cnNumeral(k), sec.heading));
      b.line(parts.join(''), 'item');
      continue;
    }
    const subs = rng.shuffle(VOCABULARY.subHeadings);
    const sizes = splitCount(sec.size, Math.max(1, Math.round(sec.size / rng.range(3, 6))), () => rng.next());
    sizes.forEach((size, s) => {
      const sub = `${po}${cnNumeral(s + 1)}${pc}${subs[s % subs.length]!}`;
      b.line(sub, 'subheading');
      if (nesting === 'nested-dot') {
        for (let k = 1; k <= size; k++) b.line(item(`${k}.`, String(k), sub), 'item');
      } else {
        const parts: string[] = [];
        for (let k = 1; k <= size; k++) parts.push(item(`${po}${k}${pc}`, String(k), sub));
        b.line(parts.join(''), 'item');
      }
    });
  }
  if (stars) b.line(`注:1.标★号项目同时被列为${ctx.year}年度区政府要完成的与人民生活密切相关的实事项目。`, 'paragraph');
  return b.build();
}
