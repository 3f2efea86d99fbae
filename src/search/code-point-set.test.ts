import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeCodePointSet, encodeCodePointSet } from './code-point-set.ts';

describe('code point set', () => {
  it('round-trips any set of code points, in order, duplicates once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 200 }), (points) => {
        const decoded = decodeCodePointSet(encodeCodePointSet(points));
        expect([...decoded]).toEqual([...new Set(points)].sort((a, b) => a - b));
      }),
    );
  });

  it('spends one character on a gap under 32 and more only on wider ones', () => {
    expect(encodeCodePointSet([0x4e00, 0x4e01, 0x4e05])).toHaveLength(3 + 1 + 1);
    expect(encodeCodePointSet([])).toBe('');
  });

  it('names what is wrong with a damaged string', () => {
    expect(() => decodeCodePointSet('ab!')).toThrow(/"!" at 2/u);
    expect(() => decodeCodePointSet('aA')).toThrow(/ends inside a gap/u);
    expect(() => encodeCodePointSet([-1])).toThrow(RangeError);
  });
});
