import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertedSlicer } from './aligned.ts';
import { createConverter } from './opencc.ts';

const tw = createConverter('tw');

describe('convertedSlicer', () => {
  it('gives the printed text where nothing converts', () => {
    const slice = convertedSlicer('ABC 2024', (text) => text);
    expect(slice(0, 3)).toBe('ABC');
  });

  it('cuts the whole converted text, so a phrase cut by a mark keeps its context', () => {
    const text = '她剪了头发去理发店';
    const slice = convertedSlicer(text, tw);
    expect(slice(0, text.length)).toBe(tw(text));
    // 发 alone is 發; inside 头发 and 理发 it is 髮.
    expect(tw('发')).toBe('發');
    expect(slice(4, 5)).toBe('髮');
    expect(slice(6, 8)).toBe('理髮');
  });

  it('carries offsets over where a character leaves the astral planes', () => {
    // 𫖮 is two UTF-16 units, the 顗 it becomes one.
    const text = '周𫖮说';
    expect(tw(text)).toBe('周顗說');
    const slice = convertedSlicer(text, tw);
    expect([slice(0, 1), slice(1, 3), slice(3, 4)]).toEqual(['周', '顗', '說']);
  });

  it('converts each slice alone when a conversion changes the number of characters', () => {
    const squash = (text: string) => text.replaceAll('两个', '双');
    const slice = convertedSlicer('两个人', squash);
    expect([slice(0, 2), slice(2, 3)]).toEqual(['双', '人']);
  });

  it('joins back to the converted text, wherever the cuts fall', () => {
    const alphabet = [...'头发理发后面干部乾坤里面台风着手说𫖮，。A1'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 6 }), (chars, picks) => {
        const text = chars.join('');
        const starts = [0];
        for (let i = 0, at = 0; i < chars.length; at += chars[i]!.length, i++) starts.push(at + chars[i]!.length);
        const cuts = [...new Set([0, text.length, ...picks.map((pick) => starts[pick % starts.length]!)])].sort((a, b) => a - b);
        const slice = convertedSlicer(text, tw);
        let joined = '';
        for (let i = 0; i + 1 < cuts.length; i++) joined += slice(cuts[i]!, cuts[i + 1]!);
        expect(joined).toBe(tw(text));
      }),
    );
  });
});
