import { describe, expect, it } from 'vitest';
import { wrap } from './fixtures/wrap.ts';
import { parsePage } from './page.ts';

// Two heading lines above a story: 引题 + 主题 or 主题 + 副题. Plain text loses the sizes that told
// them apart, so the cues the text keeps decide, in every layout whose headlines are not marked.
// Every snippet is written for the test.
const P = '\u3000\u3000';
const headings = (text: string) => parsePage(text, 'page.txt').items.map((item) => [item.kicker, item.headline, item.subheadlines]);

// A 副题 with no subject of its own (`将…`) and a figure; a headline naming who met whom; a time
// frame leading into its headline; three lines under a speaker's 引题 (引题, 主题, 副题, as three lines are).
interface Story {
  heading: string[];
  dateline: string;
  paragraphs: string[];
}
const STORIES: Story[] = [
  { heading: ['滨江新区首批人才公寓交付', '将为3000名青年提供住房'], dateline: '本报南湖5月6日电', paragraphs: ['滨江新区首批人才公寓六日交付使用，首批入住的青年来自全市四十多家企业。', '公寓共有住房一千二百套，配套建设了幼儿园、社区食堂和健身中心。'] },
  { heading: ['林海会见北岭国外长', '双方就深化港口合作交换意见'], dateline: '本报南湖5月6日电', paragraphs: ['林海六日在市政府会见北岭国外长，双方就港口和航运合作深入交换了意见。', '双方表示，将继续推进港口和航运合作，扩大两地青年交流。'] },
  { heading: ['今年前4个月', '东岚各景区接待游客120万人次'], dateline: '本报南湖5月4日电', paragraphs: ['记者从市文旅局获悉，今年前4个月东岚各景区接待游客120万人次，比去年同期明显回升。', '湿地公园和老街最受欢迎，周边民宿预订已满。'] },
  { heading: ['周明远对防汛工作作出重要指示强调', '抓实责任 平稳度汛', '林海作出批示'], dateline: '本报南湖5月6日电', paragraphs: ['周明远近日对防汛工作作出重要指示，要求各地抓实防汛责任。', '林海作出批示，要求有关部门加强监测预警，做好抢险准备。'] },
];
const expected = [
  [undefined, '滨江新区首批人才公寓交付', ['将为3000名青年提供住房']],
  [undefined, '林海会见北岭国外长', ['双方就深化港口合作交换意见']],
  ['今年前4个月', '东岚各景区接待游客120万人次', []],
  ['周明远对防汛工作作出重要指示强调', '抓实责任 平稳度汛', ['林海作出批示']],
];

describe('headline and 副题 told from 引题 and headline', () => {
  it('e-paper text', () => {
    const page = ['光明晨报 2019年5月7日 第03版', ...STORIES.flatMap((s) => [...s.heading, `${P}${s.dateline}  （记者陆文清）${s.paragraphs[0]}`, ...s.paragraphs.slice(1).map((p) => `${P}${p}`)])];
    expect(headings(page.join('\n'))).toEqual(expected);
  });

  it('archive transcriptions', () => {
    const page = ['2001年6月3日江城日报 第2版', ...STORIES.flatMap((s) => ['第2版(要闻)', ...s.heading, ` ${s.dateline}记者陆文清报道:${s.paragraphs[0]}`, ...s.paragraphs.slice(1).map((p) => ` ${p}`)])];
    expect(headings(page.join('\n'))).toEqual(expected);
  });

  it('Markdown without `## ` marks', () => {
    const page = STORIES.map((s) => [...s.heading, `${s.dateline} （记者陆文清）${s.paragraphs[0]}`, ...s.paragraphs.slice(1)].join('\n\n'));
    expect(headings(page.join('\n\n\n'))).toEqual(expected);
  });

  it('pdftotext of print columns', () => {
    const page = STORIES.flatMap((s) => ['', ...s.heading, '', ...wrap(`${s.dateline}（记者陆文清）`, 16), ...s.paragraphs.flatMap((p) => wrap(p, 16, P))]);
    expect(headings(page.join('\n'))).toEqual(expected);
  });

  it('still reads an 引题 where one is printed: a closing dash, a plain deck above a headline', () => {
    const page = [
      '光明晨报 2019年5月7日 第03版',
      '东岚县青石村——',
      '小茶园里的大产业',
      `${P}清晨，青石村的茶园里已经有了采茶人。`,
      '春风拂面入园来',
      '东岚湿地公园对市民免费开放',
      `${P}本报南湖4月20日电  东岚湿地公园20日起免费开放。`,
    ].join('\n');
    expect(headings(page)).toEqual([
      ['东岚县青石村——', '小茶园里的大产业', []],
      ['春风拂面入园来', '东岚湿地公园对市民免费开放', []],
    ]);
  });
});

describe('a heading over a credit alone', () => {
  // E-paper and archive pages indent captions like paragraphs: flush-left lines over a credit are
  // the title of the picture (a cartoon, a graphic, a page of photos), not its caption.
  const story = ['滨江新区首批人才公寓交付'];
  it('e-paper text', () => {
    const page = parsePage(
      ['光明晨报 2019年5月7日 第03版', ...story, `${P}本报南湖5月6日电  （记者陆文清）首批人才公寓6日交付使用。`, '春到江南', `${P}本版制图：江小禾`].join('\n'),
      'page.txt',
    );
    expect(page.items.map((item) => [item.kind, item.headline, item.bylines.map((b) => b.name)])).toEqual([
      ['article', story[0], ['陆文清']],
      ['photo', '春到江南', ['江小禾']],
    ]);
  });

  it('archive transcriptions', () => {
    const page = parsePage(
      ['2001年6月3日江城日报 第2版', '第2版(要闻)', ...story, ' 本报南湖6月2日电记者陆文清报道:首批人才公寓今天交付使用。', '漫画', ' 江小禾作'].join('\n'),
      'page.txt',
    );
    expect(page.items.map((item) => [item.kind, item.headline, item.bylines.map((b) => b.name)])).toEqual([
      ['article', story[0], ['陆文清']],
      ['photo', '漫画', ['江小禾']],
    ]);
  });
});
