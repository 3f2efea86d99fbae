import { Feed, type Item } from 'feed';
import type { Corpus } from '../../contract/bundle.ts';
import { feedPaths, permalinks } from '../../contract/permalinks.ts';
import { absoluteUrl, type Site } from '../../contract/site.ts';
import { datedArticles, FEED_ITEMS, newestEditionsItems, publicationInstant, summaryOf, titleOf, type DatedArticle } from './items.ts';

interface FeedSpec {
  paths: { rss: string; atom: string };
  title: string;
  description: string;
  /** The site route the feed stands for (its HTML page). */
  link: string;
  items: readonly DatedArticle[];
}

/** An empty feed still needs an `updated`; a fixed one keeps the output reproducible. */
const EMPTY_FEED_DATE = '2000-01-01';

const distinct = (names: readonly string[]) => [...new Set(names)];

/** RSS and Atom of one feed. RSS allows one author an item, so its names are joined; Atom lists each. */
function renderFeed(spec: FeedSpec, site: Site & { url: string }): [string, string][] {
  const url = (path: string) => absoluteUrl(site.url, path);
  // No clock in the output: the same seeds give the same files, so "updated" is the newest item's date.
  const updated = publicationInstant(spec.items[0]?.page.date ?? EMPTY_FEED_DATE);
  const make = (flavor: 'rss' | 'atom') => {
    const feed = new Feed({
      id: url(spec.paths[flavor]),
      title: spec.title,
      description: spec.description,
      link: url(spec.link),
      language: 'zh-CN',
      updated,
      generator: 'dubao',
      feedLinks: { rss: url(spec.paths.rss), atom: url(spec.paths.atom) },
      copyright: site.publisher ?? site.name,
      ...(site.publisher ? { author: { name: site.publisher } } : {}),
    });
    for (const { article, page } of spec.items) {
      const link = url(permalinks.article(article.id));
      const names = distinct(article.bylines.map((byline) => byline.name));
      const item: Item = { title: titleOf(article), id: link, link, date: publicationInstant(page.date), description: summaryOf(article) };
      if (names.length > 0) item.author = flavor === 'rss' ? [{ name: names.join('、') }] : names.map((name) => ({ name }));
      if (page.name) item.category = [{ name: page.name }];
      feed.addItem(item);
    }
    return flavor === 'rss' ? feed.rss2() : feed.atom1();
  };
  return [
    [spec.paths.rss, make('rss')],
    [spec.paths.atom, make('atom')],
  ];
}

/**
 * Every feed of the site, as files at its root: the newest editions' articles, one feed per 版名
 * (every 要闻 page) and one per entity, each the newest {@link FEED_ITEMS} items. Pure.
 */
export function feedFiles(corpus: Corpus, site: Site & { url: string }): Map<string, string> {
  const all = datedArticles(corpus);
  const specs: FeedSpec[] = [
    {
      paths: feedPaths.site,
      title: site.name,
      description: `${site.name}：最新各期报道`,
      link: permalinks.home(),
      items: newestEditionsItems(all),
    },
  ];
  const bySection = new Map<string, DatedArticle[]>();
  for (const item of all) {
    if (!item.page.name) continue;
    const list = bySection.get(item.page.name) ?? [];
    if (list.length < FEED_ITEMS) list.push(item);
    bySection.set(item.page.name, list);
  }
  for (const [name, items] of bySection) {
    specs.push({ paths: feedPaths.section(name), title: `${name} - ${site.name}`, description: `${site.name}「${name}」版的报道`, link: permalinks.page(items[0]!.page.id), items });
  }
  const position = new Map(all.map((item, index) => [item.article.id, index]));
  for (const entity of corpus.entities) {
    const items = entity.mentions
      .flatMap(({ articleId }) => (position.has(articleId) ? [all[position.get(articleId)!]!] : []))
      .sort((a, b) => position.get(a.article.id)! - position.get(b.article.id)!)
      .slice(0, FEED_ITEMS);
    // Written even when empty (only undated mentions): every entity page links its feed.
    specs.push({ paths: feedPaths.entity(entity.id), title: `${entity.name} - ${site.name}`, description: `${site.name}中提到${entity.name}的报道`, link: permalinks.entity(entity.id), items });
  }
  return new Map(specs.flatMap((spec) => renderFeed(spec, site)));
}
