import { queryOptions } from '../../../lib/query/index.ts';
import { articleChunkOf, pageIdOfArticle } from '../../../../contract/bundle-layout.ts';
import { BundleNotFoundError } from '../../../lib/bundle-source.ts';
import { pageQuery } from '../../pages/api/page-query.ts';

/** One article with its page's facts and the entities it mentions, cut from its page's file (read once for both). */
export const articleQuery = (articleId: string) =>
  queryOptions({
    queryKey: ['article', articleId],
    queryFn: async ({ client }) => {
      const pageId = pageIdOfArticle(articleId);
      if (pageId === undefined) throw new BundleNotFoundError(`articles/${articleId}`);
      const chunk = articleChunkOf(await client.ensureQueryData(pageQuery(pageId)), articleId);
      if (!chunk) throw new BundleNotFoundError(`articles/${articleId}`);
      return chunk;
    },
  });
