import { describe, expect, it } from 'vitest';
import { appLoaderScript, contentSecurityPolicy, fillTemplate, loaderFileName } from './template.ts';

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

const loaderScript = appLoaderScript('/assets/');
const loader = { assetsUrl: '/assets/', script: loaderScript, src: `/${loaderFileName(loaderScript, 'assets')}` };

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
    loader,
  });

describe('fillTemplate', () => {
  const loaded = (html: string) => /<script (?:async src="[^"]*" )?data-modules="([^"]*)"(?: data-at-once)?>/u.exec(html)?.[1]?.split(' ') ?? null;

  it('asks for the stylesheet in the head, once, and for no script before the page has painted', () => {
    const html = fill(['/assets/home-d.js']);
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head.indexOf('<link rel="stylesheet"')).toBeGreaterThan(head.indexOf('<script>void 0</script>'));
    expect(html.match(/rel="stylesheet"/gu)).toHaveLength(1);
    expect(html).not.toMatch(/<script type="module"|rel="modulepreload"/u);
  });

  it('hands the loader the entry first, then its preloads and the route chunks, each once, by their names under assets/', () => {
    expect(loaded(fill(['/assets/home-d.js', '/assets/react-b.js']))).toEqual(['index-a', 'react-b', 'home-d']);
    const html = fill();
    expect(html.indexOf('data-modules=')).toBeGreaterThan(html.indexOf('id="dubao-state"'));
  });

  it('names the loader\'s file on a page that starts after its paint, and has it inline on one that starts at once', () => {
    expect(loader.src).toMatch(/^\/assets\/load-[\w-]{10}\.js$/u);
    expect(fill()).toContain(`<script async src="${loader.src}" data-modules="index-a react-b"></script>`);
    expect(fill()).not.toContain(loaderScript);
    expect(fill([], true)).toContain(`<script data-modules="index-a react-b" data-at-once>${loaderScript}</script>`);
    expect(fill([], true)).not.toContain(loader.src);
    expect(loaderScript).toContain('hasAttribute("data-at-once")');
    expect(loaded(fill(['/assets/search-e.js'], true))).toEqual(['index-a', 'react-b', 'search-e']);
  });

  it('names its file by its content', () => {
    expect(loaderFileName(appLoaderScript('/dubao/assets/'), 'assets')).not.toBe(loaderFileName(loaderScript, 'assets'));
    expect(loaderFileName(loaderScript, 'assets')).toBe(loaderFileName(appLoaderScript('/assets/'), 'assets'));
  });

  it('starts the entry and preloads the others from their names (run against a stand-in document)', () => {
    const added: Record<string, string>[] = [];
    const element = (attributes: Record<string, string> = {}) => ({
      attributes,
      setAttribute(key: string, value: string) {
        this.attributes[key] = value;
      },
      hasAttribute(key: string) {
        return key in this.attributes;
      },
    });
    const script = Object.assign(element({ 'data-at-once': '' }), { dataset: { modules: 'index-a react-b home-d' } });
    const document = {
      currentScript: script,
      visibilityState: 'visible',
      head: { appendChild: (child: { attributes: Record<string, string> }) => added.push(child.attributes) },
      createElement: () => element({}),
      dispatchEvent: () => true,
    };
    new Function('document', 'Event', loaderScript)(document, class {});
    expect(added).toEqual([
      { type: 'module', crossorigin: '', src: '/assets/index-a.js' },
      { rel: 'modulepreload', crossorigin: '', href: '/assets/react-b.js' },
      { rel: 'modulepreload', crossorigin: '', href: '/assets/home-d.js' },
    ]);
    expect(script.hasAttribute('data-preloaded')).toBe(true);
  });

  it('refuses a module outside the assets folder, or not a script', () => {
    expect(() => fill(['/elsewhere/x.js'])).toThrow(/outside/u);
    expect(() => fill(['/assets/x.css'])).toThrow(/outside/u);
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
      loader,
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
    expect(() => fillTemplate(builtIndex.replace(/<script type="module"[^>]*><\/script>/u, ''), { html: '', title: '', description: '', payload: '{}', csp: '', bootScript: '', payloadElementId: 'x', loader })).toThrow(/module script/u);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows the site itself and each inline script by its hash, nothing inline else', () => {
    const csp = contentSecurityPolicy(['AAA=', 'BBB=']);
    expect(csp).toContain("script-src 'self' 'sha256-AAA=' 'sha256-BBB='");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/u);
  });
});
