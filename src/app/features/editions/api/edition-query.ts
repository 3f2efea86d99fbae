import { queryOptions } from '@tanstack/react-query';
import { bundlePaths, editionChunkSchema } from '../../../../contract/bundle.ts';
import { loadBundleFile } from '../../../lib/bundle-source.ts';

/** One day's pages with their headlines: 版面导航. */
export const editionQuery = (editionId: string) =>
  queryOptions({
    queryKey: ['edition', editionId],
    queryFn: ({ signal }) => loadBundleFile(bundlePaths.edition(editionId), editionChunkSchema, signal),
  });
