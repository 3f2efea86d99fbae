import { describe, expect, it } from 'vitest';
import { toChinesePunctuation } from './punctuation.ts';

describe('toChinesePunctuation', () => {
  it('converts marks between Chinese characters', () => {
    expect(toChinesePunctuation('昨天,区委常委会召开')).toBe('昨天，区委常委会召开');
    expect(toChinesePunctuation('会议指出:要坚持;不动摇?是的!')).toBe('会议指出：要坚持；不动摇？是的！');
  });

  it('converts a mark with Chinese on one side only', () => {
    expect(toChinesePunctuation('10月30日,市长')).toBe('10月30日，市长');
    expect(toChinesePunctuation('年产值100,新增')).toBe('年产值100，新增');
    expect(toChinesePunctuation('会议还研究了其他事项?')).toBe('会议还研究了其他事项？');
  });

  it('converts brackets as a pair', () => {
    expect(toChinesePunctuation('区委常委会(扩大)会议召开')).toBe('区委常委会（扩大）会议召开');
    expect(toChinesePunctuation('中讯半导体(江苏)有限公司')).toBe('中讯半导体（江苏）有限公司');
    expect(toChinesePunctuation('实施方案(2023)')).toBe('实施方案（2023）');
    expect(toChinesePunctuation('本报讯(韩晖 记者 黄雅婷)')).toBe('本报讯（韩晖 记者 黄雅婷）');
  });

  it('leaves Latin and numeric text alone', () => {
    for (const text of ['1,000', '10:30', 'f(x) = 1', 'Hello, world!', 'a;b', '5亿元/年', 'http://example.com']) {
      expect(toChinesePunctuation(text)).toBe(text);
    }
    expect(toChinesePunctuation('产值1,000亿元')).toBe('产值1,000亿元');
  });

  it('keeps marks that are already full width and text without marks', () => {
    expect(toChinesePunctuation('“金砖+”领导人对话会，')).toBe('“金砖+”领导人对话会，');
    expect(toChinesePunctuation('')).toBe('');
  });

  it('handles unmatched brackets by their neighbours', () => {
    expect(toChinesePunctuation('区委常委会(')).toBe('区委常委会（');
    expect(toChinesePunctuation(')会议召开')).toBe('）会议召开');
    expect(toChinesePunctuation('x) y')).toBe('x) y');
  });

  it('only ever changes the listed marks, one for one', () => {
    const input = '半导体产业,而化合物(江苏)有限公司:研发;a,b 1:2 “金砖+”';
    const output = toChinesePunctuation(input);
    expect(Array.from(output)).toHaveLength(Array.from(input).length);
    Array.from(input).forEach((char, index) => {
      const out = Array.from(output)[index];
      if (out !== char) expect(',:;?!()').toContain(char);
    });
  });

  it('treats a character outside the BMP as one character', () => {
    expect(toChinesePunctuation('𠮷,野家')).toBe('𠮷，野家');
  });
});
