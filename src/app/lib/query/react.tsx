import { createContext, useContext, useEffect, useMemo, useRef, useSyncExternalStore, type ReactNode } from 'react';
import type { ClientQueryOptions, QueryClient } from './client.ts';
import type { Query, QueryState } from './query.ts';
import { resultOf, type PlaceholderData, type QueryResult } from './result.ts';

const ClientContext = createContext<QueryClient | null>(null);

export function QueryClientProvider({ client, children }: { client: QueryClient; children: ReactNode }) {
  return <ClientContext value={client}>{children}</ClientContext>;
}

export function useQueryClient(): QueryClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('dubao: a query was used outside <QueryClientProvider>');
  return client;
}

const ignore = () => undefined;

function useQueryState<T>(query: Query<T, QueryClient>): QueryState<T> {
  return useSyncExternalStore(query.subscribe, () => query.state, () => query.state);
}

/**
 * The data of a query the route's loader has usually fetched already; otherwise the component
 * suspends until it arrives, and a failure goes to the nearest error boundary.
 */
export function useSuspenseQuery<T>(options: ClientQueryOptions<T>): { data: T } {
  const query = useQueryClient().query(options);
  const state = useQueryState(query);
  if (state.status === 'success') return { data: state.data as T };
  if (state.status === 'error' && !state.fetching) throw state.error;
  throw query.fetch();
}

/** A query a component loads itself (`enabled` decides when) and renders while pending or failed. */
export function useQuery<T>(
  options: ClientQueryOptions<T> & { enabled?: boolean; placeholderData?: PlaceholderData<NoInfer<T>> },
): QueryResult<T> & { refetch: () => Promise<void> } {
  const query = useQueryClient().query(options);
  const state = useQueryState(query);
  const enabled = options.enabled ?? true;
  useEffect(() => {
    if (enabled && state.status === 'pending' && !state.fetching) query.fetch().catch(ignore);
  }, [query, enabled, state]);
  const last = useRef<{ data: T; query: Query<T, QueryClient> }>(undefined);
  if (state.status === 'success') last.current = { data: state.data as T, query };
  const { placeholderData } = options;
  const placeholder =
    state.status !== 'pending' || placeholderData === undefined
      ? undefined
      : typeof placeholderData === 'function'
        ? (placeholderData as (previous: T | undefined, previousQuery: Query<T, unknown> | undefined) => T | undefined)(last.current?.data, last.current?.query as Query<T, unknown> | undefined)
        : placeholderData;
  return { ...resultOf(state, placeholder), refetch: () => query.fetch().then(ignore, ignore) };
}

/**
 * The states of several queries, watched together: the component renders again when one changes.
 * The same states give the same array, so what is made from it can be memoized.
 */
function useQueryStates<T>(watched: readonly Query<T, QueryClient>[], load: boolean): readonly QueryState<T>[] {
  const shown = useRef<readonly QueryState<T>[]>([]);
  const snapshot = () => {
    const states = watched.map((query) => query.state);
    if (states.length !== shown.current.length || states.some((state, index) => state !== shown.current[index])) shown.current = states;
    return shown.current;
  };
  // Subscribed afresh each render, so a query made anew for its key (removeQuery) is the one watched.
  const subscribe = (listener: () => void) => {
    const unsubscribe = watched.map((query) => query.subscribe(listener));
    return () => {
      for (const off of unsubscribe) off();
    };
  };
  const states = useSyncExternalStore(subscribe, snapshot, snapshot);
  useEffect(() => {
    // Also after resetFailed: a query back to pending is loaded again.
    if (load) for (const query of watched) if (query.state.status === 'pending' && !query.state.fetching) query.fetch().catch(ignore);
  }, [states]);
  return states;
}

/** Several queries at once, each loaded on mount, combined into one value as their answers arrive. */
export function useQueries<T, Combined>({ queries, combine }: { queries: readonly ClientQueryOptions<T>[]; combine: (results: QueryResult<T>[]) => Combined }): Combined {
  const client = useQueryClient();
  const states = useQueryStates(
    queries.map((options) => client.query(options)),
    true,
  );
  return combine(states.map((state) => resultOf(state)));
}

/** Several queries the route's loader has usually fetched: suspends until all have data; a failure goes to the error boundary. */
export function useSuspenseQueries<T>({ queries }: { queries: readonly ClientQueryOptions<T>[] }): readonly { data: T }[] {
  const client = useQueryClient();
  const watched = queries.map((options) => client.query(options));
  const states = useQueryStates(watched, false);
  const failed = states.find((state) => state.status === 'error' && !state.fetching);
  if (failed) throw failed.error;
  const missing = watched.filter((query) => query.state.status !== 'success');
  if (missing.length > 0) throw Promise.all(missing.map((query) => query.fetch()));
  return useMemo(() => states.map((state) => ({ data: state.data as T })), [states]);
}
