import type { QueryClient } from '../lib/query/index.ts';
import { useSuspenseQueries, useSuspenseQuery } from '../lib/query/index.ts';
import type { LoaderFunctionArgs } from 'react-router';
import { Link, useParams } from 'react-router';
import { editionQuery } from '../features/editions/api/edition-query.ts';
import { manifestQuery } from '../features/editions/api/manifest-query.ts';
import { editionLabel } from '../features/editions/edition-label.ts';
import { PrintedPage } from '../features/edition-print/components/PrintedPage.tsx';
import { pageQuery } from '../features/pages/api/page-query.ts';
import { pageLabel } from '../features/pages/page-label.ts';
import { itemTitle } from '../features/articles/lib/item-title.ts';
import { useDocumentMeta, useHeadTags } from '../lib/document-meta.ts';
import { emptyHeadTags } from '../lib/head-tags.ts';
import { orNotFound, validId } from '../lib/route-errors.ts';
import { zh } from '../lib/zh.ts';
import { paths } from '../paths.ts';
import { Converted } from '../features/script/components/Converted.tsx';

/** The whole edition: its list of pages, then every page's file, all at once. */
export const editionPrintLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const editionId = validId(params.editionId);
    const [, chunk] = await Promise.all([queryClient.ensureQueryData(manifestQuery()), orNotFound(queryClient.ensureQueryData(editionQuery(editionId)))]);
    await Promise.all(chunk.pages.map((page) => queryClient.ensureQueryData(pageQuery(page.id))));
    return null;
  };

/** 打印整期: the contents, then every 版 with its articles, each 版 on a new printed page. */
export function EditionPrintRoute() {
  const editionId = useParams().editionId ?? '';
  const { edition, pages } = useSuspenseQuery(editionQuery(editionId)).data;
  const chunks = useSuspenseQueries({ queries: pages.map((page) => pageQuery(page.id)) }).map((result) => result.data);
  const publication = edition.publication ?? pages[0]?.publication;
  const heading = [publication, editionLabel(edition)].filter(Boolean).join(' ');
  useDocumentMeta({ title: `${heading} 全部版面`, description: `${heading}：${pages.length}个版面、${edition.articleCount}篇稿件，供打印。` });
  // A copy of the pages, for paper: search engines should index the pages themselves.
  useHeadTags({ ...emptyHeadTags(), meta: [{ attribute: 'name', key: 'robots', content: 'noindex' }] });

  return (
    <div className="reading mx-auto grid max-w-3xl gap-8">
      <header className="grid gap-3 border-b-4 border-double border-ink pb-3 text-center">
        <h1 className="font-serif text-4xl font-black tracking-[0.2em] text-accent">{publication ?? '读报'}</h1>
        <p className="text-muted">
          {editionLabel(edition)} · 共{pages.length}版 · {edition.articleCount}篇稿件
        </p>
        <p className="flex flex-wrap justify-center gap-2 print:hidden">
          <button type="button" className="btn" onClick={() => window.print()}>
            打印整期
          </button>
          <Link className="btn" to={paths.page.href(edition.firstPageId)}>
            返回版面
          </Link>
        </p>
      </header>
      <nav aria-labelledby="edition-contents">
        <h2 id="edition-contents" className="mb-3 font-serif text-xl font-bold">
          本期目录
        </h2>
        <ol className="grid gap-3">
          {pages.map((page) => (
            <li key={page.id}>
              <a href={`#page-${page.id}`} className="font-semibold">
                {zh(pageLabel(page))}
              </a>
              {page.articles.length > 0 && (
                <ol className="mt-1 grid gap-0.5 pl-[2em] text-[0.9375rem]">
                  {page.articles.map((article) => (
                    <li key={article.id}>
                      <a href={`#article-${article.id}`}>
                        <Converted text={zh(itemTitle(article))} />
                      </a>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      </nav>
      {chunks.map((chunk) => (
        <PrintedPage key={chunk.page.id} chunk={chunk} />
      ))}
    </div>
  );
}
