import type { QueryClient } from '../lib/query/index.ts';
import { useSuspenseQuery } from '../lib/query/index.ts';
import { useEffect, useMemo, useRef } from 'react';
import type { LoaderFunctionArgs } from 'react-router';
import { useLoaderData, useNavigate, useParams } from 'react-router';
import { editionIdOf, paragraphTexts } from '../../contract/bundle-layout.ts';
import type { Article } from '../../contract/bundle.ts';
import { articleQuery } from '../features/articles/api/article-query.ts';
import { ArticleActions } from '../features/articles/components/ArticleActions.tsx';
import { ArticlePager } from '../features/articles/components/ArticlePager.tsx';
import { ArticleBody } from '../features/articles/components/ArticleView.tsx';
import { Breadcrumb } from '../features/articles/components/Breadcrumb.tsx';
import { HighlightNotice, useScrollToFirstHit } from '../features/articles/components/HighlightNotice.tsx';
import { continuationLinks } from '../features/articles/lib/continuation.ts';
import { itemTitle } from '../features/articles/lib/item-title.ts';
import { editionQuery } from '../features/editions/api/edition-query.ts';
import { manifestQuery } from '../features/editions/api/manifest-query.ts';
import { editionLabel } from '../features/editions/edition-label.ts';
import { EntitySidebar } from '../features/entities/components/EntitySidebar.tsx';
import { linkTargetsOf } from '../features/entities/lib/link-targets.ts';
import { recordRead } from '../features/library/lib/library-codec.ts';
import { updateLibrary } from '../features/library/lib/use-library.ts';
import { Listen } from '../features/listen/components/Listen.tsx';
import { listenTexts } from '../features/listen/lib/listen-texts.ts';
import { useReadingKeys } from '../features/reading-keys/lib/use-reading-keys.ts';
import { HeadlineNav } from '../features/pages/components/HeadlineNav.tsx';
import { pageLabel } from '../features/pages/page-label.ts';
import { ARTICLE_ELEMENT_ID, ArticleTools } from '../features/articles/components/ArticleTools.tsx';
import { articleHeadTags } from '../features/linked-data/lib/article-tags.ts';
import { DeferredHydration } from '../lib/deferred-hydration.tsx';
import { clip, useDocumentMeta, useHeadTags } from '../lib/document-meta.ts';
import { orNotFound, validId } from '../lib/route-errors.ts';
import { zh } from '../lib/zh.ts';
import { HIGHLIGHT_PARAM, paths } from '../paths.ts';
import { Converted } from '../features/script/components/Converted.tsx';

/** What an article opened from a search hit marks, and how often. */
async function loadHighlight(url: string, article: Promise<{ article: Article }>) {
  const query = new URL(url).searchParams.get(HIGHLIGHT_PARAM)?.trim();
  if (!query) return undefined;
  const [{ searchHighlight, countHits }, chunk] = await Promise.all([import('../features/articles/lib/highlight.ts'), article]);
  const highlight = searchHighlight(query);
  return { highlight, hits: countHits(chunk.article, highlight) };
}

/**
 * An article needs its own file and its edition's (the page's headlines for 标题导航 and
 * 上一篇/下一篇, the edition for the breadcrumb), not the other articles' text; and the search's
 * normalization only when its URL carries a search to mark.
 */
export const articleLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const articleId = validId(params.articleId);
    const article = orNotFound(queryClient.ensureQueryData(articleQuery(articleId)));
    const [, chunk, marked] = await Promise.all([queryClient.ensureQueryData(manifestQuery()), article, loadHighlight(request.url, article)]);
    await queryClient.ensureQueryData(editionQuery(editionIdOf(chunk.page)));
    return { marked };
  };

export function ArticleRoute() {
  const articleId = useParams().articleId ?? '';
  const { data: manifest } = useSuspenseQuery(manifestQuery());
  const { article, page, entities } = useSuspenseQuery(articleQuery(articleId)).data;
  const { edition, pages } = useSuspenseQuery(editionQuery(editionIdOf(page))).data;
  // The page's items in print order, as its edition lists them.
  const articles = pages.find((candidate) => candidate.id === page.id)?.articles ?? [article];
  const at = articles.findIndex((item) => item.id === articleId);
  // The article's file lists the entities it mentions: the links come with the text.
  const links = useMemo(() => linkTargetsOf(entities, articleId), [entities, articleId]);
  // The other half of an article printed in two halves is on another page of the same edition.
  const continuations = useMemo(() => continuationLinks(article, pages), [article, pages]);
  const { marked } = useLoaderData<Awaited<ReturnType<ReturnType<typeof articleLoader>>>>();
  const hits = marked?.hits ?? 0;
  const body = useRef<HTMLElement>(null);
  useScrollToFirstHit(body, `${articleId}?${marked?.highlight.words.join(' ') ?? ''}`, hits > 0);

  const title = zh(itemTitle(article));
  const label = zh(pageLabel(page));
  const entry = useMemo(() => ({ articleId: article.id, title, pageLabel: label }), [article.id, title, label]);
  // Opening an article is reading it: it goes to the top of this browser's history (and 已读).
  useEffect(() => updateLibrary((library) => recordRead(library, { ...entry, at: new Date().toISOString() })), [entry]);
  const texts = useMemo(() => listenTexts(article), [article]);

  const previous = at > 0 ? articles[at - 1] : undefined;
  const next = at >= 0 ? articles[at + 1] : undefined;
  const pageAt = pages.findIndex((candidate) => candidate.id === page.id);
  const navigate = useNavigate();
  const go = (href: string | undefined) => href && void navigate(href);
  useReadingKeys({
    'next-article': () => go(next && paths.article.href(next.id)),
    'previous-article': () => go(previous && paths.article.href(previous.id)),
    'previous-page': () => go(pageAt > 0 ? paths.page.href(pages[pageAt - 1]!.id) : undefined),
    'next-page': () => go(pageAt >= 0 && pages[pageAt + 1] ? paths.page.href(pages[pageAt + 1]!.id) : undefined),
  });
  const description = zh(paragraphTexts(article)[0] ?? article.caption ?? article.subheadlines.join(' '));
  useDocumentMeta({ title, description });

  // The edition's first 版, even for the newest edition (the front page shows the same): the link must
  // not change when the next edition makes this one older, or every article's HTML would be rewritten.
  const editionCrumb = {
    label: [page.publication ?? edition.publication, editionLabel(edition)].filter(Boolean).join(' '),
    to: paths.page.href(edition.firstPageId),
  };
  const pageCrumb = { label, to: paths.page.href(page.id) };
  const path = paths.article.href(article.id);
  useHeadTags(
    articleHeadTags({
      article,
      page,
      edition,
      site: manifest.site,
      title,
      description: clip(description),
      path,
      crumbs: [
        { name: editionCrumb.label, path: editionCrumb.to },
        { name: pageCrumb.label, path: pageCrumb.to },
        { name: title, path },
      ],
    }),
  );

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_16rem]">
      <article ref={body} id={ARTICLE_ELEMENT_ID} className="min-w-0">
        <Breadcrumb crumbs={[editionCrumb, pageCrumb, { label: <Converted text={title} /> }]} />
        {marked && marked.highlight.terms.length > 0 && <HighlightNotice articleId={article.id} words={marked.highlight.words} hits={hits} />}
        <div className="mb-4">
          <Listen key={article.id} articleId={article.id} texts={texts} container={body} nextHref={next && paths.article.href(next.id)} />
        </div>
        <ArticleBody article={article} links={links} highlight={marked?.highlight} continuations={continuations} />
        <ArticleActions pageId={page.id} entry={entry} />
        <ArticleTools article={article} page={page} edition={edition} site={manifest.site} title={title} path={path} />
        <ArticlePager previous={previous} next={next} />
      </article>
      <DeferredHydration>
        <aside aria-label="相关信息" className="grid content-start gap-8 print:hidden">
          <EntitySidebar title="本文人物与企业" entities={entities} articleIds={[article.id]} emptyText="本文暂无人物与企业信息。" />
          <HeadlineNav items={articles} currentId={article.id} />
        </aside>
      </DeferredHydration>
    </div>
  );
}
