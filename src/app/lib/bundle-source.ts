import type { ZodType, output } from 'zod';

/** Reads one file of the bundle (a path under `data/`) and returns its parsed JSON. */
export type BundleReader = (path: string, signal?: AbortSignal) => Promise<unknown>;

/** The file does not exist: an unknown id, shown as the not-found page. */
export class BundleNotFoundError extends Error {
  constructor(readonly path: string) {
    super(`找不到数据文件 ${path}`);
    this.name = 'BundleNotFoundError';
  }
}

/** The file exists but could not be fetched or read, or does not match the contract: shown with a retry button. */
export class BundleLoadError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'BundleLoadError';
  }
}

async function fetchFromSite(path: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}data/${path}`, { signal: signal ?? null });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new BundleLoadError('网络连接失败', path);
  }
  if (response.status === 404) throw new BundleNotFoundError(path);
  if (!response.ok) throw new BundleLoadError(`服务器返回 ${response.status}`, path);
  // Hosts with a single-page fallback answer a missing file with an HTML page and status 200.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) throw new BundleNotFoundError(path);
  try {
    return await response.json();
  } catch {
    throw new BundleLoadError('数据文件不完整或已损坏', path);
  }
}

let reader: BundleReader = fetchFromSite;

/** The prerender replaces fetching with reading the built files; the browser keeps the default. */
export function setBundleReader(next: BundleReader): void {
  reader = next;
}

/** Loads a bundle file and validates it against its contract schema. */
export async function loadBundleFile<S extends ZodType>(path: string, schema: S, signal?: AbortSignal): Promise<output<S>> {
  const raw = await reader(path, signal);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new BundleLoadError(`数据格式不符合约定${where ? `（${where}）` : ''}`, path);
  }
  return parsed.data;
}
