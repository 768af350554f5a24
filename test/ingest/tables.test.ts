import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { readSource } from '../../src/ingest/read/readSource.js';
import { renderDocument } from '../../src/gen/render/renderDocument.js';
import type { DocBlock } from '../../src/gen/render/DocBlock.js';
import type { OutputFormat } from '../../src/gen/render/formats.js';
import type { ExtractedDocument } from '../../src/model/records.js';
import { inferColumns } from '../../src/ingest/structure/inferColumns.js';

// Table layouts written by hand (not by the generator), each printed in every text flattening
// and rendered as HTML, DOCX, XLSX and PDF tables, then read by column meaning. What each row
// must give: its task, its units with their roles, its people (never units) and its deadline.

interface Expected {
  task: string;
  units: Array<[string, 'LEAD' | 'SUPPORT' | 'RESPONSIBLE']>;
  people: string[];
  deadline: string | null;
  openEnded?: boolean;
}

interface Layout {
  name: string;
  header: string[];
  category: string;
  rows: string[][];
  expected: Expected[];
  /** The rule that records the header's convention, when the header states one. */
  convention?: string;
}

const LAYOUTS: Layout[] = [
  {
    name: 'header-defined mark, deadline column',
    header: ['序号', '重点任务', '责任部门(加*号为牵头部门,其余为参与部门)', '完成时限'],
    category: '一、推动经济高质量发展',
    rows: [
      ['1', '推进先进制造业集群建设。', '区经信局*、区发改局、区财政局', '2023年6月'],
      ['2', '完成老旧小区改造30个。', '区住建局', '长期坚持'],
      ['3', '新建社区食堂12家。', '区民政局*、区市场监管局等', '三季度'],
    ],
    expected: [
      { task: '推进先进制造业集群建设', units: [['区经信局', 'LEAD'], ['区发改局', 'SUPPORT'], ['区财政局', 'SUPPORT']], people: [], deadline: '2023年6月' },
      { task: '完成老旧小区改造30个', units: [['区住建局', 'RESPONSIBLE']], people: [], deadline: '长期坚持' },
      { task: '新建社区食堂12家', units: [['区民政局', 'LEAD'], ['区市场监管局', 'SUPPORT']], people: [], deadline: '三季度', openEnded: true },
    ],
    convention: 'convention.marked-leads',
  },
  {
    name: 'lead, towns and people columns',
    header: ['序号', '工作任务', '牵头单位', '责任街镇', '责任领导'],
    category: '二、提升城市治理水平',
    rows: [
      ['1', '实施河道综合整治工程。', '区水务局', '城关镇、东湖街道', '王建国'],
      ['2', '推进垃圾分类示范小区创建。', '区城管局', '西湖街道', '李华、陈伟'],
    ],
    expected: [
      { task: '实施河道综合整治工程', units: [['区水务局', 'LEAD'], ['城关镇', 'SUPPORT'], ['东湖街道', 'SUPPORT']], people: ['王建国'], deadline: null },
      { task: '推进垃圾分类示范小区创建', units: [['区城管局', 'LEAD'], ['西湖街道', 'SUPPORT']], people: ['李华', '陈伟'], deadline: null },
    ],
  },
  {
    name: 'responsible alone, people and deadline columns',
    header: ['序号', '任务名称', '责任单位', '分管领导', '完成时间'],
    category: '三、增进民生福祉',
    rows: [
      ['1', '新增公办幼儿园学位800个。', '区教育局、区财政局', '赵敏', '10月底'],
      ['2', '建成区级养老服务中心。', '区民政局', '刘洋', '年底前'],
    ],
    expected: [
      { task: '新增公办幼儿园学位800个', units: [['区教育局', 'RESPONSIBLE'], ['区财政局', 'RESPONSIBLE']], people: ['赵敏'], deadline: '10月底' },
      { task: '建成区级养老服务中心', units: [['区民政局', 'RESPONSIBLE']], people: ['刘洋'], deadline: '年底前' },
    ],
  },
  {
    name: 'requirements column, lead and support columns',
    header: ['序号', '重点任务', '任务要求', '牵头单位', '配合单位'],
    category: '四、深化改革开放',
    rows: [
      ['1', '优化营商环境。', '企业开办时间压缩至1个工作日。', '区营商办', '区市场监管局、区税务局'],
      ['2', '扩大有效投资。', '完成固定资产投资200亿元。', '区发改局', '区统计局'],
    ],
    expected: [
      { task: '优化营商环境', units: [['区营商办', 'LEAD'], ['区市场监管局', 'SUPPORT'], ['区税务局', 'SUPPORT']], people: [], deadline: null },
      { task: '扩大有效投资', units: [['区发改局', 'LEAD'], ['区统计局', 'SUPPORT']], people: [], deadline: null },
    ],
  },
];

const TITLE = '某区2023年重点工作任务分解表';

// Private: the ways a table reaches us as text.
const FLATTENINGS: Record<string, (l: Layout) => string> = {
  // One row per line, cells separated by a tab.
  tab: (l) => [TITLE, l.category, l.header.join('\t'), ...l.rows.map((r) => r.join('\t'))].join('\n'),
  // One row per line, `|` between cells (and at both borders).
  'pipe row': (l) => [TITLE, l.category, `|${l.header.join('|')}|`, ...l.rows.map((r) => `|${r.join('|')}|`)].join('\n'),
  // One cell per line, a line holding only `|` between cells; the task cell printed over two lines.
  'pipe cell': (l) => [TITLE, l.category, ...cellLines(l.header), ...l.rows.flatMap((r) => cellLines(r.map((c, k) => (k === 1 ? wrap(c) : c))))].join('\n'),
  // One cell per line (paragraph), the header cells likewise.
  'cell per line': (l) => [TITLE, l.category, ...l.header, ...l.rows.flat()].join('\n'),
  // One cell per paragraph, the task cell printed over two paragraphs.
  'cell per paragraph, the task over two': (l) => [TITLE, l.category, ...l.header, ...l.rows.flatMap((r) => r.map((c, k) => (k === 1 ? wrap(c) : c)))].join('\n'),
  // A page break after the first row: page number, then the rows without the header.
  'continued without header': (l) => [TITLE, l.category, l.header.join('\t'), l.rows[0]!.join('\t'), '- 2 -', ...l.rows.slice(1).map((r) => r.join('\t'))].join('\n'),
  // The header repeated on the next page.
  'header repeated': (l) => [TITLE, l.category, l.header.join('|'), l.rows[0]!.join('|'), '- 2 -', l.header.join('|'), ...l.rows.slice(1).map((r) => r.join('|'))].join('\n'),
};

function cellLines(cells: string[]): string[] {
  return cells.flatMap((c, k) => (k === 0 ? [c] : ['|', c]));
}

// Private: a cell spanning two lines, as a narrow column prints it.
function wrap(s: string): string {
  const half = Math.ceil(s.length / 2);
  return `${s.slice(0, half)}\n${s.slice(half)}`;
}

function extract(text: string, format: ExtractedDocument['document']['format'] = 'txt'): ExtractedDocument {
  return extractDocument({ file: `t.${format}`, text, sha256: '', format, meta: { year: 2023, region: '上海市嘉定区', genre: 'task_list' } });
}

// Private: every row's task, units, people and deadline as the layout expects them.
function check(d: ExtractedDocument, l: Layout): void {
  const text = d.document.text ?? '';
  expect(d.tasks.map((t) => t.text.replace(/[。.]$/, '').split('。')[0])).toEqual(l.expected.map((e) => e.task));
  l.expected.forEach((e, k) => {
    const t = d.tasks[k]!;
    const resp = d.responsibilities.filter((r) => r.taskId === t.id).sort((a, b) => a.order - b.order);
    expect(resp.map((r) => [r.surface, r.role])).toEqual(e.units);
    for (const r of resp) expect(d.units.some((u) => u.id === r.unitId)).toBe(true);
    expect((t.people ?? []).map((p) => p.name)).toEqual(e.people);
    // People are never units.
    for (const p of e.people) expect(d.units.some((u) => u.name.includes(p))).toBe(false);
    expect(t.deadline?.printed ?? null).toBe(e.deadline);
    if (e.openEnded) expect(resp[resp.length - 1]!.openEnded).toBe(true);
    // Every quote is the canonical text at its offsets.
    for (const ev of [t.evidence, ...resp.map((r) => r.evidence), ...(t.people ?? []).map((p) => p.evidence), ...(t.deadline ? [t.deadline.evidence] : [])]) {
      expect(ev.quote).toBe(text.slice(ev.start, ev.end));
    }
    // A unit's evidence is its own printed name; where a PDF wrapped the name over two physical
    // rows the span runs from its first character to its last, across the break.
    for (const r of resp) {
      const q = text.slice(r.evidence.start, r.evidence.end);
      if (q !== r.surface) expect([q[0], q[q.length - 1], /\n/.test(q)]).toEqual([r.surface[0], r.surface[r.surface.length - 1], true]);
    }
  });
  if (l.convention) expect(d.document.inferred.some((i) => i.rule === l.convention)).toBe(true);
  // Requirements are part of the task's text, never tasks of their own.
  if (l.header.includes('任务要求')) expect(d.tasks[0]!.text).toContain(l.rows[0]![2]!.replace(/。$/, ''));
}

describe('tables read by column meaning', () => {
  for (const l of LAYOUTS) {
    for (const [flat, print] of Object.entries(FLATTENINGS)) {
      it(`${l.name}: .txt ${flat}`, () => check(extract(print(l)), l));
    }
    for (const format of ['html', 'docx', 'xlsx', 'pdf'] as OutputFormat[]) {
      it(`${l.name}: ${format} table`, async () => {
        const blocks: DocBlock[] = [
          { kind: 'text', role: 'title', text: TITLE },
          { kind: 'table', categoryHeader: '类别', header: l.header, rows: l.rows.map((cells) => ({ category: l.category, cells })) },
        ];
        const txt = FLATTENINGS.tab!(l);
        const rendered = await renderDocument({ file: 't.txt', text: txt, blocks, meta: { title: TITLE, year: 2023, region: '上海市嘉定区', genre: 'task_list', issuer: '某区人民政府', layout: 'column-table', pdf: false } }, format);
        const read = await readSource(rendered.bytes, `t.${format}`);
        if (!read.ok) throw new Error(read.reason);
        check(extract(read.source.text, read.source.format), l);
      });
    }
  }
});

// Tables without their header row (issue 19 item 3): a table continued after a break whose header
// was left behind reads by the previous table's columns (roles and the header's convention
// included); a text that starts mid-table reads by what its cells show (a number cell, a
// task-like cell, a unit-list cell, a people cell, a deadline-like cell).
// `rule`: the structure rule the header-less rows are read by (the carried ones: the rows after the break).
const HEADERLESS: Record<string, { print: (l: Layout) => string; carried: boolean; rule: string }> = {
  // The header on the first page only; a `续表` line and the rest of the rows after it.
  'continued after a break without header': {
    print: (l) => [TITLE, l.category, l.header.join('\t'), l.rows[0]!.join('\t'), '续表', ...l.rows.slice(1).map((r) => r.join('\t'))].join('\n'),
    carried: true,
    rule: 'table.tab-continued',
  },
  // The text starts mid-table: no header anywhere.
  'starting mid-table': { print: (l) => [TITLE, l.category, ...l.rows.map((r) => r.join('\t'))].join('\n'), carried: false, rule: 'table.tab-inferred' },
  // `|` rows: the header on the first page; a page number, the running page header (the title) and the rows without it.
  'pipe row continued after a page break without header': {
    print: (l) => [TITLE, l.category, `|${l.header.join('|')}|`, `|${l.rows[0]!.join('|')}|`, '- 2 -', TITLE, ...l.rows.slice(1).map((r) => `|${r.join('|')}|`)].join('\n'),
    carried: true,
    rule: 'table.pipe-row-continued',
  },
  // `|` rows (no border `|`), the text starting mid-table.
  'pipe row starting mid-table': { print: (l) => [TITLE, l.category, ...l.rows.map((r) => r.join('|'))].join('\n'), carried: false, rule: 'table.pipe-row-inferred' },
  // One cell per line with `|` lines: the header on the first page; a page footer, the running header, then rows without it.
  'pipe cell continued after a page break without header': {
    print: (l) => [TITLE, l.category, ...cellLines(l.header), ...cellLines(l.rows[0]!), '第1页 共2页', TITLE, ...l.rows.slice(1).flatMap((r) => cellLines(r.map((c, k) => (k === 1 ? wrap(c) : c))))].join('\n'),
    carried: true,
    rule: 'table.pipe-cell-continued',
  },
  // One cell per line with `|` lines, the task cell over two lines, the text starting mid-table.
  'pipe cell starting mid-table': {
    print: (l) => [TITLE, l.category, ...l.rows.flatMap((r) => cellLines(r.map((c, k) => (k === 1 ? wrap(c) : c))))].join('\n'),
    carried: false,
    rule: 'table.pipe-cell-inferred',
  },
  // One cell per paragraph after the header cells; a page number and the running header, then rows without the header.
  'cell per line continued after a page break without header': {
    print: (l) => [TITLE, l.category, ...l.header, ...l.rows[0]!, '- 2 -', TITLE, ...l.rows.slice(1).flat()].join('\n'),
    carried: true,
    rule: 'table.flat-continued',
  },
};

// Private: a header-less table read by its cells: the tasks, each unit with its role, people and deadlines.
function checkInferred(d: ExtractedDocument, l: Layout, rule = 'table.tab-inferred'): void {
  expect(d.tasks.map((t) => t.text.replace(/[。.]$/, '').split('。')[0])).toEqual(l.expected.map((e) => e.task));
  expect(d.tasks.map((t) => (t.evidence.rule.startsWith(rule) ? rule : t.evidence.rule))).toEqual(d.tasks.map(() => rule));
  l.expected.forEach((e, k) => {
    const t = d.tasks[k]!;
    const resp = d.responsibilities.filter((r) => r.taskId === t.id).sort((a, b) => a.order - b.order);
    // Roles from the cells: a lead mark printed in a cell makes the lead (the rest of its list
    // support); two unit columns whose first names one unit a row are lead, then support.
    expect(resp.map((r) => [r.surface, r.role])).toEqual(e.units);
    expect((t.people ?? []).map((p) => p.name)).toEqual(e.people);
    for (const p of e.people) expect(d.units.some((u) => u.name.includes(p))).toBe(false);
    expect(t.deadline?.printed ?? null).toBe(e.deadline);
  });
}

describe('tables without their header row', () => {
  for (const l of LAYOUTS) {
    for (const [name, h] of Object.entries(HEADERLESS)) {
      it(`${l.name}: .txt ${name}`, () => {
        const d = extract(h.print(l));
        if (!h.carried) return checkInferred(d, l, h.rule);
        check(d, l);
        // The rows after the break are read by the columns carried over from the header.
        expect(d.tasks.slice(1).map((t) => (t.evidence.rule.startsWith(h.rule) ? h.rule : t.evidence.rule))).toEqual(d.tasks.slice(1).map(() => h.rule));
      });
    }
    for (const format of ['html', 'docx', 'xlsx', 'pdf'] as OutputFormat[]) {
      // The first row printed where the header would be (the table starts mid-way), its category beside it.
      const startsMidTable: DocBlock[] = [
        { kind: 'text', role: 'title', text: TITLE },
        { kind: 'table', categoryHeader: l.category, header: l.rows[0]!, rows: l.rows.slice(1).map((cells) => ({ category: l.category, cells })) },
      ];
      // The first row under the header, a 续表 line, then a table whose first row is the second row.
      const continued: DocBlock[] = [
        { kind: 'text', role: 'title', text: TITLE },
        { kind: 'table', categoryHeader: '类别', header: l.header, rows: [{ category: l.category, cells: l.rows[0]! }] },
        { kind: 'text', role: 'paragraph', text: '续表' },
        { kind: 'table', categoryHeader: l.category, header: l.rows[1]!, rows: l.rows.slice(2).map((cells) => ({ category: l.category, cells })) },
      ];
      for (const [name, blocks, carried] of [['starting mid-table', startsMidTable, false], ['continued without header', continued, true]] as const) {
        it(`${l.name}: ${format} table ${name}`, async () => {
          const rendered = await renderDocument({ file: 't.txt', text: FLATTENINGS.tab!(l), blocks: [...blocks], meta: { title: TITLE, year: 2023, region: '上海市嘉定区', genre: 'task_list', issuer: '某区人民政府', layout: 'column-table', pdf: false } }, format);
          const read = await readSource(rendered.bytes, `t.${format}`);
          if (!read.ok) throw new Error(read.reason);
          const d = extract(read.source.text, read.source.format);
          if (carried) check(d, l);
          else checkInferred(d, l);
        });
      }
    }
  }
});

// Real-world noise in the text flattenings (issue 19 item 3): page footers (`第1页 共3页`) and
// numbers (`- 2 -`) between rows, the header repeated after a page break (dropped), a running
// page header (the title) cutting the header off the rows after it, an empty cell, a unit list
// broken over two lines, `*` / `★` / `(牵头)` lead marks and a list ending in 等.
const NOISY = {
  header: ['序号', '工作任务', '责任单位', '责任领导', '完成时限'],
  category: '一、推动经济高质量发展',
  rows: [
    ['1', '推进先进制造业集群建设。', '区经信局*、区发改局、区财政局', '王建国', '2023年6月'],
    ['2', '完成老旧小区改造30个。', '区住建局', '张伟', ''],
    ['3', '新建社区食堂12家。', '区民政局(牵头)、区市场监管局、区卫生健康\n委等', '李华', '三季度'],
    ['4', '建成区级养老服务中心。', '区民政局★、区财政局', '刘洋', '年底前'],
  ],
  expected: [
    { task: '推进先进制造业集群建设', units: [['区经信局', 'LEAD'], ['区发改局', 'SUPPORT'], ['区财政局', 'SUPPORT']], people: ['王建国'], deadline: '2023年6月' },
    { task: '完成老旧小区改造30个', units: [['区住建局', 'RESPONSIBLE']], people: ['张伟'], deadline: null },
    { task: '新建社区食堂12家', units: [['区民政局', 'LEAD'], ['区市场监管局', 'SUPPORT'], ['区卫生健康委', 'SUPPORT']], people: ['李华'], deadline: '三季度', openEnded: true },
    { task: '建成区级养老服务中心', units: [['区民政局', 'LEAD'], ['区财政局', 'SUPPORT']], people: ['刘洋'], deadline: '年底前' },
  ] as Expected[],
};

// Private: the noisy table in one flattening: `cells` prints a row's lines; `withHeader`: the header on the first page.
function noisy(cells: (c: string[]) => string[], withHeader: boolean): string {
  const [r1, r2, r3, r4] = NOISY.rows as [string[], string[], string[], string[]];
  const header = withHeader ? cells(NOISY.header) : [];
  return [TITLE, NOISY.category, ...header, ...cells(r1), '第1页 共3页', ...header, ...cells(r2), ...cells(r3), '- 2 -', TITLE, ...cells(r4)].join('\n');
}

// `headed`: the rule of rows under their header; `rule`: the prefix of the header-less rules.
const NOISY_FLATTENINGS: Record<string, { cells: (c: string[]) => string[]; headed: string; rule: string }> = {
  'pipe row': { cells: (c) => [`|${c.join('|')}|`], headed: 'table.pipe-row', rule: 'table.pipe-row' },
  'pipe cell': { cells: cellLines, headed: 'table.pipe-cell', rule: 'table.pipe-cell' },
  // One cell per paragraph: an empty cell prints nothing, a cell over two lines is two paragraphs.
  'cell per line': { cells: (c) => c.filter((x) => x !== ''), headed: 'table.flat-task', rule: 'table.flat' },
};

describe('noise in flattened tables', () => {
  for (const [name, f] of Object.entries(NOISY_FLATTENINGS)) {
    for (const withHeader of [true, false]) {
      if (!withHeader && name === 'cell per line') continue;
      it(`.txt ${name} ${withHeader ? 'with its header on the first page' : 'starting mid-table'}`, () => {
        const d = extract(noisy(f.cells, withHeader));
        const l: Layout = { name, header: NOISY.header, category: NOISY.category, rows: NOISY.rows, expected: NOISY.expected };
        check(d, l);
        // The rows after the running page header carry the columns over; the others read by the header or their cells.
        const before = withHeader ? f.headed : `${f.rule}-inferred`;
        expect(d.tasks.map((t) => t.evidence.rule)).toEqual([before, before, before, `${f.rule}-continued`]);
      });
    }
  }
});

describe('lines with `|` that are no task table', () => {
  it('stay text: no task column or no unit column among their cells', () => {
    const text = [TITLE, '一、全年主要指标', '地区生产总值|增长6%|1200亿元', '固定资产投资|增长8%|300亿元', '1', '|', '2023年', '|', '100%', '2', '|', '2024年', '|', '105%'].join('\n');
    const d = extract(text);
    expect(d.tasks.filter((t) => t.evidence.rule.startsWith('table.')).map((t) => t.text)).toEqual([]);
    expect(d.responsibilities).toEqual([]);
  });
});

describe('column meanings from the cells of a header-less table (inferColumns)', () => {
  const rows = (units: string[], second: string[]): string[][] => units.map((u, k) => [String(k + 1), `推进第${k + 1}项重点工作落地见效。`, u, second[k]!]);
  it('two unit columns whose first names one unit a row: lead, then support', () => {
    expect(inferColumns(rows(['区发改委', '区民政局', '区妇联'], ['区财政局、区残联', '城关镇、东湖街道', '区科协、嘉定工业区']))).toEqual(['NUMBER', 'TASK', 'LEAD', 'SUPPORT']);
  });
  it('a first unit column of lists stays responsible beside a second one (责任单位 | 责任街镇)', () => {
    expect(inferColumns(rows(['区发改委、区财政局', '区民政局、区档案馆', '区妇联、区残联'], ['城关镇', '东湖街道', '西湖街道']))).toEqual(['NUMBER', 'TASK', 'RESPONSIBLE', 'RESPONSIBLE']);
  });
  it('no unit column: no task table', () => {
    expect(inferColumns(rows(['增长6%', '增长8%', '持平'], ['1200亿元', '300亿元', '50亿元']))).toBeNull();
  });
});

describe('header-less tables: reading time grows with the table, not its square', () => {
  // Best of 3 runs on n and 4n rows: ~4 when linear, ~16 when quadratic; the bar leaves room for a
  // machine shared with other work (the structure stage measured 1.8–3.5 for 2,000 → 8,000 rows, tab rows 3.9–4.3).
  const rowsOf = (n: number): string[][] => Array.from({ length: n }, (_, k) => [String(k + 1), `推进第${k + 1}项重点工作落地见效。`, k % 3 === 0 ? '区发改委*、区财政局' : '区民政局', k % 2 ? '王建国' : '李华', '年底前']);
  const bestOf3 = (text: string): number => {
    let best = Infinity;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      extract(text);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  for (const [name, print] of [
    ['pipe row', (rows: string[][]) => [TITLE, ...rows.map((r) => r.join('|'))].join('\n')],
    ['pipe cell', (rows: string[][]) => [TITLE, ...rows.flatMap(cellLines)].join('\n')],
  ] as const) {
    it(`${name} starting mid-table: 4× the rows take < 10× the time`, () => {
      const small = print(rowsOf(1000));
      const large = print(rowsOf(4000));
      // Every row read (and the code warm before timing).
      expect(extract(small).tasks).toHaveLength(1000);
      expect(extract(large).tasks).toHaveLength(4000);
      expect(bestOf3(large) / bestOf3(small)).toBeLessThan(10);
    }, 60_000);
  }
});
