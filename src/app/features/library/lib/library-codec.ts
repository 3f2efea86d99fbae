import { z } from 'zod';

/**
 * 收藏 and reading history, as this browser keeps them (localStorage) and as 我的 exports them.
 * One codec for both, versioned: a stored value of another version or shape is ignored, never trusted.
 */
export const LIBRARY_VERSION = 1;
/** The `format` field of an exported file, so a stray JSON file is never read as one. */
export const LIBRARY_FORMAT = 'dubao-library';
/** The history keeps the newest reads; older ones drop off, so storage stays small after years. */
export const HISTORY_LIMIT = 500;

const isoDate = z.string().refine((text) => !Number.isNaN(Date.parse(text)), 'not a date');

export const libraryEntrySchema = z.object({
  /** The article's id, as in its permalink. */
  articleId: z.string().min(1).max(300),
  /** The title as the reader saw it, so the list reads without fetching every article. */
  title: z.string().max(500),
  /** The page it is on (`第1版 要闻`), when known. */
  pageLabel: z.string().max(200).optional(),
  /** When it was bookmarked or last read (ISO 8601). */
  at: isoDate,
});
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;

export interface Library {
  bookmarks: LibraryEntry[];
  history: LibraryEntry[];
}

export const EMPTY_LIBRARY: Library = { bookmarks: [], history: [] };

const storedSchema = z.object({
  version: z.literal(LIBRARY_VERSION),
  bookmarks: z.array(z.unknown()),
  history: z.array(z.unknown()),
});

const exportSchema = storedSchema.extend({ format: z.literal(LIBRARY_FORMAT) });

/** Entries that fail the schema are dropped one by one: one bad entry does not cost the others. */
function validEntries(values: readonly unknown[]): LibraryEntry[] {
  return values.flatMap((value) => {
    const parsed = libraryEntrySchema.safeParse(value);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Newest first, one entry per article (its newest), the history capped at {@link HISTORY_LIMIT}. */
function tidy(entries: readonly LibraryEntry[], limit = Number.POSITIVE_INFINITY): LibraryEntry[] {
  const newest = new Map<string, LibraryEntry>();
  for (const entry of entries) {
    const seen = newest.get(entry.articleId);
    if (!seen || Date.parse(entry.at) > Date.parse(seen.at)) newest.set(entry.articleId, entry);
  }
  return [...newest.values()].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, limit);
}

function normalize(library: Library): Library {
  return { bookmarks: tidy(library.bookmarks), history: tidy(library.history, HISTORY_LIMIT) };
}

/** What localStorage holds; anything unreadable (not JSON, another version, not the shape) is an empty library. */
export function decodeLibrary(raw: string | null): Library {
  if (!raw) return EMPTY_LIBRARY;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return EMPTY_LIBRARY;
    return normalize({ bookmarks: validEntries(parsed.data.bookmarks), history: validEntries(parsed.data.history) });
  } catch {
    return EMPTY_LIBRARY;
  }
}

export function encodeLibrary(library: Library): string {
  return JSON.stringify({ version: LIBRARY_VERSION, ...normalize(library) });
}

/** The file 我的 exports: the stored form with its format name and the export time. */
export function exportLibrary(library: Library, now: Date): string {
  return `${JSON.stringify({ format: LIBRARY_FORMAT, version: LIBRARY_VERSION, exportedAt: now.toISOString(), ...normalize(library) }, null, 2)}\n`;
}

export type ImportResult = { ok: true; library: Library; skipped: number } | { ok: false; error: string };

/** Reads an exported file; a file that is not one says why, in words for the reader. */
export function parseImport(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: '文件不是有效的 JSON，无法导入。' };
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== LIBRARY_FORMAT) {
    return { ok: false, error: '这不是读报导出的收藏与历史文件，无法导入。' };
  }
  if ((json as { version?: unknown }).version !== LIBRARY_VERSION) {
    return { ok: false, error: `文件版本不受支持（需要第 ${LIBRARY_VERSION} 版），无法导入。` };
  }
  const parsed = exportSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: '文件内容不完整：缺少收藏或历史列表，无法导入。' };
  const bookmarks = validEntries(parsed.data.bookmarks);
  const history = validEntries(parsed.data.history);
  const skipped = parsed.data.bookmarks.length + parsed.data.history.length - bookmarks.length - history.length;
  return { ok: true, library: { bookmarks, history }, skipped };
}

/** An import adds to what is here: every article of both, each at its newest date. */
export function mergeLibraries(here: Library, imported: Library): Library {
  return normalize({ bookmarks: [...here.bookmarks, ...imported.bookmarks], history: [...here.history, ...imported.history] });
}

export function isBookmarked(library: Library, articleId: string): boolean {
  return library.bookmarks.some((entry) => entry.articleId === articleId);
}

/** Bookmarks the article, or takes the bookmark away when it has one. */
export function toggleBookmark(library: Library, entry: LibraryEntry): Library {
  return isBookmarked(library, entry.articleId)
    ? { ...library, bookmarks: library.bookmarks.filter((bookmark) => bookmark.articleId !== entry.articleId) }
    : normalize({ ...library, bookmarks: [entry, ...library.bookmarks] });
}

/** Records a read: the article moves to the top of the history with the new date. */
export function recordRead(library: Library, entry: LibraryEntry): Library {
  return normalize({ ...library, history: [entry, ...library.history] });
}
