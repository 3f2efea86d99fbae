import { QueryClient } from '@tanstack/react-query';
import { BundleNotFoundError } from './bundle-source.ts';

/** The bundle is a set of static files that only change on redeploy: fetch each once per visit. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        refetchOnWindowFocus: false,
        // A missing file will not appear by asking again; a flaky network might recover.
        retry: (failures, error) => !(error instanceof BundleNotFoundError) && failures < 2,
        retryDelay: (attempt) => 400 * 2 ** attempt,
      },
    },
  });
}
