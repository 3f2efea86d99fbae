import type { QueryKey } from './key.ts';

/** A query's state: `fetching` is true while a fetch runs, also over data or an error kept from before. */
export interface QueryState<T> {
  status: 'pending' | 'success' | 'error';
  data: T | undefined;
  error: unknown;
  fetching: boolean;
}

export interface QueryFunctionContext<Client> {
  client: Client;
  queryKey: QueryKey;
  /** Aborted when the query is reset or removed while it fetches. */
  signal: AbortSignal;
}

/** Whether to try again after `failures` failed attempts (0 after the first), as TanStack Query counts. */
export type RetryPolicy = boolean | number | ((failures: number, error: unknown) => boolean);

export interface QueryOptions<T, Client> {
  queryKey: QueryKey;
  queryFn: (context: QueryFunctionContext<Client>) => Promise<T>;
  retry?: RetryPolicy;
  /** Milliseconds to wait before the attempt after `failures` failures. */
  retryDelay?: (failures: number) => number;
}

const INITIAL: QueryState<never> = { status: 'pending', data: undefined, error: undefined, fetching: false };

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

function shouldRetry(policy: RetryPolicy | undefined, failures: number, error: unknown): boolean {
  if (typeof policy === 'function') return policy(failures, error);
  if (typeof policy === 'number') return failures < policy;
  return policy === true;
}

/**
 * One resource's cache entry: its state, the fetch running for it (one at a time, shared by every
 * caller), and the components that watch it. The bundle's files change only on redeploy, so data once
 * loaded is never stale and is kept for the visit.
 */
export class Query<T, Client = unknown> {
  state: QueryState<T> = INITIAL;
  private readonly listeners = new Set<() => void>();
  private running: Promise<T> | undefined;
  private controller: AbortController | undefined;

  constructor(
    readonly queryKey: QueryKey,
    private options: QueryOptions<T, Client>,
    private readonly client: Client,
  ) {}

  /** The latest caller's function and retry policy are the ones the next fetch uses. */
  setOptions(options: QueryOptions<T, Client>): void {
    this.options = options;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: QueryState<T>): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  /** Fetches, or joins the fetch that is running; retries by the query's policy. */
  fetch(): Promise<T> {
    if (this.running) return this.running;
    const controller = new AbortController();
    this.controller = controller;
    const { queryFn, retry, retryDelay } = this.options;
    const attempt = async (): Promise<T> => {
      for (let failures = 0; ; failures += 1) {
        try {
          return await queryFn({ client: this.client, queryKey: this.queryKey, signal: controller.signal });
        } catch (error) {
          if (controller.signal.aborted || !shouldRetry(retry, failures, error)) throw error;
          await wait(retryDelay?.(failures) ?? 0, controller.signal);
        }
      }
    };
    const running: Promise<T> = attempt().then(
      (data) => {
        if (this.running === running) this.finish({ status: 'success', data, error: undefined, fetching: false });
        return data;
      },
      (error: unknown) => {
        if (this.running === running) this.finish({ ...this.state, status: 'error', error, fetching: false });
        throw error;
      },
    );
    this.running = running;
    this.set({ ...this.state, fetching: true });
    return running;
  }

  private finish(next: QueryState<T>): void {
    this.running = undefined;
    this.controller = undefined;
    this.set(next);
  }

  /** Back to no data and no error; a fetch that was running is aborted and its answer dropped. */
  reset(): void {
    this.controller?.abort();
    this.running = undefined;
    this.controller = undefined;
    this.set(INITIAL);
  }

  /** Resolves when no fetch is running (whatever its outcome). */
  async settled(): Promise<void> {
    await this.running?.catch(() => undefined);
  }
}
