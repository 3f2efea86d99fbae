import { createContext, useContext, useEffect } from 'react';

export const SITE_NAME = '读报';

/** Collects the title and description while a route is prerendered, so the build can write them into `<head>`. */
export interface MetaSink {
  title: string;
  description: string;
}
export const MetaSinkContext = createContext<MetaSink | null>(null);

const DESCRIPTION_LENGTH = 120;

function clip(text: string): string {
  const chars = Array.from(text.replace(/\s+/gu, ' ').trim());
  return chars.length > DESCRIPTION_LENGTH ? `${chars.slice(0, DESCRIPTION_LENGTH).join('')}…` : chars.join('');
}

/** Sets the document title (`标题 - 读报`) and meta description of the current route. */
export function useDocumentMeta(meta: { title?: string; description?: string }): void {
  const title = meta.title ? `${meta.title} - ${SITE_NAME}` : SITE_NAME;
  const description = clip(meta.description ?? '读报：本地日报的数字版，按版面阅读每一篇报道。');
  const sink = useContext(MetaSinkContext);
  if (sink) {
    sink.title = title;
    sink.description = description;
  }
  useEffect(() => {
    document.title = title;
    let tag = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (!tag) {
      tag = document.createElement('meta');
      tag.name = 'description';
      document.head.append(tag);
    }
    tag.content = description;
  }, [title, description]);
}
