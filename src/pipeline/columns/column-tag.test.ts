import { describe, expect, it } from 'vitest';
import { columnTagOf } from './column-tag.ts';

describe('columnTagOf', () => {
  it('reads a tag closing or opening the headline', () => {
    expect(columnTagOf('让老街巷亮起来（街巷漫笔）')).toBe('街巷漫笔');
    expect(columnTagOf('（街巷漫笔）让老街巷亮起来')).toBe('街巷漫笔');
    expect(columnTagOf('  河畔新绿（田野手记）  ')).toBe('田野手记');
  });

  it('takes a middle dot between the characters of a series name', () => {
    expect(columnTagOf('一碗热汤面（暖灯·年味故事）')).toBe('暖灯·年味故事');
  });

  it('takes 2 to 8 Chinese characters only', () => {
    expect(columnTagOf('渡口晨光（记）')).toBeUndefined();
    expect(columnTagOf('渡口晨光（八个字正好够用啊）')).toBe('八个字正好够用啊');
    expect(columnTagOf('渡口晨光（九个字已经太长了吧）')).toBeUndefined();
    expect(columnTagOf('渡口晨光（上接第1版）')).toBeUndefined();
    expect(columnTagOf('渡口晨光（记者 王明）')).toBeUndefined();
    expect(columnTagOf('渡口晨光（2025春运）')).toBeUndefined();
    expect(columnTagOf('渡口晨光（“十五五”新篇）')).toBeUndefined();
  });

  it('wants full-width brackets at the very end or start', () => {
    expect(columnTagOf('渡口晨光(街巷漫笔)')).toBeUndefined();
    expect(columnTagOf('渡口（街巷漫笔）晨光')).toBeUndefined();
    expect(columnTagOf('渡口晨光（街巷漫笔）。')).toBeUndefined();
  });

  it('is not a date deck, a part of a series, or the whole headline', () => {
    expect(columnTagOf('（二〇二四年十月）渡口晨光')).toBeUndefined();
    expect(columnTagOf('渡口晨光（上篇）')).toBeUndefined();
    expect(columnTagOf('渡口晨光（之二）')).toBeUndefined();
    expect(columnTagOf('（街巷漫笔）')).toBeUndefined();
    expect(columnTagOf('')).toBeUndefined();
  });
});
