import { describe, expect, it } from 'vitest';
import { createConverter } from './opencc.ts';

describe('createConverter', () => {
  const tw = createConverter('tw');
  const hk = createConverter('hk');

  it('converts by phrase, not character by character', () => {
    expect(tw('后来皇后吃了面条')).toBe('後來皇后吃了麵條');
    expect(tw('干部不怕干燥')).toBe('幹部不怕乾燥');
  });

  it('writes each region\u2019s variants', () => {
    expect(tw('里面')).toBe('裡面');
    expect(hk('里面')).toBe('裏面');
    expect(tw('着手')).toBe('著手');
    expect(hk('着手')).toBe('着手');
  });

  it('keeps the paper\u2019s words: no regional vocabulary swapped in', () => {
    expect(tw('软件')).toBe('軟件');
  });

  it('leaves what is not 简体 as it is', () => {
    expect(tw('2024年GDP增长5%，（详见第5版）')).toBe('2024年GDP增長5%，（詳見第5版）');
  });
});
