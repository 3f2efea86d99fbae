import { queryOptions, type QueryClient } from '../../../lib/query/index.ts';
import type { SearchFileLoader, SearchIndex } from '../../../../search/index.ts';
import { BundleStaleError, currentGeneration, readIn, type Generation } from '../../../lib/bundle-source.ts';
import { SEARCH_DIR } from '../../../../contract/bundle-layout.ts';
import { manifestQuery } from '../../editions/api/manifest-query.ts';


/**
 * The index's files, all read through one deploy's file map: an index is only correct with the
 * files of the build that wrote it. After a deploy removed them, a read fails with
 * BundleStaleError and the index is opened again ({@link withSearchIndex}).
 */
const searchFilesOf =
  (generation: Generation): SearchFileLoader =>
  async (path) =>
    (await readIn(generation, `${SEARCH_DIR}${path}`, 'bytes')) as Uint8Array;

/** The site has no search index (built without one). */
export class NoSearchIndexError extends Error {
  constructor() {
    super('本站没有建立搜索索引');
    this.name = 'NoSearchIndexError';
  }
}

/**
 * The opened search index: only its small entry file is fetched here; the engine fetches the
 * shards a query needs as it searches. Never part of the first paint: the search box warms it
 * when a reader first focuses it, and the search page when it has a query.
 */
export const searchIndexQuery = () =>
  queryOptions({
    queryKey: ['search-index'],
    queryFn: async ({ client }) => {
      // The engine is a chunk of its own, so pages that never search never download it. The 繁简 table
      // comes only once a query or a hit's text holds a traditional character (normalize-on-demand.ts),
      // or with an article opened from a hit; entity links match printed forms without it (src/search/fold.ts).
      const [manifest, { openSearchIndex }, generation] = await Promise.all([
        client.ensureQueryData(manifestQuery()),
        import('../../../../search/index.ts'),
        currentGeneration(),
      ]);
      const entry = manifest.searchIndex;
      if (!entry?.startsWith(SEARCH_DIR)) throw new NoSearchIndexError();
      return openSearchIndex(searchFilesOf(generation), entry.slice(SEARCH_DIR.length));
    },
  });

/**
 * Runs `use` on the opened index; when the site was deployed again meanwhile (the index's files
 * are gone), opens the new deploy's index and runs it once more, so results never mix two builds.
 */
export async function withSearchIndex<T>(client: QueryClient, use: (index: SearchIndex) => Promise<T>): Promise<T> {
  try {
    return await use(await client.ensureQueryData(searchIndexQuery()));
  } catch (error) {
    if (!(error instanceof BundleStaleError)) throw error;
    client.removeQuery(searchIndexQuery().queryKey);
    return use(await client.ensureQueryData(searchIndexQuery()));
  }
}
