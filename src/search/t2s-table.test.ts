import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { charLevelPairs } from './t2s-generate.ts';
import { T2S_FROM, T2S_TO } from './t2s-table.ts';

describe('the traditional → simplified character table', () => {
  it('equals opencc-js for every Han character (regenerate it with t2s-generate.ts if not)', () => {
    const expected = charLevelPairs(Converter({ from: 'tw', to: 'cn' }));
    expect([...T2S_FROM].map((t, i) => [t, [...T2S_TO][i]])).toEqual(expected);
    expect(expected.length).toBeGreaterThan(2000);
  });
});
