import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { foldText } from '../../src/ingest/text/foldText.js';
import { SEEDS, seedText } from './seedHelpers.js';

// Not timed: throughput is measured by bench/extractBench.ts. These guard what makes the
// extractor linear and its evidence exact: a document repeated k times yields k times the
// records, each quoting the original text at its offsets (folding is shared between
// extractors, so a wrong offset map would show here).
const meta = { year: 2021, region: '上海市嘉定区', genre: 'task_list' as const };
const one = SEEDS.map(seedText).join('\n');

describe('extraction scales with the text', () => {
  const small = extractDocument({ file: 'a.txt', text: one, sha256: '', meta });
  const k = 4;
  const bigText = Array(k).fill(one).join('\n');
  const big = extractDocument({ file: 'b.txt', text: bigText, sha256: '', meta });

  it('k copies give k times the tasks, responsibilities, targets, mentions and locations', () => {
    expect(small.tasks.length).toBeGreaterThan(100);
    for (const field of ['tasks', 'responsibilities', 'targets', 'mentions', 'locations'] as const) {
      expect(big[field].length, field).toBe(k * small[field].length);
    }
    // Records that are deduplicated (units, projects, places) do not grow with repetition.
    expect(big.units.length).toBe(small.units.length);
    expect(big.projects.length).toBe(small.projects.length);
  });

  it('every evidence quote is the original text at its offsets', () => {
    const evidence = [
      ...big.tasks.map((t) => t.evidence), ...big.responsibilities.map((r) => r.evidence), ...big.targets.map((t) => t.evidence),
      ...big.mentions.map((m) => m.evidence), ...big.locations.map((l) => l.evidence),
    ];
    const wrong = evidence.filter((e) => bigText.slice(e.start, e.end) !== e.quote);
    expect(wrong).toEqual([]);
  });
});

// Folding is a table lookup per code unit; the table must agree with the documented rules.
describe('foldText', () => {
  it.each([
    ['（一）“美丽家园”【试点】〔2021〕', '(一)"美丽家园"[试点][2021]'],
    ['轨交 14 号线\u3000嘉定段', '轨交14号线嘉定段'],
    ['增长 33. 5% ，ＡＢＣ x　ｙ', '增长33.5%,ABC xy'],
    ['「乡悦华亭」‘一网通办’〝雪亮〞＂x＂', '"乡悦华亭""一网通办""雪亮""x"'],
    ['A  B\tC \n D', 'A B\tC\nD'],
  ])('%s', (raw, folded) => {
    const f = foldText(raw);
    expect(f.text).toBe(folded);
    expect(f.map.length).toBe(folded.length + 1);
    expect(f.map[folded.length]).toBe(raw.length);
    for (let i = 0; i < folded.length; i++) expect(f.map[i]!).toBeGreaterThanOrEqual(i === 0 ? 0 : f.map[i - 1]! + 1);
  });

  it('joinLines drops line breaks and keeps offsets', () => {
    const raw = '虹桥新慧总部\n\n湾5个项目';
    const f = foldText(raw, true);
    expect(f.text).toBe('虹桥新慧总部湾5个项目');
    expect(raw[f.map[f.text.indexOf('湾')]!]).toBe('湾');
  });
});
