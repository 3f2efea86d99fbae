import { QueryClient } from './query/index.ts';
import { BundleNotFoundError } from './bundle-source.ts';

/** The bundle is a set of static files that only change on redeploy: each is fetched once per visit. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    // A missing file will not appear by asking again; a flaky network might recover.
    retry: (failures, error) => !(error instanceof BundleNotFoundError) && failures < 2,
    retryDelay: (failures) => 400 * 2 ** failures,
  });
}
