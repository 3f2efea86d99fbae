import { asRecord, parseStoredObject } from '../../../lib/stored-value.ts';

/**
 * 收藏 and reading history, as this browser keeps them (localStorage) and as 我的 exports them.
 * One codec for both, versioned: a stored value of another version or shape is ignored, never trusted.
 */
export const LIBRARY_VERSION = 1;
/** The `format` field of an exported file, so a stray JSON file is never read as one. */
export const LIBRARY_FORMAT = 'dubao-library';
/** The history keeps the newest reads; older ones drop off, so storage stays small after years. */
export const HISTORY_LIMIT = 500;

export interface LibraryEntry {
  /** The article's id, as in its permalink (1–300 characters). */
  articleId: string;
  /** The title as the reader saw it, so the list reads without fetching every article (at most 500 characters). */
  title: string;
  /** The page it is on (`第1版 要闻`), when known (at most 200 characters). */
  pageLabel?: string;
  /** When it was bookmarked or last read (ISO 8601). */
  at: string;
}

const isText = (value: unknown, min: number, max: number): value is string => typeof value === 'string' && value.length >= min && value.length <= max;

/**
 * One stored or imported entry, checked by hand rather than by a schema library: the library is
 * read on every first load (the 已读 marks), where a schema library would weigh more than the data.
 * Only the known fields are kept.
 */
function libraryEntryOf(value: unknown): LibraryEntry | undefined {
  const fields = asRecord(value);
  if (!fields) return undefined;
  const { articleId, title, pageLabel, at } = fields;
  if (!isText(articleId, 1, 300) || !isText(title, 0, 500) || !isText(at, 1, 100) || Number.isNaN(Date.parse(at))) return undefined;
  if (pageLabel !== undefined && !isText(pageLabel, 0, 200)) return undefined;
  return pageLabel === undefined ? { articleId, title, at } : { articleId, title, pageLabel, at };
}

export interface Library {
  bookmarks: LibraryEntry[];
  history: LibraryEntry[];
}

export const EMPTY_LIBRARY: Library = { bookmarks: [], history: [] };

/** The stored (and exported) form: this version, and both lists; their entries are checked one by one. */
function storedLists(value: unknown): { bookmarks: unknown[]; history: unknown[] } | undefined {
  const fields = asRecord(value);
  if (!fields) return undefined;
  const { version, bookmarks, history } = fields;
  return version === LIBRARY_VERSION && Array.isArray(bookmarks) && Array.isArray(history) ? { bookmarks, history } : undefined;
}

/** Entries that fail the schema are dropped one by one: one bad entry does not cost the others. */
function validEntries(values: readonly unknown[]): LibraryEntry[] {
  return values.flatMap((value) => {
    const entry = libraryEntryOf(value);
    return entry ? [entry] : [];
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
  const lists = storedLists(parseStoredObject(raw));
  if (!lists) return EMPTY_LIBRARY;
  return normalize({ bookmarks: validEntries(lists.bookmarks), history: validEntries(lists.history) });
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
  const fields = asRecord(json);
  if (fields?.format !== LIBRARY_FORMAT) {
    return { ok: false, error: '这不是读报导出的收藏与历史文件，无法导入。' };
  }
  if (fields.version !== LIBRARY_VERSION) {
    return { ok: false, error: `文件版本不受支持（需要第 ${LIBRARY_VERSION} 版），无法导入。` };
  }
  const lists = storedLists(json);
  if (!lists) return { ok: false, error: '文件内容不完整：缺少收藏或历史列表，无法导入。' };
  const bookmarks = validEntries(lists.bookmarks);
  const history = validEntries(lists.history);
  const skipped = lists.bookmarks.length + lists.history.length - bookmarks.length - history.length;
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
