import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { feedPaths, permalinks } from '../../contract/permalinks.ts';
import { compileCorpus, type SeedInput } from '../compile.ts';
import { feedFiles } from './feeds.ts';

const SITE = { name: '测试读报', publisher: '测试日报社', url: 'https://news.example/reader/' };

// Texts written for this test: a byline, a headline and a lead each.
const page = (file: string, date: string | undefined, number: number, name: string, stories: [string, string][]): SeedInput => ({
  file,
  text: stories.map(([headline, reporter]) => `## ${headline}\n\n本报讯(记者 ${reporter}) ${headline}，这是为测试写的导语。\n\n第二段正文。`).join('\n\n'),
  meta: { file: file.replace('.txt', '.meta.json'), json: { publication: '测试日报', page: number, pageName: name, ...(date ? { date } : {}) } },
});

const { corpus } = compileCorpus([
  page('a1.txt', '2024-05-02', 1, '要闻', [['新桥开通迎来首批车辆', '王小明'], ['社区食堂开门纳客', '李四海']]),
  page('a2.txt', '2024-05-02', 2, '经济', [['园区企业一季度增收', '王小明']]),
  page('b1.txt', '2024-05-01', 1, '要闻', [['春季运动会开幕', '赵一凡']]),
  page('u1.txt', undefined, 1, '要闻', [['无日期的稿件', '钱多多']]),
]);
const files = feedFiles(corpus, SITE);
const parser = new XMLParser({
  ignoreAttributes: false,
  // Repeatable elements are always lists; an Atom <link> repeats, an RSS one does not.
  isArray: (name, jpath) => ['item', 'entry', 'author', 'category'].includes(name) || (name === 'link' && String(jpath).startsWith('feed.')),
});
const url = (path: string) => new URL(path.replace(/^\//u, ''), SITE.url).href;

interface RssItem { title: string; link: string; guid: { '#text': string }; pubDate: string; description: string; author?: string[]; category?: string[] }
interface AtomEntry { title: { '#text': string }; id: string; link: { '@_href': string }[]; updated: string; summary: { '#text': string }; author?: { name: string }[] }

function rss(path: string): { channel: { title: string; link: string; item?: RssItem[] } } {
  const text = files.get(path);
  expect(text, path).toBeDefined();
  return parser.parse(text!).rss;
}
function atom(path: string): { title: string; entry?: AtomEntry[] } {
  return parser.parse(files.get(path)!).feed;
}

const articleNamed = (headline: string) => corpus.articles.find((article) => article.headline === headline)!;

describe('feedFiles', () => {
  it('the site feed lists the dated articles, newest edition first, with link, date, authors and summary', () => {
    const channel = rss(feedPaths.site.rss).channel;
    expect(channel.title).toBe('测试读报');
    expect(channel.link).toBe(SITE.url);
    const items = channel.item ?? [];
    expect(items.map((item) => item.title)).toEqual(['新桥开通迎来首批车辆', '社区食堂开门纳客', '园区企业一季度增收', '春季运动会开幕']);
    const first = articleNamed('新桥开通迎来首批车辆');
    expect(items[0]).toMatchObject({
      link: url(permalinks.article(first.id)),
      author: ['王小明'],
      category: ['要闻'],
    });
    expect(new Date(items[0]!.pubDate).toISOString()).toBe('2024-05-01T16:00:00.000Z');
    expect(items[0]!.description).toContain('这是为测试写的导语');
  });

  it('writes the same items as Atom, one author element a person', () => {
    const entries = atom(feedPaths.site.atom).entry ?? [];
    const rssItems = rss(feedPaths.site.rss).channel.item ?? [];
    expect(entries.map((entry) => entry.id)).toEqual(rssItems.map((item) => item.link));
    expect(entries[0]!.author).toEqual([{ name: '王小明' }]);
    expect(entries[0]!.link[0]!['@_href']).toBe(rssItems[0]!.link);
    expect(entries[0]!.updated).toBe('2024-05-01T16:00:00.000Z');
  });

  it('has one feed per 版名 across editions, and none lists an undated page', () => {
    const yaowen = rss(feedPaths.section('要闻').rss).channel;
    expect(yaowen.title).toBe('要闻 - 测试读报');
    expect(yaowen.item?.map((item) => item.title)).toEqual(['新桥开通迎来首批车辆', '社区食堂开门纳客', '春季运动会开幕']);
    expect(rss(feedPaths.section('经济').rss).channel.item?.map((item) => item.title)).toEqual(['园区企业一季度增收']);
    expect([...files.values()].some((text) => text.includes('无日期的稿件'))).toBe(false);
  });

  it('has one feed per entity with the articles mentioning it, also when they are undated', () => {
    for (const entity of corpus.entities) {
      const channel = rss(feedPaths.entity(entity.id).rss).channel;
      const mentioned = new Set(entity.mentions.map((mention) => url(permalinks.article(mention.articleId))));
      for (const item of channel.item ?? []) expect(mentioned.has(item.link)).toBe(true);
      expect(atom(feedPaths.entity(entity.id).atom).title).toBe(`${entity.name} - 测试读报`);
    }
    const wang = corpus.entities.find((entity) => entity.name === '王小明')!;
    expect(rss(feedPaths.entity(wang.id).rss).channel.item?.map((item) => item.title)).toEqual(['新桥开通迎来首批车辆', '园区企业一季度增收']);
  });

  it('is reproducible: no clock in the output', () => {
    expect(feedFiles(corpus, SITE)).toEqual(files);
  });

  it('keeps markup in a headline as text', () => {
    const hostile = compileCorpus([page('h.txt', '2024-05-03', 1, '要闻', [['标题里有</title>和]]>与<b>', '孙小红']])]).corpus;
    const out = feedFiles(hostile, SITE);
    const channel = parser.parse(out.get(feedPaths.site.rss)!).rss.channel as { item: RssItem[] };
    expect(channel.item[0]!.title).toBe(hostile.articles[0]!.headline);
    const entry = parser.parse(out.get(feedPaths.site.atom)!).feed.entry[0] as AtomEntry;
    expect(entry.title['#text']).toBe(hostile.articles[0]!.headline);
  });
});
