import { queryOptions } from '@tanstack/react-query';
import type { SearchFileLoader } from '../../../../search/index.ts';
import { BundleLoadError, BundleNotFoundError } from '../../../lib/bundle-source.ts';
import { manifestQuery } from '../../editions/api/manifest-query.ts';

/** Where the manifest's paths (under `data/`) put the index; the engine's paths are relative to it. */
const SEARCH_DIR = 'search/';

const fetchSearchFile: SearchFileLoader = async (path) => {
  const where = `${SEARCH_DIR}${path}`;
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}data/${where}`);
  } catch {
    throw new BundleLoadError('网络连接失败', where);
  }
  if (response.status === 404) throw new BundleNotFoundError(where);
  if (!response.ok) throw new BundleLoadError(`服务器返回 ${response.status}`, where);
  // Hosts with a single-page fallback answer a missing file with an HTML page and status 200.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) throw new BundleNotFoundError(where);
  return new Uint8Array(await response.arrayBuffer());
};

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
      // The engine (with its 繁简 tables) is a chunk of its own, so pages that never search never download it.
      const [manifest, { openSearchIndex }] = await Promise.all([client.ensureQueryData(manifestQuery()), import('../../../../search/index.ts')]);
      const entry = manifest.searchIndex;
      if (!entry?.startsWith(SEARCH_DIR)) throw new NoSearchIndexError();
      return openSearchIndex(fetchSearchFile, entry.slice(SEARCH_DIR.length));
    },
    // The index holds its loaded shards: keep it for the whole visit.
    gcTime: Number.POSITIVE_INFINITY,
  });
