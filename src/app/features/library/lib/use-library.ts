import { useCallback, useSyncExternalStore } from 'react';
import { storedValue } from '../../../lib/stored-value.ts';
import { decodeLibrary, EMPTY_LIBRARY, encodeLibrary, type Library } from './library-codec.ts';

export const LIBRARY_STORAGE_KEY = 'dubao:library';

// The prerendered HTML knows no reader: it shows nothing read and nothing bookmarked.
const stored = storedValue(LIBRARY_STORAGE_KEY, decodeLibrary, encodeLibrary, EMPTY_LIBRARY);

/** Applies a change to the stored library and tells every reader of it. */
export function updateLibrary(change: (library: Library) => Library): void {
  stored.update(change);
}

/** 收藏 and history, from this browser's storage; empty while prerendering and before hydration. */
export function useLibrary(): [Library, typeof updateLibrary] {
  const library = useSyncExternalStore(stored.subscribe, stored.getSnapshot, stored.getServerSnapshot);
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
