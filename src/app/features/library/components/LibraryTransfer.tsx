import { useId, useRef, useState } from 'react';
import { exportLibrary, mergeLibraries, parseImport } from '../lib/library-codec.ts';
import { downloadText } from '../lib/download.ts';
import { useLibrary } from '../lib/use-library.ts';

type Outcome = { kind: 'done' | 'error'; text: string } | undefined;

/** 导出 writes bookmarks and history to a JSON file; 导入 reads one back and merges it with what is here. */
export function LibraryTransfer() {
  const [library, update] = useLibrary();
  const [outcome, setOutcome] = useState<Outcome>();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const result = parseImport(await file.text());
    if (input.current) input.current.value = '';
    if (!result.ok) {
      setOutcome({ kind: 'error', text: result.error });
      return;
    }
    update((current) => mergeLibraries(current, result.library));
    const skipped = result.skipped > 0 ? `；${result.skipped} 条内容无效，已跳过` : '';
    setOutcome({ kind: 'done', text: `已导入 ${result.library.bookmarks.length} 条收藏、${result.library.history.length} 条阅读记录${skipped}。` });
  };

  return (
    <section aria-labelledby="library-transfer" className="grid gap-3">
      <h2 id="library-transfer" className="font-serif text-xl font-bold">
        导出与导入
      </h2>
      <p className="text-[0.9375rem] text-muted">收藏和阅读历史只保存在本浏览器中。导出为 JSON 文件，可在另一台设备上导入；导入的内容与现有内容合并。</p>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className="btn" onClick={() => downloadText(exportLibrary(library, new Date()), 'dubao-收藏与历史.json')}>
          导出为文件
        </button>
        <label htmlFor={inputId} className="btn cursor-pointer focus-within:outline-3 focus-within:outline-[var(--focus)]">
          从文件导入
          <input id={inputId} ref={input} type="file" accept="application/json,.json" className="sr-only" onChange={(event) => void onFile(event.target.files?.[0])} />
        </label>
      </div>
      <p role={outcome?.kind === 'error' ? 'alert' : 'status'} className={outcome?.kind === 'error' ? 'text-accent' : 'text-muted'}>
        {outcome?.text}
      </p>
    </section>
  );
}
