// The app's data cache: the part of TanStack Query's API it uses, in a few KB instead of a dozen
// (issue 12 asks for a first load within 130 KB).
export { QueryClient, queryOptions, type ClientQueryOptions } from './client.ts';
export type { QueryKey } from './key.ts';
export { keepPreviousData, type QueryResult } from './result.ts';
export { QueryClientProvider, useQueries, useQuery, useQueryClient, useSuspenseQueries, useSuspenseQuery } from './react.tsx';
