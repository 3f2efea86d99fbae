import { useSuspenseQuery } from '../../../lib/query/index.ts';
import { useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../paths.ts';
import { useReadingKeys } from '../../reading-keys/lib/use-reading-keys.ts';
import { focusHeadline } from '../lib/focus-headline.ts';
import { neighboursOf } from '../lib/neighbours.ts';
import { useSwipe } from '../lib/use-swipe.ts';
import { editionIdOf } from '../../../../contract/bundle-layout.ts';
import type { Article, ArticleSummary } from '../../../../contract/bundle.ts';
import { clip, useDocumentMeta, useHeadTags } from '../../../lib/document-meta.ts';
import { pageHeadTags } from '../../linked-data/lib/page-tags.ts';
import { zh } from '../../../lib/zh.ts';
import { LeadStory, PhotoCard, StoryCard } from '../../articles/components/StoryCard.tsx';
import { continuationLinks } from '../../articles/lib/continuation.ts';
import { itemTitle } from '../../articles/lib/item-title.ts';
import { editionQuery } from '../../editions/api/edition-query.ts';
import { manifestQuery } from '../../editions/api/manifest-query.ts';
import { EditionList } from '../../editions/components/EditionList.tsx';
import { EditionPager } from '../../editions/components/EditionPager.tsx';
import { EntitySidebar } from '../../entities/components/EntitySidebar.tsx';
import { pageQuery } from '../api/page-query.ts';
import { pageLabel } from '../page-label.ts';
import { HeadlineNav } from './HeadlineNav.tsx';
import { Masthead } from './Masthead.tsx';
import { PageNav } from './PageNav.tsx';
import { ThumbBar } from './ThumbBar.tsx';
import { SaveEdition } from '../../offline/components/SaveEdition.tsx';
import { DeferredHydration } from '../../../lib/deferred-hydration.tsx';

/** The page's sidebar lists who and which companies are in the news; the article sidebar lists every kind. */
const SIDEBAR_KINDS = ['person', 'enterprise'] as const;

/** What a page that printed only advertising says instead of its stories. */
const AD_NOTICE = '本版为广告版，无文字稿件。';

/** The story set large: the first real story in print order, else the first item. */
function leadOf(articles: readonly Article[]): Article | undefined {
  return articles.find((article) => article.kind === 'article') ?? articles[0];
}

/** One printed page (版面): masthead, lead story, the other items in a grid, and the page's navigation. */
export function PageView({ pageId, isFrontPage = false }: { pageId: string; isFrontPage?: boolean }) {
  const { data: manifest } = useSuspenseQuery(manifestQuery());
  const { data: chunk } = useSuspenseQuery(pageQuery(pageId));
  const { page } = chunk;
  const articles = [...chunk.articles].sort((a, b) => a.order - b.order);
  const editionChunk = useSuspenseQuery(editionQuery(editionIdOf(page))).data;
  const { edition, pages } = editionChunk;
  const lead = leadOf(articles);
  const others = articles.filter((article) => article !== lead);
  const summaries: ArticleSummary[] = articles;

  const label = pageLabel(page);
  const navigate = useNavigate();
  const { previous, next } = neighboursOf(pages, page.id);
  const toPrevious = () => previous && void navigate(paths.page.href(previous.id));
  const toNext = () => next && void navigate(paths.page.href(next.id));
  useReadingKeys({
    'next-article': () => focusHeadline(1),
    'previous-article': () => focusHeadline(-1),
    'previous-page': toPrevious,
    'next-page': toNext,
  });
  const root = useRef<HTMLDivElement>(null);
  // As on a paper's mobile site: the finger moves left to turn to the next page.
  useSwipe(root, { left: toNext, right: toPrevious });
  const publication = page.publication ?? edition.publication;
  const title = isFrontPage ? undefined : [publication, label].filter(Boolean).join(' ');
  const description = `${publication ?? '读报'} ${label}：${page.advertisement ? AD_NOTICE : articles.map((article) => zh(itemTitle(article))).join('；')}`;
  useDocumentMeta({ title, description });
  useHeadTags(
    pageHeadTags({ chunk, edition, site: manifest.site, title: title ?? manifest.site.name, description: clip(description), isFrontPage }),
  );

  return (
    <div ref={root} className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_17rem]">
      <div className="min-w-0">
        <Masthead page={page} edition={edition} itemCount={articles.length} />
        <EditionPager edition={editionChunk} />
        {edition.pageCount > 1 && <PageNav editionId={edition.id} pageId={page.id} />}
        {page.advertisement && articles.length === 0 ? (
          <div className="grid justify-items-center gap-2 rounded-md border border-dashed border-rule px-6 py-16 text-center">
            <p aria-hidden="true" className="pl-[0.5em] font-serif text-3xl font-bold tracking-[0.5em] text-muted">
              广告
            </p>
            <p>{AD_NOTICE}</p>
          </div>
        ) : articles.length === 0 ? (
          <p className="py-8 text-center text-muted">本版没有可显示的稿件。</p>
        ) : (
          <>
            {lead && (
              <DeferredHydration>
                <LeadStory article={lead} continuations={continuationLinks(lead, pages)} />
              </DeferredHydration>
            )}
            {others.length > 0 && (
              <DeferredHydration>
                <section aria-labelledby="other-stories" className="mt-6">
                  <h2 id="other-stories" className="sr-only">
                    本版其他稿件
                  </h2>
                  <div className="grid gap-x-8 gap-y-8 sm:grid-cols-2 xl:grid-cols-3">
                    {others.map((article) =>
                      article.kind === 'photo' ? (
                        <PhotoCard key={article.id} article={article} />
                      ) : (
                        <StoryCard key={article.id} article={article} continuations={continuationLinks(article, pages)} />
                      ),
                    )}
                  </div>
                </section>
              </DeferredHydration>
            )}
          </>
        )}
      </div>
      <DeferredHydration>
        <aside aria-label="本版导航与人物" className="grid content-start gap-8">
          <HeadlineNav items={summaries} emptyText={page.advertisement ? '本版为广告版。' : '本版没有稿件。'} />
          <EntitySidebar title="本版人物与企业" entities={chunk.entities} articleIds={page.articleIds} kinds={SIDEBAR_KINDS} emptyText="本版暂无人物与企业信息。" />
          <EditionList manifest={manifest} current={edition} />
          <p className="print:hidden">
            <Link to={paths.editionPrint.href(edition.id)} className="btn">
              打印整期
            </Link>
          </p>
          <SaveEdition edition={editionChunk} />
        </aside>
      </DeferredHydration>
      {edition.pageCount > 1 && <ThumbBar previous={previous} next={next} />}
    </div>
  );
}
