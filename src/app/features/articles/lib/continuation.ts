import { pageIdOfArticle } from '../../../../contract/bundle-layout.ts';
import type { Article, Continuation, PageSummary } from '../../../../contract/bundle.ts';
import { paths } from '../../../paths.ts';
import { pageNumberLabel } from '../../pages/page-label.ts';

/** A page of the article's edition, as its edition file lists it. */
export type EditionPage = Pick<PageSummary, 'id' | 'number' | 'section'>;

/** Where the other half of an article printed in two halves is, as the reader shows it. */
export interface ContinuationLink {
  /** `下转第4版` at the end of a first half, `上接第1版` at the start of a second. */
  text: string;
  /** The other half's article, else the page it is on; absent when that page is not in the archive. */
  to?: string;
}

/** An article printed in two halves: where its other half is, from its end (`on`) and from its start (`from`). */
export interface ContinuationLinks {
  on?: ContinuationLink;
  from?: ContinuationLink;
}

/** The edition's page with that 版次, in the article's own section when the paper numbers sections apart. */
function pageNumbered(number: number, pages: readonly EditionPage[], home: EditionPage | undefined): EditionPage | undefined {
  const numbered = pages.filter((page) => page.number === number);
  return numbered.find((page) => page.section === home?.section) ?? numbered[0];
}

function linkOf(verb: '下转' | '上接', continuation: Continuation, pages: readonly EditionPage[], home: EditionPage | undefined): ContinuationLink {
  const otherPageId = continuation.articleId && pageIdOfArticle(continuation.articleId);
  const page = pages.find((candidate) => candidate.id === otherPageId) ?? pageNumbered(continuation.page, pages, home);
  const text = `${verb}${(page && pageNumberLabel(page)) ?? `第${continuation.page}版`}`;
  if (continuation.articleId) return { text, to: paths.article.href(continuation.articleId) };
  return page ? { text, to: paths.page.href(page.id) } : { text };
}

/**
 * The article's `（下转第4版）` and `（上接第1版）`, each linked to the other half when the pipeline
 * found it, else to that page of the same edition, else not linked (the page is not in the archive).
 */
export function continuationLinks(
  article: Pick<Article, 'pageId' | 'continuedOn' | 'continuedFrom'>,
  pages: readonly EditionPage[],
): ContinuationLinks {
  const home = pages.find((page) => page.id === article.pageId);
  return {
    ...(article.continuedOn ? { on: linkOf('下转', article.continuedOn, pages, home) } : {}),
    ...(article.continuedFrom ? { from: linkOf('上接', article.continuedFrom, pages, home) } : {}),
  };
}
