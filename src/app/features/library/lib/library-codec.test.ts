import { describe, expect, it } from 'vitest';
import {
  decodeLibrary,
  EMPTY_LIBRARY,
  encodeLibrary,
  exportLibrary,
  HISTORY_LIMIT,
  isBookmarked,
  LIBRARY_FORMAT,
  mergeLibraries,
  parseImport,
  recordRead,
  toggleBookmark,
  type LibraryEntry,
} from './library-codec.ts';

const entry = (articleId: string, at: string, title = `标题${articleId}`): LibraryEntry => ({ articleId, title, at });

describe('decodeLibrary', () => {
  it('round-trips what encodeLibrary wrote', () => {
    const library = { bookmarks: [entry('a', '2026-01-02T03:04:05.000Z')], history: [entry('b', '2026-01-03T00:00:00.000Z', '县里修路')] };
    expect(decodeLibrary(encodeLibrary(library))).toEqual(library);
  });

  it('ignores corrupt, foreign and other-version data', () => {
    for (const raw of [null, '', '{', 'null', '[]', '42', JSON.stringify({ version: 2, bookmarks: [], history: [] }), JSON.stringify({ version: 1, bookmarks: 'x' })]) {
      expect(decodeLibrary(raw)).toEqual(EMPTY_LIBRARY);
    }
  });

  it('drops bad entries one by one and keeps the rest', () => {
    const raw = JSON.stringify({ version: 1, bookmarks: [entry('a', '2026-01-01T00:00:00Z'), { articleId: 'b' }, entry('c', 'not a date'), 7], history: [] });
    expect(decodeLibrary(raw).bookmarks.map((bookmark) => bookmark.articleId)).toEqual(['a']);
  });
});

describe('bookmarks and history', () => {
  it('toggles a bookmark', () => {
    const once = toggleBookmark(EMPTY_LIBRARY, entry('a', '2026-01-01T00:00:00Z'));
    expect(isBookmarked(once, 'a')).toBe(true);
    expect(isBookmarked(toggleBookmark(once, entry('a', '2026-01-02T00:00:00Z')), 'a')).toBe(false);
  });

  it('keeps one history entry per article, newest first, and caps the history', () => {
    let library = recordRead(EMPTY_LIBRARY, entry('a', '2026-01-01T00:00:00Z'));
    library = recordRead(library, entry('b', '2026-01-02T00:00:00Z'));
    library = recordRead(library, entry('a', '2026-01-03T00:00:00Z'));
    expect(library.history.map((read) => [read.articleId, read.at])).toEqual([
      ['a', '2026-01-03T00:00:00Z'],
      ['b', '2026-01-02T00:00:00Z'],
    ]);
    for (let index = 0; index < HISTORY_LIMIT + 10; index++) library = recordRead(library, entry(`x${index}`, new Date(Date.UTC(2026, 1, 1, 0, 0, index)).toISOString()));
    expect(library.history).toHaveLength(HISTORY_LIMIT);
    expect(library.history[0]?.articleId).toBe(`x${HISTORY_LIMIT + 9}`);
  });
});

describe('export and import', () => {
  const library = { bookmarks: [entry('a', '2026-01-01T00:00:00.000Z')], history: [entry('b', '2026-01-02T00:00:00.000Z')] };

  it('imports what it exported', () => {
    const result = parseImport(exportLibrary(library, new Date('2026-02-01T00:00:00Z')));
    expect(result).toEqual({ ok: true, library, skipped: 0 });
  });

  it('says clearly why a file cannot be imported', () => {
    const error = (text: string) => {
      const result = parseImport(text);
      return result.ok ? undefined : result.error;
    };
    expect(error('not json')).toMatch(/不是有效的 JSON/u);
    expect(error(JSON.stringify({ bookmarks: [] }))).toMatch(/不是读报导出/u);
    expect(error(JSON.stringify({ format: LIBRARY_FORMAT, version: 9, bookmarks: [], history: [] }))).toMatch(/版本不受支持/u);
    expect(error(JSON.stringify({ format: LIBRARY_FORMAT, version: 1, bookmarks: [] }))).toMatch(/不完整/u);
  });

  it('counts the entries it had to skip', () => {
    const text = JSON.stringify({ format: LIBRARY_FORMAT, version: 1, bookmarks: [entry('a', '2026-01-01T00:00:00Z'), { title: 'no id' }], history: [] });
    expect(parseImport(text)).toMatchObject({ ok: true, skipped: 1 });
  });

  it('merges an import into what is here, each article at its newest date', () => {
    const here = { bookmarks: [entry('a', '2026-03-01T00:00:00Z')], history: [entry('c', '2026-01-05T00:00:00Z')] };
    const merged = mergeLibraries(here, library);
    expect(merged.bookmarks.map((bookmark) => [bookmark.articleId, bookmark.at])).toEqual([['a', '2026-03-01T00:00:00Z']]);
    expect(merged.history.map((read) => read.articleId)).toEqual(['c', 'b']);
  });
});
