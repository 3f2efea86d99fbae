import type { BreadcrumbList, ListItem, NewsArticle, WithContext } from 'schema-dts';
import type { Article, EditionInfo, Page } from '../../../../contract/bundle.ts';
import type { Site } from '../../../../contract/site.ts';
import type { HeadTags } from '../../../lib/head-tags.ts';
import { siteUrlOf } from '../../../lib/permalink.ts';
import { citedAuthors } from '../../citation/lib/citation.ts';
import { issueOf, openGraphBasics, personsOf, publishedTime, publisherOf, sectionFeedLinks, siteFeedLinks } from './common.ts';

export interface ArticleHeadInput {
  article: Article;
  page: Page;
  edition: EditionInfo;
  site: Site;
  /** As the reader shows them (Chinese punctuation). */
  title: string;
  description: string;
  /** Breadcrumb: edition → page → article, each with its route path (the article's last). */
  crumbs: { name: string; path: string }[];
  path: string;
}

/** The printed page's 版次 for citation and `printPage`: `1`, or `A2` on a paper numbering sections apart. */
export function printedPageOf(page: Pick<Page, 'number' | 'section'>): string | undefined {
  return page.number === undefined ? undefined : `${page.section ?? ''}${page.number}`;
}

const bylineNames = (article: Pick<Article, 'bylines'>) => [...new Set(article.bylines.map((byline) => byline.name))];

/** `YYYY/MM/DD`, the date form Google Scholar's citation_* tags ask for. */
const citationDate = (date: string) => date.replace(/-/gu, '/');

/** JSON-LD NewsArticle and BreadcrumbList, OpenGraph `article`, a Twitter card, citation_* tags, canonical and feeds. */
export function articleHeadTags(input: ArticleHeadInput): HeadTags {
  const { article, page, edition, site, title, description } = input;
  const url = siteUrlOf(site, input.path);
  const authors = personsOf(article.bylines);
  const alternative = [article.kicker, ...article.subheadlines].filter((line): line is string => !!line);
  const publication = page.publication ?? edition.publication;
  const printPage = printedPageOf(page);
  const newsArticle: WithContext<NewsArticle> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    ...(alternative.length > 0 ? { alternativeHeadline: alternative.join(' ') } : {}),
    // No `description`: the page's own meta description says it, and every article's HTML would carry it a third time.
    inLanguage: 'zh-CN',
    ...(page.date ? { datePublished: publishedTime(page.date) } : {}),
    ...(authors.length > 0 ? { author: authors } : {}),
    publisher: publisherOf(site, page),
    ...(page.name ? { articleSection: page.name } : {}),
    ...(printPage ? { printPage } : {}),
    isPartOf: issueOf(edition, page, siteUrlOf(site, input.crumbs[0]?.path ?? '/')),
    ...(url ? { url, mainEntityOfPage: url } : {}),
  };
  const breadcrumbs: WithContext<BreadcrumbList> = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: input.crumbs.map((crumb, index): ListItem => {
      const item = siteUrlOf(site, crumb.path);
      return { '@type': 'ListItem', position: index + 1, name: crumb.name, ...(item ? { item } : {}) };
    }),
  };
  const meta: HeadTags['meta'] = [{ attribute: 'property', key: 'og:type', content: 'article' }, ...openGraphBasics(site, title, description, url)];
  if (page.date) meta.push({ attribute: 'property', key: 'article:published_time', content: publishedTime(page.date) });
  if (page.name) meta.push({ attribute: 'property', key: 'article:section', content: page.name });
  for (const name of bylineNames(article)) meta.push({ attribute: 'property', key: 'article:author', content: name });
  meta.push({ attribute: 'name', key: 'citation_title', content: title });
  // The same authors the 引用 reference names.
  for (const name of citedAuthors(article)) meta.push({ attribute: 'name', key: 'citation_author', content: name });
  if (page.date) meta.push({ attribute: 'name', key: 'citation_publication_date', content: citationDate(page.date) });
  if (publication) meta.push({ attribute: 'name', key: 'citation_journal_title', content: publication });
  if (printPage) meta.push({ attribute: 'name', key: 'citation_firstpage', content: printPage });
  return {
    ...(url ? { canonical: url } : {}),
    alternates: [...sectionFeedLinks(site, page), ...siteFeedLinks(site)],
    meta,
    jsonLd: [newsArticle, breadcrumbs],
  };
}
