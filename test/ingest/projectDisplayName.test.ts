import { describe, expect, it } from 'vitest';
import { projectDisplayName, projectStem } from '../../src/ingest/resolve/projectDisplayName.js';

describe('projectStem', () => {
  it.each([
    ['G15沈海高速(三期)', 'G15沈海高速'],
    ['杭绍铁路一期(萧山段)', '杭绍铁路'],
    // Spellings are as printed: full-width brackets leave no empty pair behind.
    ['氢能汽车科技园（一期）', '氢能汽车科技园'],
    ['沪通铁路二期（嘉定段）', '沪通铁路'],
    ['宁句线句容段', '宁句线'],
    ['第十二届中国花卉博览会', '中国花卉博览会'],
    ['首届进口商品交易会', '进口商品交易会'],
    ['城西“北片区”', '城西北片区'],
    ['轨交 9 号线', '轨交9号线'],
    ['一期', '一期'],
  ])('%s → %s', (spelling, stem) => {
    expect(projectStem(spelling)).toBe(stem);
  });
});

describe('projectDisplayName', () => {
  it('picks the stem most spellings share, whatever their order', () => {
    const spellings = ['G15', 'G15公路一期', 'G15 沈海高速一期', 'G15沈海高速(二期)'];
    expect(projectDisplayName(spellings)).toBe('G15沈海高速');
    expect(projectDisplayName([...spellings].reverse())).toBe('G15沈海高速');
  });

  it('prefers the longer name on a tie', () => {
    expect(projectDisplayName(['城西北片区', '北片区'])).toBe('城西北片区');
  });
});
