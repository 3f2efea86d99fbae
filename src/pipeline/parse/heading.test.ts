import { describe, expect, it } from 'vitest';
import { displayWidth } from './lines.ts';
import { parsePage } from './page.ts';

// Two heading lines above a story: 引题 + 主题 or 主题 + 副题. Plain text loses the sizes that told
// them apart, so the cues the text keeps decide, in every layout whose headlines are not marked.
// Every snippet is written for the test.
const P = '\u3000\u3000';
const headings = (text: string) => parsePage(text, 'page.txt').items.map((item) => [item.kicker, item.headline, item.subheadlines]);

function wrap(text: string, measure: number, indent = ''): string[] {
  const lines: string[] = [];
  let line = indent;
  for (const ch of text) {
    if (displayWidth(line + ch) > measure) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

// A 副题 with no subject of its own (`将…`) and a figure; a headline naming who met whom.
const SUBJECTLESS = ['滨江新区首批人才公寓交付', '将为3000名青年提供住房'];
const ACTOR = ['林海会见北岭国外长', '双方就深化港口合作交换意见'];
const expected = [
  [undefined, SUBJECTLESS[0], [SUBJECTLESS[1]]],
  [undefined, ACTOR[0], [ACTOR[1]]],
];

describe('headline and 副题 told from 引题 and headline', () => {
  it('e-paper text', () => {
    const page = [
      '光明晨报 2019年5月7日 第03版',
      ...SUBJECTLESS,
      `${P}本报南湖5月6日电  （记者陆文清）滨江新区首批人才公寓6日交付使用。`,
      `${P}公寓共有住房一千二百套，配套建设了幼儿园和社区食堂。`,
      ...ACTOR,
      `${P}本报南湖5月6日电  林海6日在市政府会见北岭国外长。`,
      `${P}双方表示，将继续推进港口和航运合作。`,
    ].join('\n');
    expect(headings(page)).toEqual(expected);
  });

  it('archive transcriptions', () => {
    const page = [
      '2001年6月3日江城日报 第2版',
      '第2版(要闻)',
      ...SUBJECTLESS,
      ' 本报南湖6月2日电记者陆文清报道:滨江新区首批人才公寓今天交付使用。',
      ' 公寓共有住房一千二百套。',
      '第2版(要闻)',
      ...ACTOR,
      ' 本报南湖6月2日电 林海今天在市政府会见北岭国外长。',
      ' 双方表示,将继续推进港口和航运合作。',
    ].join('\n');
    expect(headings(page)).toEqual(expected);
  });

  it('Markdown without `## ` marks', () => {
    const page = [
      SUBJECTLESS[0], '', SUBJECTLESS[1], '',
      '本报南湖5月6日电 （记者陆文清）滨江新区首批人才公寓6日交付使用。', '',
      '公寓共有住房一千二百套，配套建设了幼儿园和社区食堂。', '', '',
      ACTOR[0], '', ACTOR[1], '',
      '本报南湖5月6日电 林海6日在市政府会见北岭国外长。', '',
      '双方表示，将继续推进港口和航运合作。',
    ].join('\n');
    expect(headings(page)).toEqual(expected);
  });

  it('pdftotext of print columns', () => {
    const page = [
      ...SUBJECTLESS,
      '',
      ...wrap('本报南湖5月6日电（记者陆文清）', 16),
      ...wrap('滨江新区首批人才公寓六日交付使用，首批入住的青年来自全市四十多家企业和科研院所。', 16, P),
      ...wrap('公寓共有住房一千二百套，配套建设了幼儿园、社区食堂和健身中心，租金低于周边市场价格。', 16, P),
      '',
      ...ACTOR,
      '',
      ...wrap('本报南湖5月6日电林海六日在市政府会见北岭国外长，双方就港口和航运合作深入交换了意见。', 16, P),
      ...wrap('双方表示，将继续推进港口和航运合作，扩大两地青年交流，造福两地人民。', 16, P),
    ].join('\n');
    expect(headings(page)).toEqual(expected);
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
