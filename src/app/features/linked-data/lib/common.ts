import type { Organization, Person } from 'schema-dts';
import type { Byline, EditionInfo, Page } from '../../../../contract/bundle.ts';
import { feedPaths } from '../../../../contract/permalinks.ts';
import { absoluteUrl } from '../../../../contract/site-url.ts';
import type { Site } from '../../../../contract/site.ts';
import type { HeadTags } from '../../../lib/head-tags.ts';

/** A printed date as an instant with its zone: midnight in China, where the paper appears. */
export const publishedTime = (date: string) => `${date}T00:00:00+08:00`;

export function publisherOf(site: Site, page?: Pick<Page, 'publication'>): Organization {
  return { '@type': 'Organization', name: site.publisher ?? page?.publication ?? site.name };
}

export function personsOf(bylines: readonly Byline[]): Person[] {
  const seen = new Set<string>();
  return bylines.flatMap((byline) => {
    if (seen.has(byline.name)) return [];
    seen.add(byline.name);
    const person: Person = { '@type': 'Person', name: byline.name };
    return [byline.role ? { ...person, jobTitle: byline.role } : person];
  });
}

/** The site's `og:*` basics every route shares. */
export function openGraphBasics(site: Site, title: string, description: string, url: string | undefined): HeadTags['meta'] {
  const meta: HeadTags['meta'] = [
    { attribute: 'property', key: 'og:site_name', content: site.name },
    { attribute: 'property', key: 'og:locale', content: 'zh_CN' },
    { attribute: 'property', key: 'og:title', content: title },
    { attribute: 'property', key: 'og:description', content: description },
  ];
  if (url) meta.push({ attribute: 'property', key: 'og:url', content: url });
  // X reads og:title and og:description when its own are absent: the card type is all it needs
  // (two more copies of the description would weigh 0.5 KB in every article's HTML).
  meta.push({ attribute: 'name', key: 'twitter:card', content: 'summary' });
  return meta;
}

/** Feed links (RSS and Atom) of one feed; none without a site URL, since no feed was written then. */
export function feedLinks(site: Site, title: string, paths: { rss: string; atom: string }): HeadTags['alternates'] {
  if (!site.url) return [];
  return [
    { type: 'application/rss+xml', title: `${title}（RSS）`, href: absoluteUrl(site.url, paths.rss) },
    { type: 'application/atom+xml', title: `${title}（Atom）`, href: absoluteUrl(site.url, paths.atom) },
  ];
}

export const siteFeedLinks = (site: Site) => feedLinks(site, site.name, feedPaths.site);

/** A 版's feed exists for dated pages with a 版名. */
export function sectionFeedLinks(site: Site, page: Pick<Page, 'name' | 'date'>): HeadTags['alternates'] {
  return page.name && page.date ? feedLinks(site, `${page.name} - ${site.name}`, feedPaths.section(page.name)) : [];
}

/** The edition as a schema.org issue of its paper. */
export function issueOf(edition: Pick<EditionInfo, 'date' | 'publication'>, page: Pick<Page, 'publication'>, url: string | undefined) {
  const publication = page.publication ?? edition.publication;
  return {
    '@type': 'PublicationIssue' as const,
    ...(edition.date ? { datePublished: edition.date, name: [publication, edition.date].filter(Boolean).join(' ') } : {}),
    ...(url ? { url } : {}),
    ...(publication ? { isPartOf: { '@type': 'Periodical' as const, name: publication } } : {}),
  };
}
