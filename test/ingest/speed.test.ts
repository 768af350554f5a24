import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extractDocument.js';
import { SEEDS, seedText } from './seedHelpers.js';

describe('speed', () => {
  it('extracts all five seeds in well under a second', () => {
    const texts = SEEDS.map((f) => [f, seedText(f)] as const);
    extractDocument({ file: texts[0]![0], text: texts[0]![1], sha256: '', meta: {} }); // warm dictionaries
    const t0 = performance.now();
    for (const [file, text] of texts) extractDocument({ file, text, sha256: '', meta: {} });
    expect(performance.now() - t0).toBeLessThan(1000);
  });
  it('stays linear on a large synthetic text', () => {
    const one = SEEDS.map(seedText).join('\n');
    const small = performance.now();
    extractDocument({ file: 'a.txt', text: one, sha256: '', meta: { year: 2021, region: '上海市嘉定区', genre: 'task_list' } });
    const t1 = performance.now() - small;
    const big = Array(8).fill(one).join('\n');
    const t2s = performance.now();
    extractDocument({ file: 'b.txt', text: big, sha256: '', meta: { year: 2021, region: '上海市嘉定区', genre: 'task_list' } });
    const t2 = performance.now() - t2s;
    expect(t2).toBeLessThan(t1 * 8 * 3 + 200);
  });
});
