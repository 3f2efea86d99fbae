import { z } from 'zod';
import { RATES } from './speech-queue.ts';

export const LISTEN_STORAGE_KEY = 'dubao:listen';
/** Only the newest stopping places are kept, so storage stays small. */
export const POSITION_LIMIT = 200;

const storedSchema = z.object({
  version: z.literal(1),
  rate: z.number().refine((rate) => (RATES as readonly number[]).includes(rate)).catch(1),
  /** Go on with the next article of the 版 at the end of one. */
  continueToNext: z.boolean().catch(false),
  /** Article id -> the text (0 the headline, then the body's blocks) where the reader stopped, newest last. */
  positions: z.record(z.string(), z.number().int().nonnegative()).catch({}),
});
export type ListenPrefs = Omit<z.infer<typeof storedSchema>, 'version'>;

export const DEFAULT_LISTEN: ListenPrefs = { rate: 1, continueToNext: false, positions: {} };

/** Corrupt or foreign data reads as the defaults. */
export function decodeListen(raw: string | null): ListenPrefs {
  if (!raw) return DEFAULT_LISTEN;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return DEFAULT_LISTEN;
    const { version: _version, ...prefs } = parsed.data;
    return prefs;
  } catch {
    return DEFAULT_LISTEN;
  }
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

export function readListen(): ListenPrefs {
  try {
    return decodeListen(window.localStorage.getItem(LISTEN_STORAGE_KEY));
  } catch {
    return DEFAULT_LISTEN;
  }
}

export function writeListen(prefs: ListenPrefs): void {
  try {
    window.localStorage.setItem(LISTEN_STORAGE_KEY, encodeListen(prefs));
  } catch {
    // Private mode or a full quota: 朗读 still works, it just forgets.
  }
}
