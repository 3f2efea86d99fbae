import { Link, Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { KeyboardHelp } from '../features/reading-keys/components/KeyboardHelp.tsx';
import { ReaderSettingsPanel } from '../features/reader-settings/components/ReaderSettingsPanel.tsx';
import { SearchBox } from '../features/search/components/SearchBox.tsx';
import { ScriptProvider } from '../features/script/components/ScriptProvider.tsx';
import { DeferredHydration } from '../lib/deferred-hydration.tsx';
import { SITE_NAME } from '../lib/document-meta.ts';
import { paths } from '../paths.ts';

/** Every route's frame: header with search and reader settings, the route in `<main>`, a footer; article text in the reader's 字形. */
export function Layout({ children }: { children?: React.ReactNode }) {
  const navigation = useNavigation();
  return (
    <ScriptProvider>
      <div className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only z-50 rounded bg-ink px-3 py-2 text-paper focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          跳到正文
        </a>
        {navigation.state === 'loading' && <div className="progress" role="progressbar" aria-label="正在加载" />}
        <header className="border-b border-rule bg-paper print:hidden">
          {/* relative: the search suggestions open below the whole header row, full width on a phone. */}
          <DeferredHydration>
            <div className="relative mx-auto flex max-w-6xl items-center gap-2 px-3 py-2 sm:gap-3 sm:px-4">
              <Link to={paths.home.href()} className="shrink-0 font-serif text-2xl font-black tracking-widest text-accent no-underline">
                {SITE_NAME}
                <span className="sr-only"> 首页</span>
              </Link>
              <SearchBox className="ml-auto" />
              <Link to={paths.mine.href()} className="btn shrink-0">
                我的
              </Link>
              <ReaderSettingsPanel />
            </div>
          </DeferredHydration>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none sm:py-8">
          {children ?? <Outlet />}
        </main>
        <footer className="border-t border-rule text-sm text-muted print:hidden">
          <DeferredHydration>
            <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-4">
              <span>{SITE_NAME} · 本地日报数字版 · 内容以报纸版面文本为准</span>
              <span className="ml-auto flex gap-4">
                <KeyboardHelp />
              </span>
            </div>
          </DeferredHydration>
        </footer>
        <ScrollRestoration />
      </div>
    </ScriptProvider>
  );
}
