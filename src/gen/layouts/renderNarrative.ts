import type { DocContext } from '../DocContext.js';
import { pdfSpaces } from '../DocContext.js';
import { DocBuilder, NO_DUTY, splitCount } from '../DocBuilder.js';
import { composeReportSentence } from '../composeText.js';
import { cnNumeral } from '../numerals.js';
import type { Genre } from '../../model/records.js';
import { VOCABULARY } from '../vocabulary.js';
import type { BuiltText } from './BuiltText.js';

// Private: a sentence after its first two Chinese characters may be broken by a blank line
// (a page break in the PDF) — but not where the rest would read as a number or marker.
const BREAKABLE = /^[\u4e00-\u9fff]{2}(?![一二三四五六七八九十百]{1,4}[、．])[\u4e00-\u9fff]/;

/**
 * A narrative report (work report, plan-execution report, review): paragraphs of sentences
 * naming projects with status verbs (开工 / 建成 / 投入运营 / 加快推进), statistics and
 * actions. Every sentence of the body is a task with no units. Half of the documents carry
 * PDF artefacts: spaces between Chinese and digits (`轨交 14 号线`), split decimals
 * (`33. 5%`), and a sentence broken by a blank line.
 */
export function renderNarrative(ctx: DocContext, genre: Genre, quota: number, title: string, issuer: string): BuiltText {
  const { rng } = ctx;
  ctx.pdf = rng.chance(0.5);
  const md = rng.chance(0.3) ? '#### ' : '';
  const period = genre === 'work_review' ? '全年' : '上半年';
  const numbered = genre !== 'work_review';
  const art = (s: string): string => (ctx.pdf ? pdfSpaces(s).replace(/(\d)\.(\d)/g, (m, a: string, c: string) => (rng.chance(0.3) ? `${a}. ${c}` : m)) : s);
  const b = new DocBuilder(false);
  b.line(`${md ? '# ' : ''}${art(title)}`, 'title', title);
  b.line(issuer, 'paragraph');
  b.line('');
  let left = quota;
  if (genre !== 'work_review' && left > 0) {
    b.line(`${md}各位代表:`, 'paragraph', '各位代表:');
    const intro = `受${ctx.region.district}人民政府委托,现将${ctx.year}年工作情况报告如下,请予审议。`;
    b.line(art(intro), 'paragraph', intro);
    b.task('', '', intro, NO_DUTY);
    left--;
  }
  const sections = splitCount(left, Math.max(1, Math.round(left / rng.range(10, 20))), () => rng.next());
  const leads = rng.shuffle(VOCABULARY.reportLeads);
  const headings = rng.shuffle(VOCABULARY.sectionHeadings);
  sections.forEach((size, s) => {
    if (left <= 0) return;
    let section = numbered ? `${cnNumeral(s + 1)}、${headings[s % headings.length]!}` : leads[s % leads.length]!;
    b.line(`${md}${section}`, 'heading', section);
    const paras = splitCount(size, Math.max(1, Math.round(size / rng.range(3, 6))), () => rng.next());
    let subs = 0;
    paras.forEach((count, p) => {
      if (numbered && (p === 0 ? rng.chance(0.5) : subs > 0 && rng.chance(0.6))) {
        subs++;
        section = `(${cnNumeral(subs)})${leads[(s + p) % leads.length]!}`;
        b.line(`${md}${section}`, 'subheading', section);
      }
      const sentences: string[] = [];
      const cleanSentences: string[] = [];
      for (let k = 0; k < count; k++) {
        const clean = composeReportSentence(ctx, period);
        b.task('', section, clean, NO_DUTY);
        sentences.push(art(clean));
        cleanSentences.push(clean);
      }
      // Other formats print the paragraph without the PDF artefacts (src/gen/render/).
      const paragraph = cleanSentences.join('');
      // A page break inside a later sentence: the first line still ends a sentence.
      const brk = ctx.pdf && sentences.length >= 2 && rng.chance(0.3) ? 1 + rng.int(sentences.length - 1) : -1;
      if (brk > 0 && BREAKABLE.test(sentences[brk]!)) {
        const s2 = sentences[brk]!;
        b.line(`${sentences.slice(0, brk).join('')}${s2.slice(0, 2)}\n\n${s2.slice(2)}${sentences.slice(brk + 1).join('')}`, 'paragraph', paragraph);
      } else b.line(sentences.join(''), 'paragraph', paragraph);
      b.line('');
    });
    left -= size;
  });
  return b.build();
}
