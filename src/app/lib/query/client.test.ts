import { describe, expect, it, vi } from 'vitest';
import { QueryClient, queryOptions } from './client.ts';
import { hashKey } from './key.ts';
import { keepPreviousData, resultOf } from './result.ts';

const deferred = <T>() => {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
};

describe('hashKey', () => {
  it('names a query by value, whatever the order of an object’s fields', () => {
    expect(hashKey(['search', { q: '报', page: 2 }])).toBe(hashKey(['search', { page: 2, q: '报' }]));
    expect(hashKey(['article', 'a'])).not.toBe(hashKey(['article', 'b']));
  });
});

describe('QueryClient', () => {
  it('fetches a resource once, however many ask at the same time or later', async () => {
    const client = new QueryClient();
    const queryFn = vi.fn(async () => 'manifest');
    const options = queryOptions({ queryKey: ['manifest'], queryFn });
    expect(await Promise.all([client.ensureQueryData(options), client.ensureQueryData(options)])).toEqual(['manifest', 'manifest']);
    expect(await client.ensureQueryData(options)).toBe('manifest');
    expect(queryFn).toHaveBeenCalledTimes(1);
    expect(client.query(options).state.data).toBe('manifest');
  });

  it('hands the query function the client, the key and a signal', async () => {
    const client = new QueryClient();
    const seen = await client.ensureQueryData(queryOptions({ queryKey: ['page', 'p1'], queryFn: async (context) => context }));
    expect(seen.client).toBe(client);
    expect(seen.queryKey).toEqual(['page', 'p1']);
    expect(seen.signal.aborted).toBe(false);
  });

  it('retries by the policy, counting failures from 0, and waits the delay between attempts', async () => {
    vi.useFakeTimers();
    try {
      const client = new QueryClient({ retry: (failures) => failures < 2, retryDelay: (failures) => 100 * 2 ** failures });
      let calls = 0;
      const result = client.ensureQueryData(
        queryOptions({
          queryKey: ['flaky'],
          queryFn: async () => {
            calls += 1;
            if (calls < 3) throw new Error(`attempt ${calls}`);
            return 'ok';
          },
        }),
      );
      await vi.advanceTimersByTimeAsync(99);
      expect(calls).toBe(1);
      await vi.advanceTimersByTimeAsync(1 + 200);
      expect(calls).toBe(3);
      await expect(result).resolves.toBe('ok');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a failure as the query’s state, and fetches again when asked again', async () => {
    const client = new QueryClient({ retry: false });
    let fail = true;
    const options = queryOptions({
      queryKey: ['article', 'x'],
      queryFn: async () => {
        if (fail) throw new Error('offline');
        return 'article';
      },
    });
    await expect(client.ensureQueryData(options)).rejects.toThrow('offline');
    expect(client.query(options).state).toMatchObject({ status: 'error', fetching: false });
    fail = false;
    await expect(client.ensureQueryData(options)).resolves.toBe('article');
    expect(client.query(options).state).toMatchObject({ status: 'success', error: undefined });
  });

  it('a query’s own retry policy wins over the client’s', async () => {
    const client = new QueryClient({ retry: 5, retryDelay: () => 0 });
    const queryFn = vi.fn(async () => {
      throw new Error('gone');
    });
    await expect(client.ensureQueryData({ queryKey: ['edition', 'e'], queryFn, retry: false })).rejects.toThrow('gone');
    expect(queryFn).toHaveBeenCalledTimes(1);
  });

  it('resetFailed clears only the failed queries, and tells their watchers', async () => {
    const client = new QueryClient({ retry: false });
    await client.ensureQueryData(queryOptions({ queryKey: ['ok'], queryFn: async () => 1 }));
    const failing = queryOptions({
      queryKey: ['bad'],
      queryFn: async (): Promise<number> => {
        throw new Error('bad');
      },
    });
    await client.ensureQueryData(failing).catch(() => undefined);
    const listener = vi.fn();
    client.query(failing).subscribe(listener);
    client.resetFailed();
    expect(client.query(failing).state).toMatchObject({ status: 'pending', error: undefined });
    expect(client.query({ queryKey: ['ok'], queryFn: async () => 0 }).state.data).toBe(1);
    expect(listener).toHaveBeenCalled();
  });

  it('removeQuery aborts a running fetch, drops its answer and fetches afresh on the next use', async () => {
    const client = new QueryClient();
    const first = deferred<string>();
    let signal: AbortSignal | undefined;
    const options = queryOptions({
      queryKey: ['search-index'],
      queryFn: (context) => {
        signal ??= context.signal;
        return signal === context.signal ? first.promise : Promise.resolve('new');
      },
    });
    const stale = client.ensureQueryData(options);
    client.removeQuery(['search-index']);
    expect(signal?.aborted).toBe(true);
    first.resolve('old');
    await stale;
    expect(client.query(options).state.data).toBeUndefined();
    await expect(client.ensureQueryData(options)).resolves.toBe('new');
  });

  it('settled waits for fetches that start others', async () => {
    const client = new QueryClient();
    const inner = queryOptions({ queryKey: ['manifest'], queryFn: async () => 'm' });
    const outer = queryOptions({ queryKey: ['index'], queryFn: async ({ client: c }) => `${await c.ensureQueryData(inner)}+i` });
    void client.prefetchQuery(outer);
    await client.settled();
    expect(client.query(outer).state.data).toBe('m+i');
    expect(client.query(outer).state.fetching).toBe(false);
  });

  it('prefetchQuery never rejects: a failure waits for a real use', async () => {
    const client = new QueryClient({ retry: false });
    await expect(
      client.prefetchQuery({
        queryKey: ['x'],
        queryFn: async () => {
          throw new Error('no');
        },
      }),
    ).resolves.toBeUndefined();
  });
});

describe('resultOf', () => {
  it('shows a placeholder only while the query has nothing of its own', () => {
    const pending = { status: 'pending', data: undefined, error: undefined, fetching: true } as const;
    expect(resultOf(pending, 'previous')).toMatchObject({ data: 'previous', isPlaceholderData: true, isPending: false, isSuccess: true, isFetching: true });
    expect(resultOf(pending)).toMatchObject({ data: undefined, isPlaceholderData: false, isPending: true });
    const failed = { status: 'error', data: undefined, error: new Error('x'), fetching: false } as const;
    expect(resultOf(failed, 'previous')).toMatchObject({ data: undefined, isError: true, isPlaceholderData: false });
    expect(keepPreviousData('a')).toBe('a');
  });
});
