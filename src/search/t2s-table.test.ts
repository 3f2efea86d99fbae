import { Converter } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { charLevelPairs, foldPairs } from './t2s-generate.ts';
import { T2S_FROM, T2S_TO } from './t2s-table.ts';
import { T2S_KEYS } from './t2s-keys.ts';
import { decodeCodePointSet } from './code-point-set.ts';

describe('the traditional → simplified character table', () => {
  const table = [...T2S_FROM].map((t, i) => [t, [...T2S_TO][i]]);

  it('is what t2s-generate.ts makes of opencc-js (regenerate it if not)', () => {
    expect(table).toEqual(foldPairs());
    expect(table.length).toBeGreaterThan(2000);
  });

  it('folds every Taiwan character as opencc-js does, up to a fold of the fold', () => {
    const folded = new Map(table as [string, string][]);
    for (const [traditional, simplified] of charLevelPairs(Converter({ from: 'tw', to: 'cn' }))) {
      expect([simplified, folded.get(simplified)]).toContain(folded.get(traditional));
    }
  });

  it('never folds a character it folds to', () => {
    const from = new Set(T2S_FROM);
    expect([...T2S_TO].filter((ch) => from.has(ch))).toEqual([]);
  });
});

describe('the set of characters the table folds (t2s-keys.ts)', () => {
  it('is what t2s-generate.ts keys makes of the table (regenerate it if not)', () => {
    expect(decodeCodePointSet(T2S_KEYS)).toEqual(new Set(foldPairs().map(([traditional]) => traditional.codePointAt(0)!)));
  });
});
