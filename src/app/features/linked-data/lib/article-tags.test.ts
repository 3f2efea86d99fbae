import { describe, expect, it } from 'vitest';
import type { Article, EditionInfo, Page } from '../../../../contract/bundle.ts';
import { articleHeadTags } from './article-tags.ts';

// A made-up article with a kicker, a 副题 and two bylines.
const article: Article = {
  id: 'p1--abc',
  pageId: 'p1',
  order: 0,
  kind: 'article',
  kicker: '聚焦交通建设',
  headline: '新桥开通',
  subheadlines: ['首批车辆驶过'],
  bylines: [{ name: '王小明', role: '记者', affiliation: '本报' }, { name: '李四海', role: '摄' }],
  body: [{ kind: 'paragraph', text: '新桥今天通车。' }],
};
const page: Page = { id: 'p1', source: 'p1.txt', articleIds: ['p1--abc'], publication: '测试日报', date: '2024-10-31', number: 1, name: '要闻' };
const edition: EditionInfo = { id: '2024-10-31', date: '2024-10-31', publication: '测试日报', firstPageId: 'p1', pageCount: 1, articleCount: 1 };
const crumbs = [
  { name: '测试日报 2024年10月31日', path: '/' },
  { name: '第1版 要闻', path: '/page/p1' },
  { name: '新桥开通', path: '/article/p1--abc' },
];
const input = { article, page, edition, title: '新桥开通', description: '新桥今天通车。', crumbs, path: '/article/p1--abc' };
const meta = (tags: ReturnType<typeof articleHeadTags>, key: string) => tags.meta.filter((tag) => tag.key === key).map((tag) => tag.content);

describe('articleHeadTags', () => {
  it('describes the article as a NewsArticle of its edition, with breadcrumbs, OpenGraph and citation tags', () => {
    const tags = articleHeadTags({ ...input, site: { name: '测试读报', publisher: '测试日报社', url: 'https://news.example/r/' } });
    expect(tags.canonical).toBe('https://news.example/r/article/p1--abc');
    expect(tags.jsonLd[0]).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '新桥开通',
      alternativeHeadline: '聚焦交通建设 首批车辆驶过',
      inLanguage: 'zh-CN',
      datePublished: '2024-10-31T00:00:00+08:00',
      author: [
        { '@type': 'Person', name: '王小明', jobTitle: '记者' },
        { '@type': 'Person', name: '李四海', jobTitle: '摄' },
      ],
      publisher: { '@type': 'Organization', name: '测试日报社' },
      articleSection: '要闻',
      printPage: '1',
      isPartOf: { '@type': 'PublicationIssue', datePublished: '2024-10-31', name: '测试日报 2024-10-31', url: 'https://news.example/r/', isPartOf: { '@type': 'Periodical', name: '测试日报' } },
      url: 'https://news.example/r/article/p1--abc',
      mainEntityOfPage: 'https://news.example/r/article/p1--abc',
    });
    expect(tags.jsonLd[1]).toMatchObject({ '@type': 'BreadcrumbList', itemListElement: [{ position: 1, item: 'https://news.example/r/' }, { position: 2 }, { position: 3, name: '新桥开通' }] });
    expect(meta(tags, 'og:type')).toEqual(['article']);
    expect(meta(tags, 'article:published_time')).toEqual(['2024-10-31T00:00:00+08:00']);
    expect(meta(tags, 'article:section')).toEqual(['要闻']);
    expect(meta(tags, 'citation_author')).toEqual(['王小明']);
    expect(meta(tags, 'citation_publication_date')).toEqual(['2024/10/31']);
    expect(meta(tags, 'citation_journal_title')).toEqual(['测试日报']);
    expect(meta(tags, 'twitter:card')).toEqual(['summary']);
    expect(meta(tags, 'twitter:title')).toEqual([]);
    expect(tags.alternates.map((link) => link.type)).toEqual(['application/rss+xml', 'application/atom+xml', 'application/rss+xml', 'application/atom+xml']);
  });

  it('without a site URL leaves out canonical, og:url, feed links and every url field', () => {
    const tags = articleHeadTags({ ...input, site: { name: '读报' } });
    expect(tags.canonical).toBeUndefined();
    expect(tags.alternates).toEqual([]);
    expect(meta(tags, 'og:url')).toEqual([]);
    expect(JSON.stringify(tags.jsonLd)).not.toMatch(/"(url|item|mainEntityOfPage)"/u);
    expect(tags.jsonLd[0]).toMatchObject({ publisher: { name: '测试日报' } });
  });
});
