import { Link } from 'react-router';
import { paths } from '../paths.ts';
import { useDocumentMeta, useHeadTags } from '../lib/document-meta.ts';

/** Unknown paths and unknown ids: a real page, never a blank screen. */
export function NotFound() {
  useDocumentMeta({ title: '页面未找到', description: '没有找到这个页面：链接可能有误，或这篇稿件已不在本站。' });
  // No canonical, feeds or JSON-LD here: take out the previous route's.
  useHeadTags();
  return (
    <div className="mx-auto max-w-xl py-12 text-center">
      {/* Shown instead of the message while the app renders a route the build left to the browser (browser-rendered.ts). */}
      <p className="text-muted" data-opening>
        正在打开…
      </p>
      <div data-not-found>
      <p className="mb-2 font-serif text-5xl font-bold text-accent" aria-hidden="true">
        404
      </p>
      <h1 className="headline mb-3 text-2xl">页面未找到</h1>
      <p className="mb-6 text-muted">没有找到这个页面：链接可能有误，或这篇稿件已不在本站。</p>
      <div className="flex flex-wrap justify-center gap-3">
        <Link className="btn" to={paths.home.href()}>
          回到首页
        </Link>
        <Link className="btn" to={paths.search.href()}>
          搜索稿件
        </Link>
      </div>
      </div>
    </div>
  );
}
