import { useQueryClient } from '../lib/query/index.ts';
import { useRevalidator } from 'react-router';
import { useDocumentMeta, useHeadTags } from '../lib/document-meta.ts';
import { BundleLoadError } from '../lib/bundle-source.ts';
import { OFFLINE_NOTICE } from '../../offline/notice.ts';

/** The bundle could not be fetched or did not match the contract: say so and offer to try again. */
export function ErrorState({ error }: { error: unknown }) {
  const queryClient = useQueryClient();
  const revalidator = useRevalidator();
  useDocumentMeta({ title: '加载失败' });
  // No canonical, feeds or JSON-LD here: take out the previous route's.
  useHeadTags();
  const detail = error instanceof BundleLoadError ? `${error.message}（${error.path}）` : error instanceof Error ? error.message : undefined;
  const retry = () => {
    // Drop the failed queries, so the loaders fetch them again instead of rethrowing the cached error.
    queryClient.resetFailed();
    void revalidator.revalidate();
  };
  // Offline, a file that fails is one 离线阅读本期 did not keep: say that, not that it may be damaged.
  // A fetch with no answer says so too: a document the service worker served offline may report
  // navigator.onLine as true (Chromium does, after such a navigation).
  const offline = (typeof navigator !== 'undefined' && !navigator.onLine) || (error instanceof BundleLoadError && error.network);
  return (
    <div role="alert" className="mx-auto max-w-xl py-12 text-center">
      <h1 className="headline mb-3 text-2xl">{offline ? OFFLINE_NOTICE : '内容加载失败'}</h1>
      <p className="mb-2 text-muted">
        {offline ? '这一页没有保存到本机，连上网络后重试；在版面上点“离线阅读本期”可保存整期。' : '暂时无法读取这一版的内容，可能是网络中断或数据文件已损坏。'}
      </p>
      {detail && <p className="mb-6 text-sm text-muted">{detail}</p>}
      <button type="button" className="btn" onClick={retry} disabled={revalidator.state === 'loading'}>
        {revalidator.state === 'loading' ? '正在重试…' : '重试'}
      </button>
    </div>
  );
}
