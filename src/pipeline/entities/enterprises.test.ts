import { describe, expect, it } from 'vitest';
import { companyShortForms, findEnterprises, isMadeOfWords } from './enterprises.ts';
import { foldText, printedSlice } from './text.ts';
import { standInTagger } from './fixtures/stand-in-tagger.ts';

function companies(printed: string): string[] {
  const text = foldText(printed);
  return findEnterprises(text.folded).map((f) => printedSlice(text, f.start, f.end));
}

describe('company names by legal suffix', () => {
  it('scans back to the start of the name, not past a verb, preposition or conjunction', () => {
    expect(companies('市领导走访了天合光能股份有限公司')).toEqual(['天合光能股份有限公司']);
    expect(companies('深化与中讯半导体(江苏)有限公司合作')).toEqual(['中讯半导体(江苏)有限公司']);
    expect(companies('来到常州星宇车灯有限责任公司和江苏恒立液压集团有限公司调研')).toEqual([
      '常州星宇车灯有限责任公司',
      '江苏恒立液压集团有限公司',
    ]);
    expect(companies('双方在今创集团签约')).toEqual(['今创集团']);
  });

  it('keeps function characters that belong to the name', () => {
    expect(companies('近年来与华为技术有限公司合作')).toEqual(['华为技术有限公司']);
    expect(companies('中和科技有限公司和同力重工集团签约')).toEqual(['中和科技有限公司', '同力重工集团']);
  });

  it('keeps a bracketed place in either width, as printed', () => {
    expect(companies('毫厘科技（常州）有限公司以人工智能为核心')).toEqual(['毫厘科技（常州）有限公司']);
    expect(companies('毫厘科技(常州)有限公司以人工智能为核心')).toEqual(['毫厘科技(常州)有限公司']);
  });

  it('starts at the start of a paragraph or after punctuation', () => {
    expect(companies('江苏昂宝力德宝微电子有限公司主要从事封装测试。')).toEqual(['江苏昂宝力德宝微电子有限公司']);
    expect(companies('企业有:甲乙丙丁有限公司、戊己庚科技有限公司。')).toEqual(['甲乙丙丁有限公司', '戊己庚科技有限公司']);
  });

  it('skips generic uses of the suffix', () => {
    expect(companies('该公司成立于2010年,是一家上市公司,旗下有多家子公司。')).toEqual([]);
    expect(companies('这家科技公司和新能源汽车公司')).toEqual([]);
  });

  it('skips a kind of company: places, scope and what it does, with no name of its own', () => {
    expect(companies('她在保洁公司找了份工作,后来开了一家文旅策划公司。')).toEqual([]);
    expect(companies('全球主要互联网公司均采用平台模式,中国民营影视公司首次参展。')).toEqual([]);
    expect(companies('市值最高的10家上市公司中,约750家欧洲公司参加。')).toEqual([]);
    expect(companies('甲乙丙食品有限公司和中国建筑集团')).toEqual(['甲乙丙食品有限公司', '中国建筑集团']);
  });

  it('starts a name after the verb, preposition or head noun before it', () => {
    expect(companies('他与人联合创立北京甲乙智能科技有限公司。')).toEqual(['北京甲乙智能科技有限公司']);
    expect(companies('以丙丁网络控股有限公司为代表的企业')).toEqual(['丙丁网络控股有限公司']);
    expect(companies('老牌高科技企业戊己科技股份有限公司一张名片')).toEqual(['戊己科技股份有限公司']);
    expect(companies('明确了党的领导和公司治理的关系')).toEqual([]);
  });

  it('never takes a government body for a company', () => {
    expect(companies('区委常委会召开,区政府领导班子,住建部门牵头')).toEqual([]);
  });
});

describe('short forms of a company name', () => {
  it('drops suffix, bracketed place, leading place, and a trade when the rest is distinctive', () => {
    expect(companyShortForms('中讯半导体(江苏)有限公司')).toContain('中讯半导体');
    expect(companyShortForms('江苏昂宝力德宝微电子有限公司')).toEqual(
      expect.arrayContaining(['江苏昂宝力德宝微电子', '昂宝力德宝微电子', '昂宝力德宝']),
    );
  });

  it('keeps no form shorter than three characters', () => {
    expect(companyShortForms('中讯半导体(江苏)有限公司')).not.toContain('中讯');
    expect(companyShortForms('今创集团')).toEqual([]);
  });
});

describe('where a company name starts, with a tagger\'s second opinion', () => {
  // A stand-in tagger: the listed words with their parts of speech, every other character a noun.
  const tags: Record<string, string> = { 随着: 'p', 招聘: 'v', 受到: 'v', 到: 'v', 刚: 'd', 创新: 'vn', 第一批: 'm' };
  const lexicon = standInTagger(tags, 'n');
  const tagged = (printed: string) => {
    const { folded } = foldText(printed);
    return findEnterprises(folded, lexicon).map((f) => folded.slice(f.start, f.end));
  };

  it('starts after the clause words the tagger reads before the name', () => {
    expect(tagged('去年底,随着岳麓冶炼集团在当地投产')).toEqual(['岳麓冶炼集团']);
    expect(tagged('今年,招聘湘江物流有限公司员工')).toEqual(['湘江物流有限公司']);
  });

  it('starts after an ordinal before the clause words', () => {
    expect(tagged('公开招聘。第一批招聘湘江物流有限公司经理')).toEqual(['湘江物流有限公司']);
  });

  it('starts at a place after a verb inside the core: a headline run into the paragraph after it', () => {
    const runOn: Record<string, string> = { 调查: 'vn', 显示: 'v', 挪威: 'ns', 民众: 'n', 指数: 'n', 下降: 'v', 互助: 'vn', 保险: 'n', 设备: 'vn', 制造: 'v', 上海: 'ns' };
    const tagger = standInTagger(runOn, 'n');
    const run = (printed: string) => {
      const { folded } = foldText(printed);
      return findEnterprises(folded, tagger).map((f) => folded.slice(f.start, f.end));
    };
    expect(run('挪威民众指数下降挪威海岸互助保险公司日前公布')).toEqual(['挪威海岸互助保险公司']);
    expect(run('上海设备制造有限公司举办培训班')).toEqual(['上海设备制造有限公司']);
    runOn['快递'] = 'v';
    runOn['北京'] = 'ns';
    expect(run('走进顺达快递北京公司,慰问')).toEqual(['顺达快递北京公司']);
  });

  it('finds no company where only a verb stands before the suffix', () => {
    expect(tagged('他的创新受到公司表彰,刚到公司就发现问题')).toEqual([]);
  });

  it('takes a name quoted whole before its suffix', () => {
    expect(companies('瑞士初创企业“星尘清扫”公司牵头')).toEqual(['“星尘清扫”公司']);
  });
});

describe('companies and the words of the language', () => {
  const lexicon = { has: (word: string) => ['发展', '乡村', '旅游', '努力', '实现', '半导体'].includes(word), tag: (text: string) => [{ word: text, tag: 'n' }] };

  it('tells a form made of words end to end from a name of its own', () => {
    expect(isMadeOfWords('乡村旅游', lexicon)).toBe(true);
    expect(isMadeOfWords('中讯半导体', lexicon)).toBe(false);
  });

  it('never counts a short form made of words as one company, nor takes common words before a bare 公司 for a name', () => {
    expect(companyShortForms('努力实现有限公司', lexicon)).toEqual([]);
    expect(companyShortForms('中讯半导体(江苏)有限公司', lexicon)).toEqual(['中讯半导体']);
    const { folded } = foldText('发展乡村旅游公司,乡村旅游有限公司成立');
    expect(findEnterprises(folded, lexicon).map((f) => folded.slice(f.start, f.end))).toEqual(['乡村旅游有限公司']);
  });

  it('reads 二十国集团 as countries, and 家政 as a trade', () => {
    expect(companies('二十国集团领导人峰会')).toEqual([]);
    expect(companies('与常州家乐装饰有限公司合作')).toEqual(['常州家乐装饰有限公司']);
  });
});

describe('cooperatives and works', () => {
  // A stand-in tagger: the listed words with their parts of speech, every other character unknown (`x`).
  const tags: Record<string, string> = {
    成立: 'v', 的: 'uj', 养殖: 'vn', 种植: 'v', 黄牛: 'nr', 由: 'p', 蛋: 'n', 鸡: 'n', 上海: 'ns', 船舶: 'n', 设备: 'vn', 制造: 'v',
    村里: 's', 秋: 't', 那河: 'x', 万福: 'x', 织毯: 'x',
  };
  const lexicon = standInTagger(tags, 'x');
  const tagged = (printed: string) => {
    const { folded } = foldText(printed);
    return findEnterprises(folded, lexicon).map((f) => folded.slice(f.start, f.end));
  };

  it('takes a cooperative or works named by a word of its own', () => {
    expect(tagged('村里成立了万福种植合作社,')).toEqual(['万福种植合作社']);
    expect(tagged('1996年,上海船舶设备制造总厂举办培训班')).toEqual(['上海船舶设备制造总厂']);
  });

  it('takes no cooperative named only by its trade, nor a clause before the suffix', () => {
    expect(tagged('鼓励他成立肉牛养殖合作社,')).toEqual([]);
    expect(tagged('鸡由合作社防疫,鹅由合作社出售')).toEqual([]);
  });

  it('reads 那 as a sound of a coined name where the tagger joins it to the next character', () => {
    expect(tagged('村里成立的秋那河织毯合作社,')).toEqual(['秋那河织毯合作社']);
  });

  it('takes no cooperative without a tagger to tell a name from a kind', () => {
    expect(companies('村里成立了万福种植合作社,')).toEqual([]);
  });
});
