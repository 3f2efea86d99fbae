import { bibtex } from '../lib/bibtex.ts';
import { citationOf, type Citation, type CitationSource } from '../lib/citation.ts';
import { downloadText } from '../lib/download.ts';
import { gbt7714 } from '../lib/gbt7714.ts';
import { ris } from '../lib/ris.ts';
import type { CiteStatus } from './CitePanel.tsx';

/** The reference managers' files, each a download button. */
const DOWNLOADS = [
  { status: 'bibtex', label: '下载 BibTeX', format: bibtex, extension: 'bib', type: 'application/x-bibtex;charset=utf-8' },
  { status: 'ris', label: '下载 RIS', format: ris, extension: 'ris', type: 'application/x-research-info-systems;charset=utf-8' },
] as const satisfies readonly { status: CiteStatus; label: string; format: (citation: Citation) => string; extension: string; type: string }[];

/** The opened 引用 panel: the reference and the files, loaded when a reader first opens it. */
export default function CitationBody({ source, url, onStatus }: { source: CitationSource; url: string; onStatus: (status: CiteStatus) => void }) {
  const citation = citationOf({ ...source, url });
  const reference = gbt7714(citation);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`${reference} ${citation.url}`);
      onStatus('copied');
    } catch {
      onStatus('failed');
    }
  };
  const fileName = citation.id;
  return (
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
        {DOWNLOADS.map((file) => (
          <button
            key={file.status}
            type="button"
            className="btn"
            onClick={() => {
              downloadText(file.format(citation), `${fileName}.${file.extension}`, file.type);
              onStatus(file.status);
            }}
          >
            {file.label}
          </button>
        ))}
      </div>
    </>
  );
}
