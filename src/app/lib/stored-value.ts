/**
 * A value kept in this browser's localStorage, read through React's `useSyncExternalStore`: decoded
 * once per stored string, shared by every component, refreshed when another tab changes it, and kept
 * in memory for the visit when the browser refuses to store it (private mode, a full quota). The
 * prerendered HTML knows no reader, so the server snapshot is always the fallback.
 */
export interface StoredValue<T> {
  subscribe(listener: () => void): () => void;
  getSnapshot(): T;
  getServerSnapshot(): T;
  /** Applies a change, stores it and tells every reader. */
  update(change: (value: T) => T): void;
}

export function storedValue<T>(key: string, decode: (raw: string | null) => T, encode: (value: T) => string, fallback: T): StoredValue<T> {
  const listeners = new Set<() => void>();
  // Nothing stored reads as the fallback itself, the server snapshot: a first visit then hydrates
  // without React redrawing every reader of the value in one synchronous pass to swap an equal copy.
  let cachedRaw: string | null | undefined = null;
  let cached = fallback;
  let unsaved: string | undefined;

  const readStored = (): string | null => {
    if (unsaved !== undefined) return unsaved;
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  };

  const getSnapshot = (): T => {
    const raw = readStored();
    if (raw !== cachedRaw) {
      cachedRaw = raw;
      cached = decode(raw);
    }
    return cached;
  };

  return {
    getSnapshot,
    getServerSnapshot: () => fallback,
    subscribe(listener) {
      listeners.add(listener);
      const onStorage = (event: StorageEvent) => {
        if (event.key === key) listener();
      };
      window.addEventListener('storage', onStorage);
      return () => {
        listeners.delete(listener);
        window.removeEventListener('storage', onStorage);
      };
    },
    update(change) {
      const next = encode(change(getSnapshot()));
      try {
        window.localStorage.setItem(key, next);
        unsaved = undefined;
      } catch {
        unsaved = next;
      }
      for (const listener of listeners) listener();
    },
  };
}

/** A decoded value as an object whose fields can be read, or undefined for anything else. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/**
 * A stored string parsed as a JSON object: undefined when it is absent, not JSON or not an object.
 * Where each decoder starts; the fields it then checks by hand, since a schema library would weigh
 * more than the data on every first load.
 */
export function parseStoredObject(raw: string | null): Record<string, unknown> | undefined {
  if (!raw) return undefined;
  try {
    return asRecord(JSON.parse(raw));
  } catch {
    return undefined;
  }
}
