import { useCallback, useSyncExternalStore } from 'react';
import { storedValue } from '../../lib/stored-value.ts';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_STORAGE_KEY, type ReaderSettings } from './settings.ts';

// The prerendered HTML shows the defaults; after hydration React switches to the stored settings.
const stored = storedValue(SETTINGS_STORAGE_KEY, parseSettings, (settings) => JSON.stringify(settings), DEFAULT_SETTINGS);

/** The reader's settings, remembered in localStorage across visits. */
export function useReaderSettings(): [ReaderSettings, (change: Partial<ReaderSettings>) => void] {
  const settings = useSyncExternalStore(stored.subscribe, stored.getSnapshot, stored.getServerSnapshot);
  const update = useCallback((change: Partial<ReaderSettings>) => stored.update((current) => ({ ...current, ...change })), []);
  return [settings, update];
}
