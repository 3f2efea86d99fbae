import { useState } from 'react';
import type { EditionChunk } from '../../../../contract/bundle.ts';
import { serviceWorkerReady } from '../../../lib/register-service-worker.ts';
import { useHydrated } from '../../../lib/use-hydrated.tsx';
import type { SaveProgress } from '../lib/save-edition.ts';

/** Whether this browser can keep pages for offline reading (a secure context with a service worker). */
const canSaveOffline = (): boolean => typeof caches !== 'undefined' && 'serviceWorker' in navigator;

type State = { kind: 'idle' } | { kind: 'saving'; progress: SaveProgress } | { kind: 'saved'; articles: number; failed: number } | { kind: 'error' };

/** 离线阅读本期: keeps every page and article of this edition in the browser, to read without a network. */
export function SaveEdition({ edition }: { edition: Pick<EditionChunk, 'edition' | 'pages'> }) {
  const hydrated = useHydrated();
  const [state, setState] = useState<State>({ kind: 'idle' });
  // The prerendered page cannot save anything, and a browser without service workers could not read it back.
  if (!hydrated || !canSaveOffline()) return null;

  const save = async () => {
    setState({ kind: 'saving', progress: { done: 0, total: 0 } });
    try {
      // The saving code loads when a reader asks to save, not with every page.
      const [{ editionFiles }, { saveEdition }] = await Promise.all([import('../lib/edition-files.ts'), import('../lib/save-edition.ts')]);
      const files = editionFiles(edition);
      // Kept files are read back only through the service worker: without one, saving would promise too much.
      if (!(await serviceWorkerReady(15_000))) throw new Error('no service worker');
      const { failed } = await saveEdition(files, (progress) => setState({ kind: 'saving', progress }));
      setState({ kind: 'saved', articles: files.articleCount, failed });
    } catch {
      setState({ kind: 'error' });
    }
  };

  const saving = state.kind === 'saving';
  return (
    <div className="grid gap-2 print:hidden">
      <p>
        <button type="button" className="btn" onClick={() => void save()} disabled={saving} aria-describedby="save-edition-status">
          离线阅读本期
        </button>
      </p>
      {saving && state.progress.total > 0 && (
        <progress className="w-full" max={state.progress.total} value={state.progress.done} aria-label="保存进度">
          {state.progress.done}/{state.progress.total}
        </progress>
      )}
      <p id="save-edition-status" role="status" className="text-sm text-muted">
        {state.kind === 'saving'
          ? `正在保存本期… ${state.progress.done}/${state.progress.total}`
          : state.kind === 'saved'
            ? state.failed === 0
              ? `已保存 ${state.articles} 篇，断网后也能阅读本期各版。`
              : `已保存 ${state.articles} 篇，其中 ${state.failed} 个文件未能保存，相应页面离线时打不开。`
            : state.kind === 'error'
              ? '保存失败，请稍后重试。'
              : ''}
      </p>
    </div>
  );
}
