import { describe, expect, it } from 'vitest';
import { findCompaniesBeforeExecutives } from './executives.ts';
import { foldText } from './text.ts';
import type { Lexicon } from '../parse/types.ts';
import { standInTagger } from './fixtures/stand-in-tagger.ts';

// A stand-in tagger: the listed words with their parts of speech, every other character unknown (`x`).
const tags: Record<string, string> = { 越南: 'ns', 椰子: 'n', 传媒: 'n', 公司: 'n', 曾任: 'v', 他: 'r', 常务: 'b', 华南: 'ns', 区: 'n', 榕钢: 'x', 龙溪: 'ns', 烟花: 'n' };
const lexicon: Lexicon = standInTagger(tags, 'x');
const companies = (printed: string, lex: Lexicon | undefined = lexicon) => {
  const { folded } = foldText(printed);
  return findCompaniesBeforeExecutives(folded, lex).map((f) => folded.slice(f.start, f.end));
};

describe('companies named by their executives', () => {
  it('takes the name of its own between the clause start and an executive with a name', () => {
    expect(companies('项目落地。越南椰子传媒董事经理阮文安是本地人')).toEqual(['越南椰子传媒']);
    expect(companies('“订单排到明年。”榕钢总经理肖明湖说')).toEqual(['榕钢']);
    expect(companies('过去需要300人。”龙溪烟花总裁李昌明说')).toEqual(['龙溪烟花']);
  });

  it('takes no clause, common word, division or suffixed name before the title, nor a title with no name after it', () => {
    expect(companies('他曾任总经理王立')).toEqual([]);
    expect(companies('公司董事长王立说')).toEqual([]);
    expect(companies('常务副总经理王立说')).toEqual([]);
    expect(companies('华南区副总裁王立说')).toEqual([]);
    expect(companies('甲乙集团董事长王立说')).toEqual([]);
    expect(companies('越南椰子传媒总经理表示')).toEqual([]);
  });

  it('takes none without a tagger', () => {
    expect(companies('越南椰子传媒董事经理阮文安', { has: (word) => word in tags })).toEqual([]);
  });
});

describe('a chain of executive titles', () => {
  it('names the company before the first title only', () => {
    expect(companies('”越南椰子传媒总裁兼首席执行官阮文安说')).toEqual(['越南椰子传媒']);
  });
});
