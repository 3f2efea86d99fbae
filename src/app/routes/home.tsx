import type { QueryClient } from '../lib/query/index.ts';
import { useSuspenseQuery } from '../lib/query/index.ts';
import { Link } from 'react-router';
import { manifestQuery } from '../features/editions/api/manifest-query.ts';
import { editionQuery } from '../features/editions/api/edition-query.ts';
import { pageQuery } from '../features/pages/api/page-query.ts';
import { PageView } from '../features/pages/components/PageView.tsx';
import { useDocumentMeta, useHeadTags } from '../lib/document-meta.ts';
import { paths } from '../paths.ts';

/** The front page opens the newest edition at its first page. */
export const homeLoader = (queryClient: QueryClient) => async () => {
  const manifest = await queryClient.ensureQueryData(manifestQuery());
  const edition = manifest.editions[0];
  if (edition) {
    await Promise.all([
      queryClient.ensureQueryData(pageQuery(edition.firstPageId)),
      queryClient.ensureQueryData(editionQuery(edition.id)),
    ]);
  }
  return null;
};

function EmptyArchive() {
  useDocumentMeta({});
  // No canonical, feeds or JSON-LD here: take out the previous route's.
  useHeadTags();
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      <h1 className="headline mb-3 text-3xl">读报</h1>
      <p className="mb-6 text-muted">还没有任何版面。把报纸版面的文本放进 seeds/ 文件夹，重新构建即可。</p>
      <Link className="btn" to={paths.search.href()}>
        搜索
      </Link>
    </div>
  );
}

export function HomeRoute() {
  const { data: manifest } = useSuspenseQuery(manifestQuery());
  const edition = manifest.editions[0];
  return edition ? <PageView pageId={edition.firstPageId} isFrontPage /> : <EmptyArchive />;
}
