import type { CollectionPage, WebSite, WithContext } from 'schema-dts';
import type { EditionInfo, PageChunk } from '../../../../contract/bundle.ts';
import { permalinks } from '../../../../contract/permalinks.ts';
import type { Site } from '../../../../contract/site.ts';
import { itemTitle } from '../../../../contract/item-title.ts';
import type { HeadTags } from '../../../lib/head-tags.ts';
import { siteUrlOf } from '../../../lib/permalink.ts';
import { issueOf, openGraphBasics, publishedTime, publisherOf, sectionFeedLinks, siteFeedLinks } from './common.ts';

/**
 * A printed page as a CollectionPage of its articles (the front page also as the WebSite), with
 * canonical and feed links: the site's feed and the feed of every page of this 版名.
 */
export function pageHeadTags(input: { chunk: PageChunk; edition: EditionInfo; site: Site; title: string; description: string; isFrontPage: boolean }): HeadTags {
  const { chunk, edition, site, title, description, isFrontPage } = input;
  const { page, articles } = chunk;
  const url = siteUrlOf(site, isFrontPage ? permalinks.home() : permalinks.page(page.id));
  const collection: WithContext<CollectionPage> = {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    name: title,
    description,
    inLanguage: 'zh-CN',
    ...(url ? { url } : {}),
    ...(page.date ? { datePublished: publishedTime(page.date) } : {}),
    isPartOf: issueOf(edition, page, undefined),
    hasPart: articles.map((article) => {
      const articleUrl = siteUrlOf(site, permalinks.article(article.id));
      return { '@type': 'NewsArticle' as const, headline: itemTitle(article), ...(articleUrl ? { url: articleUrl } : {}) };
    }),
  };
  const jsonLd: object[] = [collection];
  if (isFrontPage) {
    const website: WithContext<WebSite> = {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: site.name,
      inLanguage: 'zh-CN',
      publisher: publisherOf(site, page),
      ...(site.url ? { url: site.url } : {}),
    };
    jsonLd.unshift(website);
  }
  return {
    ...(url ? { canonical: url } : {}),
    alternates: [...siteFeedLinks(site), ...sectionFeedLinks(site, page)],
    meta: [{ attribute: 'property', key: 'og:type', content: 'website' }, ...openGraphBasics(site, title, description, url)],
    jsonLd,
  };
}
