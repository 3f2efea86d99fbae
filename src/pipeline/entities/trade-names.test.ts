import { describe, expect, it } from 'vitest';
import { findTradeNames } from './trade-names.ts';
import { foldText } from './text.ts';
import type { Lexicon } from '../parse/types.ts';
import { standInTagger } from './fixtures/stand-in-tagger.ts';

// A stand-in tagger: the listed words with their parts of speech, every other character a noun.
const tags: Record<string, string> = {
  湘潭: 'ns', 纸业: 'n', 上缴: 'v', 税收: 'n', 华岳: 'x', 钢铁: 'n', 成为: 'v', 我国: 'r', 产量: 'n', 南宁: 'ns', 地铁: 'n', 建设: 'vn',
  总部: 'n', 大国: 'nz', 重工: 'n', 扎根: 'ns', 实业: 'n', 的: 'uj', 湖边: 's',
};
const lexicon: Lexicon = standInTagger(tags, (character) => /[，。、,.]/u.test(character) ? 'x' : 'n');
const companies = (printed: string, lex: Lexicon = lexicon) => {
  const { folded } = foldText(printed);
  return findTradeNames(folded, lex).map((f) => folded.slice(f.start, f.end));
};

describe('companies by a short name and a trade', () => {
  it('takes a place or coined name and a trade standing alone in the clause', () => {
    expect(companies('2017年,湘潭纸业上缴税收')).toEqual(['湘潭纸业']);
    expect(companies('湖边的湘潭纸业,一派忙碌')).toEqual(['湘潭纸业']);
    expect(companies('到2018年,华岳钢铁成为样本')).toEqual(['华岳钢铁']);
  });

  it('takes no industry, no pair a noun follows, no title, no word of the language before the trade', () => {
    expect(companies('我国钢铁产量')).toEqual([]);
    expect(companies('每天,南宁地铁建设总部')).toEqual([]);
    expect(companies('作品《星河重工》等')).toEqual([]);
    expect(companies('这些年,投身实业、奋斗')).toEqual([]);
  });

  it('takes none without a tagger', () => {
    expect(companies('2017年,湘潭纸业上缴税收', { has: () => false })).toEqual([]);
  });
});
