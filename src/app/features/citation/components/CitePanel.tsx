import { lazy, Suspense, useEffect, useId, useState } from 'react';
import type { CitationSource } from '../lib/citation.ts';

// The formats (GB/T 7714, BibTeX, RIS) load when a reader opens 引用, not with every article.
const CitationBody = lazy(() => import('./CitationBody.tsx'));

export type CiteStatus = '' | 'copied' | 'failed' | 'bibtex' | 'ris';
const STATUS_TEXT: Record<CiteStatus, string> = {
  '': '',
  copied: '引用已复制',
  failed: '无法复制，请选中上面的文字复制',
  bibtex: '已下载 BibTeX 文件',
  ris: '已下载 RIS 文件',
};

/**
 * 引用: a GB/T 7714 reference with the permalink, to read and copy, and BibTeX and RIS files for
 * citation managers. The citation is made when the reader opens it (the permalink needs the
 * browser's location when the site has no URL configured).
 */
export function CitePanel({ source, currentUrl }: { source: CitationSource; currentUrl: () => string }) {
  // The permalink as it was when the reader opened the panel; null while closed.
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState<CiteStatus>('');
  const panelId = useId();

  useEffect(() => {
    if (!status) return;
    const timer = window.setTimeout(() => setStatus(''), 2500);
    return () => window.clearTimeout(timer);
  }, [status]);

  return (
    <div className="grid w-full gap-2">
      <div>
        <button type="button" className="btn" aria-expanded={url !== null} aria-controls={panelId} onClick={() => setUrl(url !== null ? null : currentUrl())}>
          引用
        </button>
      </div>
      <section
        id={panelId}
        hidden={url === null}
        aria-label="引用本文"
        className="grid gap-2 rounded-md border border-rule p-3 text-[0.9375rem]"
        onKeyDown={(event) => {
          if (event.key === 'Escape') setUrl(null);
        }}
      >
        {url !== null && (
          <Suspense fallback={<p className="text-sm text-muted">正在生成引用…</p>}>
            <CitationBody source={source} url={url} onStatus={setStatus} />
          </Suspense>
        )}
      </section>
      <span role="status" className="text-sm text-muted">
        {STATUS_TEXT[status]}
      </span>
    </div>
  );
}
