import type { Evidence, Genre, Inference } from '../../model/records.js';
import { foldText } from '../text/foldText.js';
import { cleanText } from '../text/cleanText.js';
import { parseChineseNumeral } from '../structure/markerRules.js';
import type { Gazetteer } from '../resolve/gazetteer.js';
import { regionName } from '../resolve/gazetteer.js';
import calendar from '../dict/event-calendar.json' with { type: 'json' };
import { nationalGazetteer } from '../resolve/nationalGazetteer.js';
import { inferRegion } from './inferRegion.js';

/** A genre rule: a phrase in the document's head that names its genre. */
export interface GenreRule {
  id: string;
  pattern: RegExp;
  genre: Genre;
}

export const GENRE_RULES: GenreRule[] = [
  // 关于2019年上半年嘉定区国民经济和社会发展计划执行情况的报告
  { id: 'genre.plan-report', pattern: /计划执行情况|计划的执行情况/, genre: 'plan_report' },
  // 《政府工作报告》关于2024年工作的回顾
  { id: 'genre.work-review', pattern: /工作的?回顾/, genre: 'work_review' },
  // 2020年区政府重点工作目标安排
  { id: 'genre.target-list', pattern: /工作目标|目标安排|目标任务/, genre: 'target_list' },
  // 嘉定区2021年区政府重点工作任务
  { id: 'genre.task-list', pattern: /重点工作任务|任务分解|任务清单|责任分工|工作要点/, genre: 'task_list' },
  // 区政府上半年工作情况的报告
  { id: 'genre.work-report', pattern: /工作情况的?报告|政府工作报告/, genre: 'work_report' },
];

/**
 * A year the title is about: a year followed, within a few words, by the noun of a genre
 * (2024年重点工作任务, 2024年民生实事项目责任分解表, 2024年优化营商环境实施方案).
 */
const YEAR_ABOUT = /(20\d\d)年(?:上半年|下半年|度|全年)?[^\n。]{0,30}?(?:工作|计划|目标|任务|报告|安排|回顾|要点|清单|分工|分解|方案|实事|项目|意见|措施|举措)/;
/** 2023年…计划执行情况与2024年…计划草案: the plan year. */
const PLAN_YEAR = /执行情况[和与及](20\d\d)年[^\n。]{0,20}?计划/;

const HEAD = 400;
/** The signature and date at the end of a document. */
const TAIL = 200;
// Private: the first numbered item, heading or table header: where the body starts.
const BODY_START = /^[ \t#]*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．]|序号)/m;

// Private: end of the head (title, issuer, addressees, preamble) — before the body, at most HEAD.
function headEnd(text: string): number {
  const m = BODY_START.exec(text.slice(0, HEAD));
  return m ? m.index : Math.min(HEAD, text.length);
}

function ev(documentId: string, text: string, start: number, end: number, rule: string): Evidence {
  return { documentId, quote: text.slice(start, end), start, end, rule };
}

/**
 * Year, region, genre and title a document states or implies, each with rule and evidence.
 * `statedTitle` is a title the file states outside its text (an HTML page's `<title>`): read
 * first for the year and the region, with no evidence span since the text does not print it.
 */
export function inferMeta(documentId: string, text: string, gaz: Gazetteer, statedTitle?: string): Inference[] {
  const out: Inference[] = [];
  const fromTitle = statedTitle ? inferFromStatedTitle(statedTitle) : [];
  const head = foldText(text.slice(0, HEAD));
  const at = (fs: number, fe: number) => ({ start: head.map[fs]!, end: head.map[fe - 1]! + 1 });

  // Year: a year the title is about, then a date in the head or the signature, then edition
  // calendars — never a year printed inside a task (完成2022年度… in a 2023 list).
  let year: Inference | null = null;
  const lead = foldText(text.slice(0, headEnd(text)));
  const leadAt = (fs: number, fe: number) => ({ start: lead.map[fs]!, end: lead.map[fe - 1]! + 1 });
  // A report on one year's plan and the next one's draft (2023年…计划执行情况与2024年计划草案): its tasks are the plan year's.
  const planYear = PLAN_YEAR.exec(lead.text);
  const about = planYear ?? YEAR_ABOUT.exec(lead.text);
  const dated = /(20\d\d)(?:年\d{1,2}月|-\d\d-\d\d)/.exec(lead.text);
  const m = about ?? dated;
  const tailFrom = Math.max(0, text.length - TAIL);
  const signed = m ? null : /(20\d\d)年\d{1,2}月\d{1,2}日/.exec(foldText(text.slice(tailFrom)).text);
  if (m) {
    const s = leadAt(m.index, m.index + m[0].length);
    const rule = planYear ? 'year.plan-year' : about ? 'year.title' : 'year.date';
    year = { field: 'year', value: m[1]!, rule, evidence: ev(documentId, text, s.start, s.end, rule) };
  } else if (signed) {
    const tail = foldText(text.slice(tailFrom));
    const s = { start: tailFrom + tail.map[signed.index]!, end: tailFrom + tail.map[signed.index + signed[0].length - 1]! + 1 };
    year = { field: 'year', value: signed[1]!, rule: 'year.signature-date', evidence: ev(documentId, text, s.start, s.end, 'year.signature-date') };
  } else {
    const f = foldText(text);
    for (const e of (calendar as { events: { name: string; aliases: string[]; firstYear: number; every: number }[] }).events) {
      const names = [e.name, ...e.aliases].sort((a, b) => b.length - a.length).join('|');
      const re = new RegExp(`(?:第([一二三四五六七八九十]+|\\d+)届|(首)届)[^,。,;；]{0,8}?(?:${names})`);
      const em = re.exec(f.text);
      if (em) {
        const n = em[2] ? 1 : parseChineseNumeral(em[1]!);
        const s = { start: f.map[em.index]!, end: f.map[em.index + em[0].length - 1]! + 1 };
        year = { field: 'year', value: String(e.firstYear + (n - 1) * e.every), rule: 'year.event-edition', evidence: ev(documentId, text, s.start, s.end, 'year.event-edition') };
        break;
      }
    }
  }
  const titleYear = fromTitle.find((x) => x.field === 'year');
  if (titleYear && (!year || (year.rule !== 'year.title' && year.rule !== 'year.plan-year'))) year = titleYear;
  if (year) out.push(year);

  const titleRegion = fromTitle.find((x) => x.field === 'region');
  const region = inferIssuingRegion(documentId, text, gaz);
  if (titleRegion && (!region || !region.rule.startsWith('region.issuer'))) out.push(titleRegion);
  else if (region) out.push(region);

  // Title: 现将《…》印发, else a short unnumbered line in the head.
  const quoted = /现将《([^》]{4,60})》/.exec(text.slice(0, HEAD));
  if (quoted) {
    const s = quoted.index + 3;
    out.push({ field: 'title', value: quoted[1]!, rule: 'title.issued-as', evidence: ev(documentId, text, s, s + quoted[1]!.length, 'title.issued-as') });
  } else {
    const lm = /^[#\s]*(?:——)?([^\n\t。:：]{6,60}?(?:报告|回顾|安排|任务|计划|要点)(?:\(摘要\)|（摘要）)?)\s*$/m.exec(text.slice(0, HEAD));
    if (lm) {
      const s = lm.index + lm[0].indexOf(lm[1]!);
      out.push({ field: 'title', value: cleanText(lm[1]!), rule: 'title.head-line', evidence: ev(documentId, text, s, s + lm[1]!.length, 'title.head-line') });
    }
  }
  // Genre: a genre phrase in the head, else the shape of the text.
  let genre: Inference | null = null;
  const titleInf = out.find((x) => x.field === 'title');
  for (const r of GENRE_RULES) {
    if (titleInf && r.pattern.test(titleInf.value) && titleInf.evidence) {
      genre = { field: 'genre', value: r.genre, rule: r.id, evidence: { ...titleInf.evidence, rule: r.id } };
      break;
    }
  }
  for (const r of genre ? [] : GENRE_RULES) {
    const gm = r.pattern.exec(head.text);
    if (gm) {
      const s = at(gm.index, gm.index + gm[0].length);
      genre = { field: 'genre', value: r.genre, rule: r.id, evidence: ev(documentId, text, s.start, s.end, r.id) };
      break;
    }
  }
  if (!genre) {
    const clauses = (text.match(/(?:责任单位|牵头单位|主责单位|责任部门)[ \t]*[:：]/g) ?? []).length;
    genre = { field: 'genre', value: clauses >= 3 ? 'task_list' : 'unknown', rule: clauses >= 3 ? 'genre.responsibility-clauses' : 'genre.unknown', evidence: null };
  }
  out.push(genre);

  return out;
}

// Private: the year a stated title is about and the county it names (`2023年江岸区重点工作任务_…`), without evidence spans.
function inferFromStatedTitle(title: string): Inference[] {
  const out: Inference[] = [];
  const t = foldText(title).text;
  const about = PLAN_YEAR.exec(t) ?? YEAR_ABOUT.exec(t);
  if (about) out.push({ field: 'year', value: about[1]!, rule: 'year.stated-title', evidence: null });
  const r = inferRegion(t, nationalGazetteer());
  if (r.region && r.rule.endsWith('.county')) out.push({ field: 'region', value: r.region, rule: 'region.stated-title', evidence: null });
  return out;
}

/**
 * The issuing region: a county named by the title, issuer line or signature against the national
 * gazetteer (武汉市江岸区人民政府办公室 → 湖北省武汉市江岸区); else a county outside Shanghai the
 * body names most; else the Shanghai district whose stem the text names most (嘉定新城, 公安嘉定分局 → 上海市嘉定区: the seeds name their district
 * without 区); else whatever the national gazetteer finds in the body (a city, a province).
 */
export function inferIssuingRegion(documentId: string, text: string, gaz: Gazetteer): Inference | null {
  const national = inferRegion(text, nationalGazetteer());
  const fromNational = (): Inference | null => national.region && national.hit
    ? { field: 'region', value: national.region, rule: national.rule, evidence: ev(documentId, text, national.hit.start, national.hit.end, national.rule) }
    : null;
  const county = national.division?.level === 'COUNTY';
  if (county && national.namedBy === 'issuer') return fromNational();
  // A county outside Shanghai named in the body beats the stems below (金山 of 金山银山).
  if (county && national.namedBy === 'body' && !national.region!.startsWith('上海市')) return fromNational();
  let bestRegion: { name: string; count: number; first: number; len: number } | null = null;
  for (const e of gaz.entries) {
    if (e.kind !== 'DISTRICT') continue;
    const stem = e.name.replace(/(?:新区|区)$/, '');
    let count = 0;
    let first = -1;
    for (let p = text.indexOf(stem); p >= 0; p = text.indexOf(stem, p + stem.length)) {
      count++;
      if (first < 0) first = p;
    }
    if (count && (!bestRegion || count > bestRegion.count)) bestRegion = { name: regionName(e), count, first, len: stem.length };
  }
  if (bestRegion) {
    return { field: 'region', value: bestRegion.name, rule: 'region.most-named-district', evidence: ev(documentId, text, bestRegion.first, bestRegion.first + bestRegion.len, 'region.most-named-district') };
  }
  return fromNational();
}
