import type { QueryClient } from '../lib/query/index.ts';
import { editionIdOf } from '../../contract/bundle-layout.ts';
import type { LoaderFunctionArgs } from 'react-router';
import { useParams } from 'react-router';
import { editionQuery } from '../features/editions/api/edition-query.ts';
import { manifestQuery } from '../features/editions/api/manifest-query.ts';
import { pageQuery } from '../features/pages/api/page-query.ts';
import { PageView } from '../features/pages/components/PageView.tsx';
import { orNotFound, validId } from '../lib/route-errors.ts';

export const pageLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const pageId = validId(params.pageId);
    const [, chunk] = await Promise.all([
      queryClient.ensureQueryData(manifestQuery()),
      orNotFound(queryClient.ensureQueryData(pageQuery(pageId))),
    ]);
    // The masthead and 版面导航 need the page's edition: its facts and its page list.
    await queryClient.ensureQueryData(editionQuery(editionIdOf(chunk.page)));
    return null;
  };

export function PageRoute() {
  const { pageId = '' } = useParams();
  return <PageView pageId={pageId} />;
}
