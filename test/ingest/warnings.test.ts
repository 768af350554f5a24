import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { parseUserOverrides } from '../../src/ingest/resolve/userOverrides.js';
import type { ExtractedDocument } from '../../src/model/records.js';
import { WARNING_CODES } from '../../src/model/warningCodes.js';

/* What extraction reports instead of dropping it (ExtractionContext), as tables of real-looking lines. */

const META = { year: 2021, region: '上海市嘉定区', genre: 'task_list' as const };

function extract(text: string, options: Parameters<typeof extractDocument>[1] = {}, meta: object = META): ExtractedDocument {
  return extractDocument({ file: 'w.txt', text, sha256: '0', meta }, options);
}
const codes = (d: ExtractedDocument): string[] => d.warnings.map((w) => w.code);

describe('extraction warnings', () => {
  it('WARNING_CODES are unique', () => {
    expect(new Set(WARNING_CODES).size).toBe(WARNING_CODES.length);
  });

  it('every warning quotes the original text at its offsets', () => {
    const text = '一、推进\n1、完善星河片区协调机制，新建,30个。（责任单位：星河协调推进办公室）\n\n甲栏\t乙栏\n苹果\t香蕉\n';
    const d = extract(text);
    expect(codes(d).sort()).toEqual(['TABLE_NO_HEADER', 'TARGET_DROPPED', 'UNIT_SURFACE_ONLY']);
    for (const w of d.warnings) {
      expect(w.documentId).toBe('doc:w');
      expect(text.slice(w.start!, w.end!)).toBe(w.quote);
    }
  });

  it.each([
    // [line, TARGET_DROPPED expected, why]
    ['1、全年实现规模以上工业总产值3000亿元以上。（责任单位：区经委）', 0, 'a named metric is kept'],
    ['1、完成老旧小区改造,21万平方米。（责任单位：区房管局）', 1, 'no metric'],
    ['1、围绕区域发展战略全面深化各项改革持续推进城市更新和产业转型升级带动新增就业岗位5000个。（责任单位：区人社局）', 1, 'a clause, not a metric'],
  ])('%s → %i TARGET_DROPPED (%s)', (line, n, why) => {
    const d = extract(`一、重点\n${line}\n`);
    const dropped = d.warnings.filter((w) => w.code === 'TARGET_DROPPED');
    expect(dropped, why).toHaveLength(n);
    if (n) expect(dropped[0]!.message).toMatch(/no metric|clause/);
  });

  it('UNIT_SURFACE_ONLY: once per printed name, never for a dictionary unit or one the user merged', () => {
    const text = '一、重点\n1、开展调研。（责任单位：星河协调推进办公室、区经委）\n2、完善机制。（责任单位：星河协调推进办公室）\n';
    const d = extract(text);
    expect(d.warnings.filter((w) => w.code === 'UNIT_SURFACE_ONLY').map((w) => w.quote)).toEqual(['星河协调推进办公室']);
    const merged = extract(text, { overrides: parseUserOverrides({ merge: [{ names: ['星河协调推进办公室', '星河办'], into: '嘉定区星河办', kind: 'OFFICE' }] }) });
    expect(codes(merged)).not.toContain('UNIT_SURFACE_ONLY');
  });

  it('TABLE_NO_HEADER: once per table with no known column, never for a task table', () => {
    const unknown = extract('甲栏\t乙栏\n苹果\t香蕉\n梨子\t橙子\n');
    expect(codes(unknown)).toEqual(['TABLE_NO_HEADER']);
    const known = extract('序号\t工作任务\t牵头单位\n1\t推进智慧城市建设\t区经委\n2\t完善营商环境\t区商务委\n');
    expect(codes(known)).toEqual([]);
    expect(known.tasks).toHaveLength(2);
  });

  it('NO_YEAR and NO_REGION when neither is given nor found; neither when given', () => {
    expect(codes(extract('一、重点\n1、开展调研。\n', {}, {}))).toEqual(['NO_YEAR', 'NO_REGION']);
    expect(codes(extract('一、重点\n1、开展调研。\n'))).toEqual([]);
  });
});
