import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../contract/bundle.ts';
import { parsePage } from './page.ts';
import type { ParsedItem } from './types.ts';

// E-paper text, archive transcriptions and crawler files: one element per line, paragraphs indented.
// Every snippet here is written for the test in the layout real pages use.
const parse = (text: string) => parsePage(text, 'page.txt');
const texts = (item: ParsedItem | undefined) => (item ? bodyTexts(item) : []);
const P = '\u3000\u3000';

describe('e-paper text copied article by article', () => {
  const page = [
    '上一版  下一版',
    '放大 缩小 默认',
    '2026年06月12日 星期五',
    '光明晨报 2019年3月5日 第04版',
    '江河奔涌处',
    '新城滨江步道全线贯通',
    '——沿岸十二个社区共享亲水空间',
    `${P}本报南湖3月4日电  （记者陆文清）经过两年建设，新城滨江步道4日全线贯通。`,
    `${P}步道全长十八公里，串起沿岸十二个社区和三座公园。`,
    `${P}亲水平台`,
    `${P}沿线设有亲水平台九处，市民可以近距离观赏江景。`,
    '老街换新颜（一线见闻）',
    `${P}清晨的老街，石板路刚刚洗过。`,
    `${P}“改造以后，来的人多了。”店主周明华说。`,
    '标题导航',
  ].join('\n');
  const parsed = parse(page);

  it('reads the header, not the crawl date above it, and drops the navigation', () => {
    expect(parsed.shape.layout).toBe('lines');
    expect(parsed.facts).toEqual({ publication: '光明晨报', date: '2019-03-05', number: 4 });
    const all = parsed.items.flatMap((item) => [item.headline, ...texts(item)]).join('\n');
    expect(all).not.toMatch(/上一版|放大|标题导航|2026/u);
  });

  it('finds kicker, headline and subtitle of each story, and its dateline and byline', () => {
    expect(parsed.items.map((item) => [item.kicker, item.headline, item.subheadlines])).toEqual([
      ['江河奔涌处', '新城滨江步道全线贯通', ['——沿岸十二个社区共享亲水空间']],
      [undefined, '老街换新颜（一线见闻）', []],
    ]);
    expect(parsed.items[0]).toMatchObject({ dateline: '本报南湖3月4日电', bylines: [{ name: '陆文清', role: '记者' }] });
  });

  it('keeps one paragraph per line and an indented short line as a section head', () => {
    expect(parsed.items[0]?.body).toEqual([
      { kind: 'paragraph', text: '经过两年建设，新城滨江步道4日全线贯通。' },
      { kind: 'paragraph', text: '步道全长十八公里，串起沿岸十二个社区和三座公园。' },
      { kind: 'subhead', text: '亲水平台' },
      { kind: 'paragraph', text: '沿线设有亲水平台九处，市民可以近距离观赏江景。' },
    ]);
    expect(texts(parsed.items[1])).toEqual(['清晨的老街，石板路刚刚洗过。', '“改造以后，来的人多了。”店主周明华说。']);
  });

  it('reads a page with a blank line between articles and four-space indents the same way', () => {
    const spaced = parse(
      ['第A02版：要闻', '', '新城滨江步道全线贯通', '    经过两年建设，步道4日全线贯通。', '    步道全长十八公里。', '', '老街换新颜', '    清晨的老街，石板路刚刚洗过。'].join('\n'),
    );
    expect(spaced.facts).toEqual({ number: 2, section: 'A', name: '要闻' });
    expect(spaced.items.map((item) => [item.headline, texts(item).length])).toEqual([
      ['新城滨江步道全线贯通', 2],
      ['老街换新颜', 1],
    ]);
  });

  it('makes a titled caption with a credit line a photo item', () => {
    const [photo] = parse(['图片报道', `${P}3月4日，游客在湖畔赏花。`, `${P}本报记者  程  远摄`].join('\n')).items;
    expect(photo).toMatchObject({ kind: 'photo', headline: '图片报道', caption: '3月4日，游客在湖畔赏花。' });
    expect(photo?.bylines.map((b) => b.name)).toEqual(['程远']);
  });

  it('keeps a salutation printed flush left inside a speech as body text', () => {
    const [speech] = parse(['在庆祝大会上的讲话', `${P}（2019年3月1日）`, '同志们，朋友们：', `${P}今天，我们在这里隆重集会。`].join('\n')).items;
    expect(speech?.headline).toBe('在庆祝大会上的讲话');
    expect(texts(speech)).toContain('同志们，朋友们：');
  });

  it('takes the page date from the header, not from a letter dated inside an article', () => {
    const letter = parse(['江城晨报 2019年3月5日 第04版', '致全市教师的一封信', `${P}老师们：新学期就要开始了。`, `${P}江城市教育局`, `${P}2019年2月20日`].join('\n'));
    expect(letter.facts.date).toBe('2019-03-05');
    expect(texts(letter.items[0])).toContain('2019年2月20日');
  });

  it('reads an advertising page as a page without articles', () => {
    const ad = parse('人民日报 2019年3月5日 第16版\n广告');
    expect(ad.items).toEqual([]);
    expect(ad.advertisement).toBe(true);
    expect(ad.problems).toEqual([]);
  });
});

describe('archive transcriptions', () => {
  const page = [
    '2001年6月3日江城日报 第2版',
    '第2版(要闻)',
    '专栏:权威发布',
    '全省夏粮收购工作全面展开',
    ' 【新华社南州六月二日电】全省夏粮收购工作日前全面展开。',
    ' 各地收购网点已达一千二百个。',
    '第2版(要闻)',
    '江口大桥合龙',
    ' 本报江口6月2日电记者林海报道:江口大桥今天合龙。',
  ].join('\n');
  const parsed = parse(page);

  it('reads the page title, and item headers separate the items', () => {
    expect(parsed.facts).toEqual({ date: '2001-06-03', publication: '江城日报', number: 2, name: '要闻' });
    expect(parsed.items.map((item) => [item.headline, item.column, item.dateline])).toEqual([
      ['全省夏粮收购工作全面展开', '权威发布', '新华社南州六月二日电'],
      ['江口大桥合龙', undefined, '本报江口6月2日电'],
    ]);
    expect(parsed.items[1]?.bylines).toEqual([expect.objectContaining({ name: '林海', role: '记者' })]);
    expect(texts(parsed.items[0])).toEqual(['全省夏粮收购工作日前全面展开。', '各地收购网点已达一千二百个。']);
  });
});

describe('crawler files as found', () => {
  it('reads three heading lines, empty when absent, CRLF and NBSP padding', () => {
    const file = ['\r', '湖区候鸟数量创新高\r', '\r', `${P}本报南湖1月7日电\u00a0\u00a0（记者王\u00a0\u00a0丹）今冬湖区观测到候鸟四十余万只。\r`, `${P}观测站已连续工作十年。\r`, ''].join('\n');
    const [item] = parse(file).items;
    expect(item).toMatchObject({ headline: '湖区候鸟数量创新高', dateline: '本报南湖1月7日电' });
    expect(item?.kicker).toBeUndefined();
    expect(item?.bylines.map((b) => b.name)).toEqual(['王丹']);
    expect(texts(item)).toEqual(['今冬湖区观测到候鸟四十余万只。', '观测站已连续工作十年。']);
  });
});
