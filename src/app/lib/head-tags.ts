/**
 * What a route adds to `<head>` for machines: the canonical URL, feeds, OpenGraph/Twitter/citation
 * meta tags and JSON-LD. The prerender writes it as HTML ({@link headHtml}); on client navigation
 * {@link applyHeadTags} replaces the previous route's tags, so the two never disagree.
 */
export interface HeadTags {
  /** Absolute URL; only when the site has one. */
  canonical?: string;
  /** `<link rel="alternate">`: feeds of what the page shows. */
  alternates: { type: 'application/rss+xml' | 'application/atom+xml'; title: string; href: string }[];
  /**
   * `<meta property=…>` (OpenGraph, `article:*`), `<meta name=…>` (Twitter, citation_*) or
   * `<meta http-equiv=…>` (a `refresh` that leads on without JavaScript), in order; a key may repeat.
   */
  meta: { attribute: 'property' | 'name' | 'http-equiv'; key: string; content: string }[];
  /** JSON-LD documents, each written as one `<script type="application/ld+json">`. */
  jsonLd: object[];
}

export const emptyHeadTags = (): HeadTags => ({ alternates: [], meta: [], jsonLd: [] });

/** Marks the tags a route added, so the next route can take them out. */
export const HEAD_TAG_ATTRIBUTE = 'data-h';

const escapeAttribute = (text: string) => text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * JSON that cannot end its `<script>` element or open a comment: `<`, `>` and `&` become JSON
 * escapes (`</script>` in a headline stays text), and so do U+2028/U+2029. Parsed, it is the same value.
 */
export function jsonLdText(value: object): string {
  return JSON.stringify(value)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/&/gu, '\\u0026')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}

/** The tags as HTML for the prerendered `<head>`. */
export function headHtml(tags: HeadTags): string {
  const mark = HEAD_TAG_ATTRIBUTE;
  const lines: string[] = [];
  if (tags.canonical) lines.push(`<link rel="canonical" href="${escapeAttribute(tags.canonical)}" ${mark}>`);
  for (const feed of tags.alternates) {
    lines.push(`<link rel="alternate" type="${feed.type}" title="${escapeAttribute(feed.title)}" href="${escapeAttribute(feed.href)}" ${mark}>`);
  }
  for (const { attribute, key, content } of tags.meta) lines.push(`<meta ${attribute}="${escapeAttribute(key)}" content="${escapeAttribute(content)}" ${mark}>`);
  for (const document of tags.jsonLd) lines.push(`<script type="application/ld+json" ${mark}>${jsonLdText(document)}</script>`);
  return lines.join('\n    ');
}

/** Replaces the previous route's tags in the live document (client navigation). */
export function applyHeadTags(document: Document, tags: HeadTags): void {
  for (const element of document.head.querySelectorAll(`[${HEAD_TAG_ATTRIBUTE}]`)) element.remove();
  const add = (element: HTMLElement) => {
    element.setAttribute(HEAD_TAG_ATTRIBUTE, '');
    document.head.append(element);
  };
  if (tags.canonical) {
    const link = document.createElement('link');
    link.rel = 'canonical';
    link.href = tags.canonical;
    add(link);
  }
  for (const feed of tags.alternates) {
    const link = document.createElement('link');
    link.rel = 'alternate';
    link.type = feed.type;
    link.title = feed.title;
    link.href = feed.href;
    add(link);
  }
  for (const { attribute, key, content } of tags.meta) {
    const meta = document.createElement('meta');
    meta.setAttribute(attribute, key);
    meta.content = content;
    add(meta);
  }
  for (const value of tags.jsonLd) {
    // A data block, never run: the CSP's script-src does not apply to it.
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = JSON.stringify(value);
    add(script);
  }
}
