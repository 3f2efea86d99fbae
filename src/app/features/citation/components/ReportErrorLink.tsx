import { useRef } from 'react';
import { reportMailto } from '../lib/report-mailto.ts';

/**
 * 报告错误: a mail to the editors with the article's title, permalink and the text the reader
 * selected. The link is brought up to date just before it is followed (pointer down, focus, Enter),
 * since following it may clear the selection.
 */
export function ReportErrorLink(props: { editors: string; title: string; initialUrl: string; currentUrl: () => string; articleElementId: string }) {
  const link = useRef<HTMLAnchorElement>(null);
  const refresh = () => {
    const selection = window.getSelection();
    const article = document.getElementById(props.articleElementId);
    // Only text from this article: a selection elsewhere on the page is not what the reader reports.
    const inArticle = !!selection && selection.rangeCount > 0 && !!article && article.contains(selection.getRangeAt(0).commonAncestorContainer);
    const text = inArticle ? selection.toString() : '';
    if (link.current) link.current.href = reportMailto({ editors: props.editors, title: props.title, url: props.currentUrl(), selection: text });
  };
  return (
    <a
      ref={link}
      className="btn"
      href={reportMailto({ editors: props.editors, title: props.title, url: props.initialUrl })}
      onPointerDown={refresh}
      onFocus={refresh}
      onKeyDown={(event) => {
        if (event.key === 'Enter') refresh();
      }}
    >
      报告错误
    </a>
  );
}
