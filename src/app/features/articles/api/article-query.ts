import { queryOptions } from '@tanstack/react-query';
import { articleChunkSchema, bundlePaths } from '../../../../contract/bundle.ts';
import { loadBundleFile } from '../../../lib/bundle-source.ts';

/** One article with its page's facts and the entities it mentions. */
export const articleQuery = (articleId: string) =>
  queryOptions({
    queryKey: ['article', articleId],
    queryFn: ({ signal }) => loadBundleFile(bundlePaths.article(articleId), articleChunkSchema, signal),
  });
