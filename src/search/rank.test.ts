import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HEADLINE_ZONE } from './fields.ts';
import { rankBound, rankByte, scoreOf1 } from './rank.ts';

/** Positions as the index assigns them: the headline from 0, the other fields from HEADLINE_ZONE, a gap between fields. */
function rankIn(fields: string[], needle: string): number | undefined {
  let pos = 0;
  let count = 0;
  let first = -1;
  fields.forEach((text, i) => {
    if (i === 1) pos = Math.max(pos, HEADLINE_ZONE);
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      count++;
      if (first < 0) first = pos + at;
    }
    pos += text.length + 1;
  });
  return count === 0 ? undefined : rankByte(count, first);
}

const parts = ['有限公司', '有限', '公司', '限公', '司', '有', '其他其他其他', '。'];
const field = (max: number) => fc.array(fc.constantFrom(...parts), { maxLength: max }).map((xs) => xs.join(''));

describe('rankBound', () => {
  it('never scores below the term it bounds, from any two of its bigrams', () => {
    fc.assert(
      fc.property(
        field(12),
        fc.array(field(800), { maxLength: 3 }),
        fc.constantFrom('有限公司', '限公司', '有限公', '司有限公', '公司有限'),
        fc.nat(),
        fc.nat(),
        (headline, body, term, i, j) => {
          const fields = [headline, ...body];
          const actual = rankIn(fields, term);
          if (actual === undefined) return;
          const offsets = [i % (term.length - 1), j % (term.length - 1)];
          const [a, b] = offsets.map((offset) => ({ rank: rankIn(fields, term.slice(offset, offset + 2))!, offset }));
          const bound = rankBound(a!.rank, a!.offset, b!.rank, b!.offset);
          expect(scoreOf1(bound)).toBeGreaterThanOrEqual(scoreOf1(actual));
          expect(bound & 128).toBeGreaterThanOrEqual(actual & 128);
          expect((bound >> 3) & 15).toBeGreaterThanOrEqual((actual >> 3) & 15);
          if ((bound & 128) === (actual & 128)) expect(bound & 7).toBeLessThanOrEqual(actual & 7);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is tight when the term is all its grams ever are', () => {
    const fields = ['标题', `${'其他'.repeat(40)}有限公司${'其他'.repeat(10)}有限公司`];
    const actual = rankIn(fields, '有限公司')!;
    const bound = rankBound(rankIn(fields, '有限')!, 0, rankIn(fields, '公司')!, 2);
    expect(bound).toBe(actual);
  });
});
