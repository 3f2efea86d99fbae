import { queryOptions } from '../../../lib/query/index.ts';
import { bundlePaths } from '../../../../contract/bundle-layout.ts';
import type { EditionChunk } from '../../../../contract/bundle.ts';
import { loadBundleFile } from '../../../lib/bundle-source.ts';

/** One day's pages with their headlines: 版面导航. */
export const editionQuery = (editionId: string) =>
  queryOptions({
    queryKey: ['edition', editionId],
    queryFn: ({ signal }) => loadBundleFile<EditionChunk>(bundlePaths.edition(editionId), signal),
  });
