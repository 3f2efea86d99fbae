import { EntryList } from '../features/library/components/EntryList.tsx';
import { LibraryTransfer } from '../features/library/components/LibraryTransfer.tsx';
import { toggleBookmark } from '../features/library/lib/library-codec.ts';
import { useLibrary } from '../features/library/lib/use-library.ts';
import { useDocumentMeta } from '../lib/document-meta.ts';
import { useHydrated } from '../lib/use-hydrated.tsx';

/**
 * 我的: bookmarks and reading history. They live in this browser only, so the prerendered page is a
 * shell; after hydration it shows what this browser keeps.
 */
export function MineRoute() {
  const [library, update] = useLibrary();
  const hydrated = useHydrated();
  useDocumentMeta({ title: '我的收藏与阅读历史', description: '在本浏览器中收藏的文章和阅读历史。' });
  return (
    <div className="mx-auto grid max-w-3xl gap-10">
      <h1 className="headline text-3xl">我的</h1>
      {!hydrated && <p className="text-muted">收藏和阅读历史保存在本浏览器中，需要启用 JavaScript 才能查看。</p>}
      <section aria-labelledby="bookmarks" className="grid gap-3">
        <h2 id="bookmarks" className="font-serif text-xl font-bold">
          收藏 <span className="text-base font-normal text-muted">（{library.bookmarks.length}）</span>
        </h2>
        <EntryList
          entries={library.bookmarks}
          verb="收藏"
          label="收藏的文章"
          emptyText="还没有收藏。在文章页点“收藏”或按 s 键即可收藏。"
          onRemove={(entry) => update((current) => toggleBookmark(current, entry))}
        />
      </section>
      <section aria-labelledby="history" className="grid gap-3">
        <div className="flex flex-wrap items-baseline gap-3">
          <h2 id="history" className="font-serif text-xl font-bold">
            阅读历史 <span className="text-base font-normal text-muted">（{library.history.length}）</span>
          </h2>
          {library.history.length > 0 && (
            <button type="button" className="ml-auto text-sm text-accent underline" onClick={() => update((current) => ({ ...current, history: [] }))}>
              清除阅读历史
            </button>
          )}
        </div>
        <EntryList entries={library.history} verb="阅读" label="读过的文章" emptyText="还没有阅读记录。" />
      </section>
      <LibraryTransfer />
    </div>
  );
}
