import { describe, expect, it } from 'vitest';
import { pageLabel, pageNumberLabel } from './page-label.ts';

describe('pageLabel', () => {
  it('prints number and name as a 数字报 does', () => {
    expect(pageLabel({ number: 1, name: '要闻' })).toBe('第1版 要闻');
    expect(pageLabel({ number: 3 })).toBe('第3版');
    expect(pageLabel({ name: '经济' })).toBe('经济');
    expect(pageLabel({})).toBe('本版');
  });

  it('prints the section letter before a two-digit number', () => {
    expect(pageLabel({ number: 2, section: 'A', name: '要闻' })).toBe('第A02版 要闻');
    expect(pageLabel({ number: 12, section: 'B' })).toBe('第B12版');
  });

  it('calls a page of advertising 广告 unless it names itself', () => {
    expect(pageLabel({ number: 16, advertisement: true })).toBe('第16版 广告');
    expect(pageLabel({ number: 16, name: '广告', advertisement: true })).toBe('第16版 广告');
    expect(pageLabel({ number: 8, name: '分类广告', advertisement: true })).toBe('第8版 分类广告');
    expect(pageLabel({ advertisement: true })).toBe('广告');
  });
});

describe('pageNumberLabel', () => {
  it('is the 版次 alone, or nothing without a number', () => {
    expect(pageNumberLabel({ number: 4 })).toBe('第4版');
    expect(pageNumberLabel({ number: 4, section: 'A' })).toBe('第A04版');
    expect(pageNumberLabel({ section: 'A' })).toBeUndefined();
  });
});
