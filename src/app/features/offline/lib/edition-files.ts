import { bundlePaths } from '../../../../contract/bundle-layout.ts';
import type { EditionChunk } from '../../../../contract/bundle.ts';
import { paths } from '../../../paths.ts';

/** What 离线阅读本期 keeps of one edition: its routes (relative to the router's basename) and the logical data files they read. */
export interface EditionFiles {
  routes: string[];
  data: string[];
  articleCount: number;
}

/**
 * Every page and article route of the edition, and the files their loaders read: the manifest,
 * the edition and each page's file (an article view reads its page's).
 */
export function editionFiles({ edition, pages }: Pick<EditionChunk, 'edition' | 'pages'>): EditionFiles {
  const articleIds = pages.flatMap((page) => page.articles.map((article) => article.id));
  return {
    routes: [...pages.map((page) => paths.page.href(page.id)), ...articleIds.map((id) => paths.article.href(id))],
    data: [bundlePaths.manifest, bundlePaths.edition(edition.id), ...pages.map((page) => bundlePaths.page(page.id))],
    articleCount: articleIds.length,
  };
}
