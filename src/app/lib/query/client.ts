import { hashKey, type QueryKey } from './key.ts';
import { Query, type QueryOptions, type RetryPolicy } from './query.ts';

export type ClientQueryOptions<T> = QueryOptions<T, QueryClient>;

/** Types a query's options once, in the one factory per resource that loaders and components share. */
export const queryOptions = <T>(options: ClientQueryOptions<T>): ClientQueryOptions<T> => options;

/**
 * The app's cache of bundle files and search answers, keyed by query key. A small subset of TanStack
 * Query's client, what a static site needs: files never change during a visit, so nothing goes stale,
 * refetches on focus or is collected.
 */
export class QueryClient {
  private readonly queries = new Map<string, Query<unknown, QueryClient>>();

  constructor(private readonly defaults: { retry?: RetryPolicy; retryDelay?: (failures: number) => number } = {}) {}

  /** The cache entry for these options, made on first use. */
  query<T>(options: ClientQueryOptions<T>): Query<T, QueryClient> {
    const withDefaults = { ...this.defaults, ...options };
    const hash = hashKey(options.queryKey);
    let query = this.queries.get(hash) as Query<T, QueryClient> | undefined;
    if (query) query.setOptions(withDefaults);
    else {
      query = new Query<T, QueryClient>(options.queryKey, withDefaults, this);
      this.queries.set(hash, query as Query<unknown, QueryClient>);
    }
    return query;
  }

  /** The data, fetched once; a query that failed is fetched again. */
  ensureQueryData<T>(options: ClientQueryOptions<T>): Promise<T> {
    const query = this.query(options);
    return query.state.status === 'success' ? Promise.resolve(query.state.data as T) : query.fetch();
  }

  /** Starts loading what the reader will likely ask for next; a failure is left for when they do. */
  prefetchQuery<T>(options: ClientQueryOptions<T>): Promise<void> {
    return this.ensureQueryData(options).then(
      () => undefined,
      () => undefined,
    );
  }

  /** Forgets a query: the next use fetches it afresh (a component watching it keeps the old entry until it renders again). */
  removeQuery(queryKey: QueryKey): void {
    const hash = hashKey(queryKey);
    this.queries.get(hash)?.reset();
    this.queries.delete(hash);
  }

  /** Resets the queries that failed, so their next use (a loader, a watching component) fetches them again. */
  resetFailed(): void {
    for (const query of this.queries.values()) if (query.state.status === 'error') query.reset();
  }

  /** Resolves when no fetch is running: the prerender renders only once every started load has ended. */
  async settled(): Promise<void> {
    // A fetch may start another (the search index reads the manifest): wait until none runs.
    for (;;) {
      const running = [...this.queries.values()].filter((query) => query.state.fetching);
      if (running.length === 0) return;
      await Promise.all(running.map((query) => query.settled()));
    }
  }

  clear(): void {
    for (const query of this.queries.values()) query.reset();
    this.queries.clear();
  }
}
