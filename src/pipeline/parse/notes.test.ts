import { describe, expect, it } from 'vitest';
import { bodyTexts } from '../../contract/bundle.ts';
import { wrap } from './fixtures/wrap.ts';
import { parsePage } from './page.ts';

// A bracketed note closing a story (`（作者为…，本报记者某某采访整理）`) in every layout: it stays in
// the story's text, credits its reporter, and is never read as the next story's heading. Every
// snippet is written for the test.
const P = '\u3000\u3000';
const NOTE = '（作者为东岚茶叶合作社理事长，本报驻北岭记者林海采访整理）';
const SHORT_NOTE = '（作者为东岚大学教授）';

const read = (text: string) =>
  parsePage(text, 'page.txt').items.map((item) => ({ kicker: item.kicker, headline: item.headline, names: item.bylines.map((b) => b.name), last: bodyTexts(item).at(-1) }));

const expected = [
  { kicker: undefined, headline: '茶香飘到北岭', names: ['林海'], last: NOTE },
  { kicker: undefined, headline: '湖区候鸟数量创新高', names: [], last: SHORT_NOTE },
  { kicker: undefined, headline: '河道清淤完工', names: [], last: expect.stringContaining('完工') },
];

describe('a bracketed note closing a story', () => {
  it('e-paper text', () => {
    const page = [
      '光明晨报 2019年5月7日 第03版',
      '茶香飘到北岭',
      `${P}东岚的新茶上市一个月，已有三十多吨运到北岭。`,
      `${P}${NOTE}`,
      '湖区候鸟数量创新高',
      `${P}今冬湖区观测到候鸟四十余万只。`,
      `${P}${SHORT_NOTE}`,
      '河道清淤完工',
      `${P}本报南湖5月6日电  东岚河清淤工程6日完工。`,
    ].join('\n');
    expect(read(page)).toEqual(expected);
  });

  it('archive transcriptions', () => {
    const page = [
      '2001年6月3日江城日报 第2版',
      '第2版(要闻)',
      '茶香飘到北岭',
      ' 东岚的新茶上市一个月,已有三十多吨运到北岭。',
      ` ${NOTE}`,
      '第2版(要闻)',
      '湖区候鸟数量创新高',
      ' 今冬湖区观测到候鸟四十余万只。',
      ` ${SHORT_NOTE}`,
      '第2版(要闻)',
      '河道清淤完工',
      ' 本报南湖6月2日电 东岚河清淤工程今天完工。',
    ].join('\n');
    expect(read(page)).toEqual(expected);
  });

  it('Markdown, the headlines unmarked', () => {
    const page = [
      '茶香飘到北岭', '本报南湖5月6日电 东岚的新茶上市一个月，已有三十多吨运到北岭。', NOTE,
      '湖区候鸟数量创新高', '本报南湖5月6日电 今冬湖区观测到候鸟四十余万只。', SHORT_NOTE,
      '河道清淤完工', '本报南湖5月6日电 东岚河清淤工程6日完工。',
    ].join('\n\n');
    expect(read(page)).toEqual(expected);
  });

  it('pdftotext of print columns', () => {
    const story = (headline: string, text: string, note: string) => ['', headline, ...wrap(`本报南湖5月6日电${text}`, 16, P), ...wrap(note, 16)];
    const page = [
      ...story('茶香飘到北岭', '东岚的新茶上市一个月，已有三十多吨运到北岭，走进了那里的茶馆和超市。', NOTE),
      ...story('湖区候鸟数量创新高', '今冬湖区观测到候鸟四十余万只，比去年多了三万只，其中有两种是第一次在湖区观测到。', SHORT_NOTE),
      ...story('河道清淤完工', '东岚河清淤工程六日完工，河道恢复了通航，两岸居民又能在河边散步了。', ''),
    ].join('\n');
    expect(read(page)).toEqual(expected);
  });
});
