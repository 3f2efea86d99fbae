import { parseStoredObject, storedValue } from '../../../lib/stored-value.ts';
import { RATES } from './speech-queue.ts';

export const LISTEN_STORAGE_KEY = 'dubao:listen';
/** Only the newest stopping places are kept, so storage stays small. */
export const POSITION_LIMIT = 200;

export interface ListenPrefs {
  /** One of {@link RATES}. */
  rate: number;
  /** Go on with the next article of the 版 at the end of one. */
  continueToNext: boolean;
  /** Article id -> the text (0 the headline, then the body's blocks) where the reader stopped, newest last. */
  positions: Record<string, number>;
}

export const DEFAULT_LISTEN: ListenPrefs = { rate: 1, continueToNext: false, positions: {} };

/** Corrupt or foreign data reads as the defaults; within version 1, each field that is not readable reads as its default. */
export function decodeListen(raw: string | null): ListenPrefs {
  const stored = parseStoredObject(raw);
  if (stored?.version !== 1) return DEFAULT_LISTEN;
  const { rate, continueToNext, positions } = stored;
  const positionsValid =
    typeof positions === 'object' && positions !== null && !Array.isArray(positions) && Object.values(positions).every((at) => Number.isInteger(at) && (at as number) >= 0);
  return {
    rate: typeof rate === 'number' && (RATES as readonly number[]).includes(rate) ? rate : DEFAULT_LISTEN.rate,
    continueToNext: typeof continueToNext === 'boolean' ? continueToNext : DEFAULT_LISTEN.continueToNext,
    positions: positionsValid ? { ...(positions as Record<string, number>) } : DEFAULT_LISTEN.positions,
  };
}

export function encodeListen(prefs: ListenPrefs): string {
  return JSON.stringify({ version: 1, ...prefs });
}

/** Remembers where reading stopped in an article; `undefined` forgets it (the article was read to its end). */
export function withPosition(prefs: ListenPrefs, articleId: string, index: number | undefined): ListenPrefs {
  const { [articleId]: _old, ...others } = prefs.positions;
  const entries = Object.entries(others);
  if (index !== undefined) entries.push([articleId, index]);
  return { ...prefs, positions: Object.fromEntries(entries.slice(-POSITION_LIMIT)) };
}

// Private mode or a full quota: 朗读 still works, it forgets at the end of the visit.
const stored = storedValue(LISTEN_STORAGE_KEY, decodeListen, encodeListen, DEFAULT_LISTEN);

export function readListen(): ListenPrefs {
  return stored.getSnapshot();
}

export function writeListen(prefs: ListenPrefs): void {
  stored.update(() => prefs);
}
