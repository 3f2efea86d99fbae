import { useCallback, useSyncExternalStore } from 'react';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_STORAGE_KEY, type ReaderSettings } from './settings.ts';

const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: ReaderSettings = DEFAULT_SETTINGS;
// Where settings live for this visit when localStorage refuses them (private mode, full quota).
let unsaved: string | undefined;

function readStored(): string | null {
  if (unsaved !== undefined) return unsaved;
  try {
    return window.localStorage.getItem(SETTINGS_STORAGE_KEY);
  } catch {
    return null;
  }
}

function getSnapshot(): ReaderSettings {
  const raw = readStored();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cached = parseSettings(raw);
  }
  return cached;
}

// The prerendered HTML shows the defaults; after hydration React switches to the stored settings.
const getServerSnapshot = (): ReaderSettings => DEFAULT_SETTINGS;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed the settings.
  const onStorage = (event: StorageEvent) => {
    if (event.key === SETTINGS_STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The reader's settings, remembered in localStorage across visits. */
export function useReaderSettings(): [ReaderSettings, (change: Partial<ReaderSettings>) => void] {
  const settings = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const update = useCallback((change: Partial<ReaderSettings>) => {
    const next = { ...getSnapshot(), ...change };
    try {
      window.localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(next));
    } catch {
      unsaved = JSON.stringify(next);
    }
    for (const listener of listeners) listener();
  }, []);
  return [settings, update];
}
