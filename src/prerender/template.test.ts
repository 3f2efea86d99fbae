import { describe, expect, it } from 'vitest';
import { APP_LOADER_SCRIPT, contentSecurityPolicy, fillTemplate } from './template.ts';

const builtIndex = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <!--dubao-head-->
    <title>读报</title>
    <meta name="description" content="x" />
    <script type="module" crossorigin src="/assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-b.js">
    <link rel="stylesheet" crossorigin href="/assets/index-c.css">
  </head>
  <body>
    <div id="root"><!--dubao-html--></div>
    <!--dubao-state-->
  </body>
</html>`;

const fill = (preloads: string[] = [], startsAtOnce = false) =>
  fillTemplate(builtIndex, {
    startsAtOnce,
    html: '<main>本版</main>',
    title: '第1版',
    description: '本版：要闻',
    payload: '{}',
    preloads,
    csp: "default-src 'self'",
    bootScript: 'void 0',
    payloadElementId: 'dubao-state',
  });

describe('fillTemplate', () => {
  const loaded = (html: string) => /<script data-modules="([^"]*)"(?: data-at-once)?>/u.exec(html)?.[1]?.split(' ') ?? null;

  it('asks for the stylesheet in the head, once, and for no script before the page has painted', () => {
    const html = fill(['/assets/home-d.js']);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head.indexOf('<link rel="stylesheet"')).toBeGreaterThan(head.indexOf('<script>void 0</script>'));
    expect(html.match(/rel="stylesheet"/gu)).toHaveLength(1);
    expect(html).not.toMatch(/<script type="module"|rel="modulepreload"/u);
  });

  it('hands the loader the entry first, then its preloads and the route chunks, each once', () => {
    expect(loaded(fill(['/assets/home-d.js', '/assets/react-b.js']))).toEqual(['/assets/index-a.js', '/assets/react-b.js', '/assets/home-d.js']);
    const html = fill();
    expect(html.indexOf('<script data-modules=')).toBeGreaterThan(html.indexOf('id="dubao-state"'));
    expect(html).toContain(`${APP_LOADER_SCRIPT}</script>`);
  });

  it('marks a page whose app starts as it loads, and no other, with the same loader', () => {
    expect(fill([], true)).toMatch(/<script data-modules="[^"]*" data-at-once>/u);
    expect(fill()).not.toMatch(/<script data-modules="[^"]*" data-at-once>/u);
    expect(APP_LOADER_SCRIPT).toContain('hasAttribute("data-at-once")');
    expect(loaded(fill(['/assets/search-e.js'], true))).toEqual(['/assets/index-a.js', '/assets/react-b.js', '/assets/search-e.js']);
  });

  it('refuses a module URL with a space, which would split the loader\'s list', () => {
    expect(() => fill(['/assets/a b.js'])).toThrow(/space/u);
  });

  it('asks for the data a page reads at once with the HTML, after the stylesheet, as the app will fetch it', () => {
    const html = fillTemplate(builtIndex, {
      html: '',
      title: '搜索',
      description: '',
      payload: '{}',
      dataPreloads: ['/data/h/map.json', '/data/h/manifest.pack'],
      csp: '',
      bootScript: '',
      payloadElementId: 'x',
    });
    const head = html.slice(0, html.indexOf('</head>'));
    const preloads = [...head.matchAll(/<link rel="preload" href="([^"]+)" as="fetch" crossorigin>/gu)].map((match) => match[1]);
    expect(preloads).toEqual(['/data/h/map.json', '/data/h/manifest.pack']);
    expect(head.indexOf('rel="preload"')).toBeGreaterThan(head.indexOf('rel="stylesheet"'));
    expect(fill()).not.toContain('rel="preload"');
  });

  it('keeps the CSP first, and the prerendered title and markup', () => {
    const html = fill(['/assets/home-d.js']);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script>'));
    expect(html).toContain('<title>第1版</title>');
    expect(html).toContain('<div id="root"><main>本版</main></div>');
  });

  it('fails on a template without the entry script', () => {
    expect(() => fillTemplate(builtIndex.replace(/<script type="module"[^>]*><\/script>/u, ''), { html: '', title: '', description: '', payload: '{}', csp: '', bootScript: '', payloadElementId: 'x' })).toThrow(/module script/u);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows the site itself and each inline script by its hash, nothing inline else', () => {
    const csp = contentSecurityPolicy(['AAA=', 'BBB=']);
    expect(csp).toContain("script-src 'self' 'sha256-AAA=' 'sha256-BBB='");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/u);
  });
});
