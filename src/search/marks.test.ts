import { describe, expect, it, vi } from 'vitest';
import { markFinder } from './marks.ts';

/** Lower-cases Latin letters and drops spaces, mapping each kept character to where it was printed. */
function squeeze(text: string): { norm: string; map: number[] } {
  let norm = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ') continue;
    norm += text[i]!.toLowerCase();
    map.push(i);
  }
  return { norm, map };
}

describe('markFinder', () => {
  it('finds each needle through the normalization, in printed offsets, merged and sorted', () => {
    const find = markFinder(squeeze);
    expect(find('新 华社 与 AB 公司', ['新华社', 'ab'])).toEqual([
      [0, 4],
      [7, 9],
    ]);
    expect(find('ABAB', ['ab', 'ba'])).toEqual([[0, 4]]);
  });

  it('normalizes a text once for needle after needle, and never answers for the text before it', () => {
    const normalize = vi.fn(squeeze);
    const find = markFinder(normalize);
    const paragraph = '张 三 和 李四';
    expect(find(paragraph, ['张三'])).toEqual([[0, 3]]);
    expect(find(paragraph, ['李四'])).toEqual([[6, 8]]);
    expect(normalize).toHaveBeenCalledTimes(1);
    expect(find('李四', ['李四'])).toEqual([[0, 2]]);
    expect(find(paragraph, ['李四'])).toEqual([[6, 8]]);
    expect(normalize).toHaveBeenCalledTimes(3);
  });
});
