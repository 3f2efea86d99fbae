import { queryOptions } from '../../../lib/query/index.ts';
import { bundlePaths } from '../../../../contract/bundle-layout.ts';
import type { PageChunk } from '../../../../contract/bundle.ts';
import { loadBundleFile } from '../../../lib/bundle-source.ts';

/** One printed page with its full articles. */
export const pageQuery = (pageId: string) =>
  queryOptions({
    queryKey: ['page', pageId],
    queryFn: ({ signal }) => loadBundleFile<PageChunk>(bundlePaths.page(pageId), signal),
  });
