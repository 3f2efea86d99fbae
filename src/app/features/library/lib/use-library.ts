import { useCallback, useSyncExternalStore } from 'react';
import { decodeLibrary, EMPTY_LIBRARY, encodeLibrary, type Library } from './library-codec.ts';

export const LIBRARY_STORAGE_KEY = 'dubao:library';

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: Library = EMPTY_LIBRARY;
// Where the library lives for this visit when localStorage refuses it (private mode, full quota).
let unsaved: string | undefined;

function readStored(): string | null {
  if (unsaved !== undefined) return unsaved;
  try {
    return window.localStorage.getItem(LIBRARY_STORAGE_KEY);
  } catch {
    return null;
  }
}

function getSnapshot(): Library {
  const raw = readStored();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = decodeLibrary(raw);
  }
  return cached;
}

// The prerendered HTML knows no reader: it shows nothing read and nothing bookmarked.
const getServerSnapshot = (): Library => EMPTY_LIBRARY;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === LIBRARY_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Applies a change to the stored library and tells every reader of it. */
export function updateLibrary(change: (library: Library) => Library): void {
  const next = encodeLibrary(change(getSnapshot()));
  try {
    window.localStorage.setItem(LIBRARY_STORAGE_KEY, next);
    unsaved = undefined;
  } catch {
    unsaved = next;
  }
  for (const listener of listeners) listener();
}

/** 收藏 and history, from this browser's storage; empty while prerendering and before hydration. */
export function useLibrary(): [Library, typeof updateLibrary] {
  const library = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  return [library, useCallback(updateLibrary, [])];
}

/** The ids of the articles read, for marking headline lists. */
export function useReadIds(): ReadonlySet<string> {
  const [library] = useLibrary();
  return useReadSet(library);
}

let readSetOf: Library | undefined;
let readSet: ReadonlySet<string> = new Set();
function useReadSet(library: Library): ReadonlySet<string> {
  if (library !== readSetOf) {
    readSetOf = library;
    readSet = new Set(library.history.map((entry) => entry.articleId));
  }
  return readSet;
}
