import { describe, expect, it } from 'vitest';
import { decodeYears, encodeYears } from '../../src/store/cypher/projectYears.js';

describe('project years as stored', () => {
  it.each([
    [[2024, 2019, 2021, 2019], '2019,2021,2024', 3],
    [[2018], '2018', 1],
    [[], '', 0],
  ])('%j → %s', (years, text, count) => {
    expect(encodeYears(years)).toEqual({ years: text, yearCount: count });
    expect(decodeYears(text)).toEqual([...new Set(years)].sort((x, y) => x - y));
  });

  it('reads a list as graphs stored it before the text form, and nothing as no years', () => {
    expect(decodeYears([2019, 2021])).toEqual([2019, 2021]);
    expect(decodeYears(null)).toEqual([]);
  });
});
