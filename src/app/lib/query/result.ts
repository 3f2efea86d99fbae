import type { Query, QueryState } from './query.ts';

/** What a component reads of a query it watches without suspending. */
export interface QueryResult<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  isSuccess: boolean;
  isFetching: boolean;
  /** `data` is a stand-in (the previous query's) until this query has its own. */
  isPlaceholderData: boolean;
}

/** Data to show while a query has none yet: a value, or one made from the last data this component showed. */
export type PlaceholderData<T> = T | ((previous: T | undefined, previousQuery: Query<T, unknown> | undefined) => T | undefined);

/** Shows the last data while the next query loads (a new page of results stays on screen until it has arrived). */
export const keepPreviousData = <T>(previous: T | undefined): T | undefined => previous;

export function resultOf<T>(state: QueryState<T>, placeholder?: T): QueryResult<T> {
  const usePlaceholder = state.status === 'pending' && placeholder !== undefined;
  const status = usePlaceholder ? 'success' : state.status;
  return {
    data: usePlaceholder ? placeholder : state.data,
    error: state.error,
    isPending: status === 'pending',
    isError: status === 'error',
    isSuccess: status === 'success',
    isFetching: state.fetching,
    isPlaceholderData: usePlaceholder,
  };
}
