import type { DocContext } from '../DocContext.js';
import { DocBuilder } from '../DocBuilder.js';
import type { PrintedDuty } from '../DocBuilder.js';
import { composeTask } from '../composeText.js';
import type { BuiltText } from './BuiltText.js';
import { sectionPlan } from './sectionPlan.js';

/** The list layouts that print units beside each item. */
export type TaskListLayout = 'duty-paren' | 'lead-bracket' | 'lead-line';

// Private: how one document prints numbers, brackets, colons and separators (fixed per document).
interface Style {
  /** Numbering as Word writes it: `(%1)`, `%1.` (the number is `%1`). */
  marker: string;
  open: string;
  close: string;
  colon: string;
  sep: string;
  semi: string;
}

const MARKERS: string[] = ['(%1)', '(%1)', '（%1）', '%1.', '%1、'];

// Private: the printed marker of item n.
const markerOf = (format: string, n: number): string => format.replace('%1', String(n));

function drawStyle(ctx: DocContext, layout: TaskListLayout): Style {
  const { rng } = ctx;
  const [open, close] = layout === 'lead-bracket' ? rng.pick([['[', ']'], ['[', ']'], ['【', '】']]) : rng.pick([['(', ')'], ['(', ')'], ['（', '）']]);
  return { marker: rng.pick(MARKERS), open: open!, close: close!, colon: rng.pick([':', ':', '：']), sep: rng.chance(0.9) ? '、' : '，', semi: rng.pick([';', '；']) };
}

// Private: split drawn units into lead and support (one lead, sometimes two).
function roles(ctx: DocContext, units: string[]): { lead: string[]; support: string[] } {
  const nLead = units.length >= 3 && ctx.rng.chance(0.15) ? 2 : 1;
  return { lead: units.slice(0, nLead), support: units.slice(nLead) };
}

/**
 * Task lists whose items print their units: `(1)…。(责任单位:区经委、区商务委)`,
 * `(1)…。[牵头单位:区经委;责任单位:区商务委]`, or `牵头单位:区经委 配合单位:区商务委`
 * on the line below. Numbering runs on across sections, as in seed 000.
 */
export function renderTaskList(ctx: DocContext, layout: TaskListLayout, quota: number, title: string): BuiltText {
  const { rng } = ctx;
  const st = drawStyle(ctx, layout);
  const b = new DocBuilder(false);
  // A PDF conversion: some items wrap onto a second line, page numbers sit between items.
  ctx.pdf = rng.chance(0.15);
  let n = 0;
  const line = (s: string): void => {
    if (ctx.pdf && rng.chance(0.05)) b.line(`— ${rng.range(2, 40)} —`, 'artefact');
    b.line(ctx.pdf && rng.chance(0.25) ? wrap(s) : s, 'item', s, { n, format: st.marker });
  };
  if (rng.chance(0.5)) b.line(title, 'title');
  for (const sec of sectionPlan(rng, quota)) {
    b.line(sec.heading, 'heading');
    for (let k = 0; k < sec.size; k++) {
      n++;
      const text = composeTask(ctx);
      const units = ctx.units(ctx.unitCount());
      let duty: PrintedDuty;
      if (layout === 'duty-paren') {
        const label = rng.pick(['责任单位', '责任单位', '责任单位', '责任单位', '责任部门', '实施单位']);
        line(`${markerOf(st.marker, n)}${text}${st.open}${label}${st.colon}${units.join(st.sep)}${st.close}`);
        duty = { lead: [], support: [], units };
      } else if (layout === 'lead-bracket') {
        if (units.length === 1 && rng.chance(0.3)) {
          line(`${markerOf(st.marker, n)}${text}${st.open}责任单位${st.colon}${units[0]}${st.close}`);
          duty = { lead: [], support: [], units };
        } else {
          const r = roles(ctx, units);
          const support = r.support.length ? `${st.semi}${rng.pick(['责任单位', '配合单位', '协办单位'])}${st.colon}${r.support.join(st.sep)}` : '';
          line(`${markerOf(st.marker, n)}${text}${st.open}${rng.pick(['牵头单位', '牵头单位', '牵头部门'])}${st.colon}${r.lead.join(st.sep)}${support}${st.close}`);
          duty = { ...r, units };
        }
      } else {
        line(`${markerOf(st.marker, n)}${text}`);
        if (units.length === 1 && rng.chance(0.3)) {
          b.line(`责任单位${st.colon}${units[0]}`, 'duty');
          duty = { lead: [], support: [], units };
        } else {
          const r = roles(ctx, units);
          const lead = `${rng.pick(['牵头单位', '牵头单位', '牵头部门', '主责单位'])}${st.colon}${r.lead.join(st.sep)}`;
          if (!r.support.length) b.line(lead, 'duty');
          else {
            const support = `${rng.pick(['配合单位', '配合单位', '协办单位', '配合部门'])}${st.colon}${r.support.join(st.sep)}`;
            if (rng.chance(0.7)) b.line(`${lead}${rng.pick([' ', '  ', '\u3000'])}${support}`, 'duty');
            else {
              b.line(lead, 'duty');
              b.line(support, 'duty');
            }
          }
          duty = { ...r, units };
        }
      }
      b.task(String(n), sec.heading, text, duty);
    }
  }
  return b.build();
}

// Private: a PDF line wrap after the first comma past the 12th character (`…建设,⏎确保…`).
function wrap(s: string): string {
  const at = s.indexOf(',', 12);
  return at > 0 && at < s.length - 4 ? `${s.slice(0, at + 1)}\n${s.slice(at + 1)}` : s;
}
