import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createConverter } from '../../script/lib/opencc.ts';
import { markedSegments } from './marked-segments.ts';

const join = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('markedSegments', () => {
  it('marks the given ranges and keeps the rest plain', () => {
    expect(markedSegments('研发半导体材料', [[2, 4]])).toEqual([
      { text: '研发', mark: false },
      { text: '半导', mark: true },
      { text: '体材料', mark: false },
    ]);
  });

  it('shows Chinese punctuation without moving the marks', () => {
    const segments = markedSegments('会议(扩大),盛蕾出席', [[7, 9]]);
    expect(join(segments)).toBe('会议（扩大），盛蕾出席');
    expect(segments.find((s) => s.mark)?.text).toBe('盛蕾');
  });

  it('merges overlapping and touching marks, and clamps ranges outside the text', () => {
    expect(markedSegments('abcdef', [[3, 5], [1, 3], [2, 4], [9, 12], [-5, 0]])).toEqual([
      { text: 'a', mark: false },
      { text: 'bcde', mark: true },
      { text: 'f', mark: false },
    ]);
  });

  it('never loses or invents text, whatever the marks', () => {
    const range = fc.tuple(fc.integer({ min: -3, max: 40 }), fc.integer({ min: -3, max: 40 }));
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(range, { maxLength: 6 }), (text, marks) => {
        const segments = markedSegments(text, marks);
        expect(join(segments).length).toBe(text.length);
        expect(segments.every((s) => s.text.length > 0)).toBe(true);
        segments.slice(1).forEach((s, i) => expect(s.mark && segments[i]!.mark).toBe(false));
      }),
    );
  });

  it('shows the marks on converted text, each phrase converted in its context', () => {
    const segments = markedSegments('后来发展了,周𫖮说', [[2, 3], [7, 9]], createConverter('hk'));
    expect(segments).toEqual([
      { text: '後來', mark: false },
      { text: '發', mark: true },
      { text: '展了，周', mark: false },
      { text: '顗', mark: true },
      { text: '説', mark: false },
    ]);
  });
});
