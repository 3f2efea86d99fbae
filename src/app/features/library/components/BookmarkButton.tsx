import { isBookmarked, toggleBookmark, type LibraryEntry } from '../lib/library-codec.ts';
import { useLibrary } from '../lib/use-library.ts';

/** 收藏 / 已收藏: a toggle button, so its state is announced as pressed or not. */
export function BookmarkButton({ entry }: { entry: Omit<LibraryEntry, 'at'> }) {
  const [library, update] = useLibrary();
  const saved = isBookmarked(library, entry.articleId);
  return (
    <button
      type="button"
      className="btn aria-pressed:border-accent aria-pressed:text-accent"
      aria-pressed={saved}
      onClick={() => toggleBookmarkOf(entry, update)}
    >
      <span aria-hidden="true">{saved ? '★' : '☆'}</span>
      {saved ? '已收藏' : '收藏'}
    </button>
  );
}

/** The `s` key's action, outside a button. */
export function toggleBookmarkOf(entry: Omit<LibraryEntry, 'at'>, update: ReturnType<typeof useLibrary>[1]): void {
  update((current) => toggleBookmark(current, { ...entry, at: new Date().toISOString() }));
}
