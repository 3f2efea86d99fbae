import { createContext, useContext, useEffect } from 'react';
import { applyHeadTags, emptyHeadTags, type HeadTags } from './head-tags.ts';

export const SITE_NAME = '读报';

/** Collects the title, description and head tags while a route is prerendered, so the build can write them into `<head>`. */
export interface MetaSink {
  title: string;
  description: string;
  head?: HeadTags;
}
export const MetaSinkContext = createContext<MetaSink | null>(null);

const DESCRIPTION_LENGTH = 120;

/** The description's text: whitespace folded, at most 120 characters. */
export function clip(text: string): string {
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

/** Sets the route's canonical link, feed links, preview/citation meta tags and JSON-LD (see head-tags.ts). */
export function useHeadTags(tags: HeadTags = emptyHeadTags()): void {
  const sink = useContext(MetaSinkContext);
  if (sink) sink.head = tags;
  const key = JSON.stringify(tags);
  useEffect(() => {
    applyHeadTags(document, JSON.parse(key) as HeadTags);
  }, [key]);
}
