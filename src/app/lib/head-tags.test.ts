import { describe, expect, it } from 'vitest';
import { headHtml, jsonLdText } from './head-tags.ts';

describe('jsonLdText', () => {
  it('cannot close its script element or open a comment, and parses back to the same value', () => {
    const value = { headline: '标题</script><script>alert(1)</script><!-- & \u2028' };
    const text = jsonLdText(value);
    expect(text).not.toMatch(/[<>&\u2028]/u);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('headHtml', () => {
  it('writes canonical, feeds, meta tags and JSON-LD, escaping attributes, each marked for the next route', () => {
    const html = headHtml({
      canonical: 'https://news.example/article/x',
      alternates: [{ type: 'application/rss+xml', title: '要闻 "RSS"', href: 'https://news.example/feeds/a.rss.xml' }],
      meta: [{ attribute: 'property', key: 'og:title', content: '<b>标题</b> & "引号"' }],
      jsonLd: [{ '@type': 'NewsArticle', headline: '</script>' }],
    });
    expect(html.split('\n    ')).toEqual([
      '<link rel="canonical" href="https://news.example/article/x" data-h>',
      '<link rel="alternate" type="application/rss+xml" title="要闻 &quot;RSS&quot;" href="https://news.example/feeds/a.rss.xml" data-h>',
      '<meta property="og:title" content="&lt;b&gt;标题&lt;/b&gt; &amp; &quot;引号&quot;" data-h>',
      '<script type="application/ld+json" data-h>{"@type":"NewsArticle","headline":"\\u003c/script\\u003e"}</script>',
    ]);
  });
});
