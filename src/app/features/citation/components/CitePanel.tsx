import { useEffect, useId, useState } from 'react';
import { bibtex } from '../lib/bibtex.ts';
import type { Citation } from '../lib/citation.ts';
import { downloadText } from '../lib/download.ts';
import { gbt7714 } from '../lib/gbt7714.ts';
import { ris } from '../lib/ris.ts';

type Status = '' | 'copied' | 'failed' | 'bibtex' | 'ris';
const STATUS_TEXT: Record<Status, string> = {
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
export function CitePanel({ makeCitation }: { makeCitation: () => Citation }) {
  const [citation, setCitation] = useState<Citation | null>(null);
  const [status, setStatus] = useState<Status>('');
  const panelId = useId();

  useEffect(() => {
    if (!status) return;
    const timer = window.setTimeout(() => setStatus(''), 2500);
    return () => window.clearTimeout(timer);
  }, [status]);

  const reference = citation ? gbt7714(citation) : '';
  const copy = async () => {
    if (!citation) return;
    try {
      await navigator.clipboard.writeText(`${reference} ${citation.url}`);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  const fileName = citation ? citation.id : 'citation';

  return (
    <div className="grid w-full gap-2">
      <div>
        <button
          type="button"
          className="btn"
          aria-expanded={citation !== null}
          aria-controls={panelId}
          onClick={() => setCitation(citation ? null : makeCitation())}
        >
          引用
        </button>
      </div>
      <section
        id={panelId}
        hidden={citation === null}
        aria-label="引用本文"
        className="grid gap-2 rounded-md border border-rule p-3 text-[0.9375rem]"
        onKeyDown={(event) => {
          if (event.key === 'Escape') setCitation(null);
        }}
      >
        {citation && (
          <>
            <p className="text-sm text-muted">GB/T 7714 格式</p>
            <p className="select-all break-all font-serif" data-citation="gbt7714">
              {reference}
            </p>
            <p className="text-sm break-all">
              永久链接：<a href={citation.url}>{citation.url}</a>
            </p>
            <div className="flex flex-wrap items-center gap-2">
              <button type="button" className="btn" onClick={() => void copy()}>
                复制引用
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => {
                  downloadText(bibtex(citation), `${fileName}.bib`, 'application/x-bibtex;charset=utf-8');
                  setStatus('bibtex');
                }}
              >
                下载 BibTeX
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => {
                  downloadText(ris(citation), `${fileName}.ris`, 'application/x-research-info-systems;charset=utf-8');
                  setStatus('ris');
                }}
              >
                下载 RIS
              </button>
            </div>
          </>
        )}
      </section>
      <span role="status" className="text-sm text-muted">
        {STATUS_TEXT[status]}
      </span>
    </div>
  );
}
