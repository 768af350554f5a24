import { looksLikePerson } from '../rules/responsibilityRules.js';
import type { ColumnRole } from './tableHeaders.js';

/**
 * Cell shapes of the genre, as data: what a column holds when a table reaches us without its
 * header (the text starts mid-table, or a page break cut the header off). Each rule reads one
 * cell; a column takes the meaning most of its filled cells share (`INFER_THRESHOLDS`).
 */
export const CELL_RULES: { id: string; meaning: ColumnRole; test: (cell: string) => boolean }[] = [
  // 1 / 12 / 三
  { id: 'cell.number', meaning: 'NUMBER', test: (c) => /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、]?$/.test(c) },
  // 一、提升城市精细化管理水平 (a category printed on its group's first row)
  { id: 'cell.category', meaning: 'CATEGORY', test: (c) => /^[一二三四五六七八九十]+、/.test(c) && !/[。；;]/.test(c) },
  // 2023年6月 / 10月底前 / 三季度 / 年底前 / 长期坚持 / 持续推进 / 全年
  { id: 'cell.deadline', meaning: 'DEADLINE', test: (c) => c.length <= 16 && /^(?:\d{4}年)?(?:\d{1,2}月(?:底|末|中旬|上旬|下旬|\d{1,2}日)?|[一二三四]季度(?:末)?|年底|年内|全年|上半年|下半年|长期坚持|持续推进|按期完成)(?:前|完成)?$/.test(c) },
  // 王建国 / 李华、陈伟 (people, never units)
  { id: 'cell.people', meaning: 'PERSON', test: (c) => pieces(c).every(looksLikePerson) },
  // 区经信局*、区发改局、区财政局 / 城关镇、东湖街道 / 各相关单位
  { id: 'cell.units', meaning: 'RESPONSIBLE', test: (c) => pieces(c).every((p) => UNIT_LIKE.test(p)) },
  // 推进先进制造业集群建设。(a clause or sentence of some length)
  { id: 'cell.task', meaning: 'TASK', test: (c) => c.length >= INFER_THRESHOLDS.taskMin && !pieces(c).every((p) => UNIT_LIKE.test(p)) },
];

export const INFER_THRESHOLDS = {
  // A task cell is at least this long (shorter free text is a note or a status).
  taskMin: 6,
  // A column takes a meaning when at least this share of its filled cells have that shape.
  share: 0.6,
  // Rows read to infer the columns (enough to see the shapes, bounded for long tables).
  rows: 20,
  // Two unit columns whose first names one unit in at least this share of its filled cells read as lead, then support.
  singleUnitShare: 0.8,
} as const;

// Private: a unit's name, with a lead mark or an open end: 区发改委 / 区发改委* / 区发改委(牵头) / 各街镇 / 城投集团等 /
// 区妇联 / 区科协 / 区档案馆 / 嘉定工业区 (the people's organisations and zones that lists print beside bureaus).
const UNIT_LIKE = /^(?:各|区|县|市|镇|街道)?[\u4e00-\u9fff（）()]{1,24}?(?:委|办|局|院|所|队|站|会|司|部|处|室|校|团|镇|乡|街道|中心|集团|公司|分局|办公室|小组|单位|部门|街镇|乡镇|联|协|馆|工业区|开发区|新区)(?:[*＊★☆]+|[(（]牵头(?:单位|部门)?[)）])?等?$/;
const SEP = /[、,，;；\/／\s]+/;
const pieces = (c: string): string[] => c.split(SEP).filter((p) => p !== '');

/**
 * The meaning of each column of a header-less table from its rows' cells, or null when the rows
 * do not read as a task table (no task column, or no unit column). One unit column of its own
 * is RESPONSIBLE; the lead marks in its cells (`*`, `★`, `(牵头)`) still make leads. Two unit
 * columns whose first names one unit a row are lead, then support.
 */
export function inferColumns(rows: readonly string[][]): ColumnRole[] | null {
  const sample = rows.slice(0, INFER_THRESHOLDS.rows);
  const width = Math.max(0, ...sample.map((r) => r.length));
  const roles: ColumnRole[] = [];
  for (let c = 0; c < width; c++) {
    const cells = sample.map((r) => (r[c] ?? '').trim()).filter((s) => s !== '');
    let role: ColumnRole = 'OTHER';
    for (const rule of CELL_RULES) {
      if (cells.length > 0 && cells.filter(rule.test).length >= INFER_THRESHOLDS.share * cells.length) {
        role = rule.meaning;
        break;
      }
    }
    roles.push(role);
  }
  // One task column: the first; later task-shaped columns are its requirements.
  const firstTask = roles.indexOf('TASK');
  roles.forEach((r, c) => {
    if (r === 'TASK' && c !== firstTask) roles[c] = 'REQUIREMENT';
  });
  if (firstTask < 0 || !roles.includes('RESPONSIBLE')) return null;
  // Two unit columns, the first naming one unit a row: the genre prints 牵头单位 before 配合单位
  // (or 责任街镇), so the first leads and the second supports. A first column of lists
  // (责任单位 | 责任街镇) stays responsible.
  const units = roles.flatMap((r, c) => (r === 'RESPONSIBLE' ? [c] : []));
  if (units.length === 2) {
    const cells = sample.map((r) => (r[units[0]!] ?? '').trim()).filter((s) => s !== '');
    if (cells.filter((c) => pieces(c).length === 1).length >= INFER_THRESHOLDS.singleUnitShare * cells.length) {
      roles[units[0]!] = 'LEAD';
      roles[units[1]!] = 'SUPPORT';
    }
  }
  return roles;
}

// Private: the cell rule a column of each meaning holds (none: any text fits).
const RULE_OF: Partial<Record<ColumnRole, string>> = {
  NUMBER: 'cell.number', CATEGORY: 'cell.category', DEADLINE: 'cell.deadline', PERSON: 'cell.people',
  LEAD: 'cell.units', SUPPORT: 'cell.units', RESPONSIBLE: 'cell.units', TOWNS: 'cell.units', TASK: 'cell.task', REQUIREMENT: 'cell.task',
};

/** Whether a cell's text has the shape of its column's meaning (CELL_RULES); true where the meaning has no shape. */
export function fitsColumn(role: ColumnRole, cell: string): boolean {
  const id = RULE_OF[role];
  const rule = id ? CELL_RULES.find((r) => r.id === id) : undefined;
  return rule ? rule.test(cell.trim()) : true;
}
