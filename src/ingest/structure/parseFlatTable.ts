import type { Block, Cell } from './blocks.js';
import type { Line } from './lines.js';
import { lineText, matchMarker } from './lineShape.js';
import { INNER_TERMINAL } from './structureRules.js';
import { columnRole, isTaskTableHeader } from './tableHeaders.js';

/** A task table one cell per line: 序号 / 工作任务 / 牵头单位 / 配合单位 / 责任人, then rows of as many cells. */
export function parseFlatTable(text: string, lines: Line[], i: number, blocks: Block[], parent: number): number {
  const headers: string[] = [];
  let k = i;
  while (k < lines.length) {
    const s = lineText(text, lines[k]!);
    if (columnRole(s) === null || s.includes('\t')) break;
    headers.push(s.replace(/[\s:：]/g, ''));
    k++;
  }
  if (headers.length < 3 || !isTaskTableHeader(headers)) return i;
  const roles = headers.map((h) => columnRole(h)!);
  const numbered = roles[0] === 'NUMBER';
  let expect = 1;
  while (k < lines.length) {
    const s = lineText(text, lines[k]!);
    if (numbered ? s !== String(expect) : false) break;
    // Collect cells up to the next row number (or a fixed width without a number column).
    const cellLines: Line[] = [];
    let m = numbered ? k + 1 : k;
    while (m < lines.length && cellLines.length < headers.length - (numbered ? 1 : 0)) {
      const cs = lineText(text, lines[m]!);
      if (numbered && cs === String(expect + 1)) break;
      if (matchMarker(cs) && matchMarker(cs)!.rule.level <= 2 && !INNER_TERMINAL.test(cs)) break;
      cellLines.push(lines[m]!);
      m++;
    }
    if (!cellLines.length) break;
    const cellRoles = numbered ? roles.slice(1) : roles;
    const cellHeaders = numbered ? headers.slice(1) : headers;
    const cells: Cell[] = cellLines.map((cl, n) => ({ start: cl.contentStart, end: cl.contentEnd, role: cellRoles[n] ?? 'OTHER', header: cellHeaders[n] ?? '' }));
    const numLine = numbered ? lines[k]! : null;
    const start = numLine ? numLine.contentStart : cells[0]!.start;
    const end = cells[cells.length - 1]!.end;
    blocks.push({ kind: 'tableRow', start, end, bodyStart: start, bodyEnd: end, number: numbered ? String(expect) : null, level: 0, starred: text.slice(start, end).includes('★'), rule: 'table.flat-task', cells, parent });
    expect++;
    k = m;
  }
  return k;
}
