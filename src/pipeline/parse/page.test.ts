import { describe, expect, it } from 'vitest';
import { parsePage } from './page.ts';
import { bodyTexts, paragraphBlocks } from '../../contract/bundle.ts';
import type { ParsedItem } from './types.ts';

const texts = (item: ParsedItem | undefined) => (item ? bodyTexts(item) : []);

const parse = (text: string) => parsePage(text, 'test.txt');
const headlines = (text: string) => parse(text).items.map((item) => item.headline);

describe('headlines', () => {
  it('takes `## ` lines as headlines and the short lines under them as subheadlines', () => {
    const [item] = parse('## 主标题\n\n副题一  \n副题二\n\n本报讯(记者 朱梦琪) 正文。').items;
    expect(item).toMatchObject({ headline: '主标题', subheadlines: ['副题一', '副题二'], dateline: '本报讯' });
  });

  it('takes short unpunctuated lines right before a dateline as a headline, joining its lines', () => {
    const page = '上一篇的结尾。\n\n区委常委会  \n(扩大)会议召开\n\n本报讯(记者 朱梦琪) 昨天,会议召开。';
    expect(headlines(page)).toEqual(['', '区委常委会(扩大)会议召开']);
  });

  it('reads kicker, headline and subheadline before a dateline', () => {
    // A line above a headline is its 引题 more often than a line under it is a 副题, unless a dash says so.
    const [two] = parse('主标题\n\n——访市发展改革委主任\n\n本报讯 正文。').items;
    expect(two).toMatchObject({ headline: '主标题', subheadlines: ['——访市发展改革委主任'] });
    expect(two?.kicker).toBeUndefined();
    const [dashed] = parse('引题在上\n\n主标题居中\n\n——访市发展改革委主任\n\n本报讯 正文。').items;
    expect(dashed).toMatchObject({ kicker: '引题在上', headline: '主标题居中', subheadlines: ['——访市发展改革委主任'] });
    const [three] = parse('引题在上\n\n主标题居中\n\n副题在下\n\n本报讯 正文。').items;
    expect(three).toMatchObject({ kicker: '引题在上', headline: '主标题居中', subheadlines: ['副题在下'] });
  });

  it('takes a short line right above a `## ` headline as its kicker', () => {
    const [, item] = parse('## 甲\n\n本报讯 甲文。\n\n积极抢占新赛道\n\n## 乙\n\n本报讯 乙文。').items;
    expect(item).toMatchObject({ kicker: '积极抢占新赛道', headline: '乙' });
  });

  it('starts a new item at a byline on its own line', () => {
    const items = parse('## 甲\n\n甲文。\n\n新的标题\n\n本报记者 陈静 王磊\n\n乙文。').items;
    expect(items.map((i) => i.headline)).toEqual(['甲', '新的标题']);
    expect(items[1]?.bylines).toEqual([
      { name: '陈静', role: '记者', affiliation: '本报' },
      { name: '王磊', role: '记者', affiliation: '本报' },
    ]);
    expect(texts(items[1])).toEqual(['乙文。']);
  });
});

describe('paragraph repair', () => {
  it('rejoins a paragraph the print column cut mid-word and mid-sentence', () => {
    const [item] = parse('## 题\n\n本报讯 优化产业发\n\n展生态,积极抢占新赛道。\n\n要不断巩固整改成效,\n\n进一步剖析问题根源。').items;
    expect(texts(item)).toEqual(['优化产业发展生态,积极抢占新赛道。', '要不断巩固整改成效,进一步剖析问题根源。']);
  });

  it('rejoins a short cut fragment that looks like a headline', () => {
    const [item] = parse('## 题\n\n本报讯 第一段。\n\n要大力弘扬科学精神、创新\n\n精神,着力强化教育。').items;
    expect(texts(item)).toEqual(['第一段。', '要大力弘扬科学精神、创新精神,着力强化教育。']);
  });

  it('keeps a repeated closing formula once, at the end', () => {
    const [item] = parse('## 题\n\n本报讯 甲。\n\n会议还研究了其他事项。\n\n乙。\n\n会议还研究了其他事项。').items;
    expect(texts(item)).toEqual(['甲。', '乙。', '会议还研究了其他事项。']);
  });

  it('keeps any other repeated paragraph: a lead quoted again is printed text', () => {
    const [item] = parse('## 题\n\n本报讯 甲。\n\n乙。\n\n甲。\n\n丙。').items;
    expect(texts(item)).toEqual(['甲。', '乙。', '甲。', '丙。']);
  });

  it('continues an article across a photo printed between its columns', () => {
    const items = parse('## 题\n\n本报讯 优化产业发\n\n图片说明文字。 徐晶玮 摄\n\n展生态。').items;
    expect(items.map((i) => i.kind)).toEqual(['article', 'photo']);
    expect(texts(items[0])).toEqual(['优化产业发展生态。']);
  });

  it('joins Latin words with a space', () => {
    const [item] = parse('## Title\n\nThe print column ended\nhere and went on.').items;
    expect(texts(item)).toEqual(['The print column ended here and went on.']);
  });

  it('moves a trailing (李华) to the bylines', () => {
    const [item] = parse('## 题\n\n本报讯 会议召开。(李华)').items;
    expect(item).toMatchObject({ body: paragraphBlocks(['会议召开。']), bylines: [{ name: '李华' }] });
  });
});

describe('datelines inside a story', () => {
  it('keeps a second report under one headline in the story, with its reporters', () => {
    const [item, ...rest] = parse('## 两地春耕忙\n\n本报南湖3月4日电（记者李明）南湖的春耕开始了。\n\n本报江口3月4日电（记者王华）江口也忙起来了。').items;
    expect(rest).toEqual([]);
    expect(texts(item)).toEqual(['南湖的春耕开始了。', '本报江口3月4日电（记者王华）江口也忙起来了。']);
    expect(item?.bylines.map((b) => b.name)).toEqual(['李明', '王华']);
  });

  it('gives the dateline to the headline above a photo set between them', () => {
    const items = parse('## 新城滨江步道全线贯通\n\n市民在步道上散步休闲。 张三 摄\n\n本报讯（记者李明）步道4日全线贯通。').items;
    expect(items.map((i) => [i.kind, i.headline, i.dateline])).toEqual([
      ['article', '新城滨江步道全线贯通', '本报讯'],
      ['photo', '', undefined],
    ]);
  });

  it('does not read 电话 after a date as a dateline', () => {
    const [item] = parse('## 题\n\n据本报3日电话采访，春耕进展顺利。').items;
    expect(item?.dateline).toBeUndefined();
  });
});

describe('nothing printed is dropped', () => {
  it('keeps a photo\'s title when a 专栏 line already named its column', () => {
    const [photo] = parse('专栏：图片新闻\n\n春耕正忙\n\n农民在田间插秧。 张三 摄').items;
    expect(photo).toMatchObject({ kind: 'photo', column: '图片新闻', headline: '春耕正忙', caption: '农民在田间插秧。' });
  });

  it('takes a closing line\'s dateline where the story has none', () => {
    const [item] = parse('## 题\n\n各地春耕进展顺利。（新华社北京3月5日电 记者王明）').items;
    expect(item).toMatchObject({ dateline: '新华社北京3月5日电', body: paragraphBlocks(['各地春耕进展顺利。']) });
  });

  it('keeps what is printed beside 广告', () => {
    const page = parse('某某集团\n\n广告\n\n本报讯 新品上市。');
    expect(page.advertisement).toBeUndefined();
    expect(page.items.flatMap((i) => [i.kicker, i.headline, ...texts(i)]).join('')).toContain('某某集团');
  });

  it('does not let an open bracket swallow the next marked headline', () => {
    const items = parse('## 甲\n\n甲文。\n\n（本报记者\n\n## 乙标题\n\n乙文。').items;
    expect(items.map((i) => i.headline)).toEqual(['甲', '乙标题']);
  });

  it('gives a lone 上接 marker to the story that follows it, not to a later one', () => {
    const items = parse('（上接第1版）\n\n## 甲\n\n甲文。\n\n## 乙\n\n乙文。').items;
    expect(items.map((i) => i.continuedFrom?.page)).toEqual([1, undefined]);
  });
});

describe('photo items and column labels', () => {
  it('makes a credited caption a photo item and gives it the label printed after it', () => {
    const items = parse('## 题\n\n本报讯 正文。\n\n项目建设正酣。 徐晶玮 摄\n\n重点项目  \n进行时').items;
    expect(items[1]).toMatchObject({
      kind: 'photo',
      headline: '',
      caption: '项目建设正酣。',
      column: '重点项目进行时',
      bylines: [{ name: '徐晶玮', role: '摄影' }],
    });
    expect(items.some((i) => i.headline.includes('重点项目') || i.headline === '进行时')).toBe(false);
  });

  it('gives a photo the label printed above it', () => {
    const [photo] = parse('城市新貌\n\n新城区全景。 记者 王磊 摄').items;
    expect(photo).toMatchObject({ kind: 'photo', column: '城市新貌', caption: '新城区全景。' });
  });
});

describe('page facts and item headers', () => {
  it('reads a dated page header and leaves undated pages undated', () => {
    expect(parse('2023年3月8日新华日报 第3版\n\n## 题\n\n正文。').facts).toEqual({ date: '2023-03-08', publication: '新华日报', number: 3 });
    expect(parse('## 题\n\n正文。').facts).toEqual({});
  });

  it('reads 第4版(经济) and 专栏:一线调查, which also separate items', () => {
    const page = parse('第4版(经济)\n\n## 甲\n\n甲文的开头,\n\n专栏:一线调查\n\n乙文。');
    expect(page.facts).toEqual({ number: 4, name: '经济' });
    expect(page.items.map((i) => [i.headline, i.column, texts(i)])).toEqual([
      ['甲', undefined, ['甲文的开头,']],
      ['', '一线调查', ['乙文。']],
    ]);
  });

  it('rejects impossible dates rather than inventing one, and keeps what else the header says', () => {
    expect(parse('2023年2月30日新华日报 第3版\n\n## 题\n\n正文。').facts).toEqual({ publication: '新华日报', number: 3 });
  });
});

describe('problems', () => {
  it('warns about an empty page, naming it', () => {
    expect(parse('\n\n  \n').problems).toEqual([expect.objectContaining({ file: 'test.txt', severity: 'warning' })]);
  });
});
