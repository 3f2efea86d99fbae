import { createHash } from 'node:crypto';
import type { RenderedRoute } from './ssr-contract.ts';

/** Only the site's own files; each inline script is allowed by its hash. Issue 6 asks for this on every page. */
export function contentSecurityPolicy(inlineScriptSha256s: readonly string[]): string {
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...inlineScriptSha256s.map((hash) => `'sha256-${hash}'`)].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * Starts the app after the prerendered page has painted. Its text is already readable, so the first
 * paint should wait for the HTML and the stylesheet only: scripts fetched and run meanwhile hold it
 * back (a slow phone spends a second parsing them). The browser reports the first contentful paint
 * once that frame is on screen; the app starts then. Without paint timing, it starts in the task after
 * the first frame (an animation frame's callback runs just before it); a hidden tab paints nothing and
 * starts at once, as does a page marked `data-at-once` (RenderedRoute.startsAtOnce), which also adds
 * its preloads at once, while the browser still has little else to do; and if no report has come half
 * a second after the first frame, it starts anyway.
 * The scripts are listed on the element (the entry first, separated by spaces, each a name under
 * `assetsUrl` without its `.js`), so the code is the same on every page: a file of its own
 * ({@link loaderFileName}) that every page but one names and the browser keeps, instead of a
 * kilobyte of every page's HTML; the page that starts at once has it inline, so nothing waits for
 * it, allowed by its hash in the CSP. Each preload is added in a task of its own: adding one costs a
 * slow phone about 5 ms, and a page preloads a dozen or more. Once the last is in, the element gets
 * `data-preloaded` and the document a `dubao:preloaded` event, which the app waits for (src/main.tsx).
 */
export function appLoaderScript(assetsUrl: string): string {
  return (
    `(function(){var d=document,s=d.currentScript,p=${JSON.stringify(assetsUrl)},m=s.dataset.modules.split(" "),started=0,wait=0;function add(t,a){var e=d.createElement(t);for(var k in a)e.setAttribute(k,a[k]);d.head.appendChild(e)}` +
    'var now=s.hasAttribute("data-at-once");function go(){if(started)return;started=1;add("script",{type:"module",crossorigin:"",src:p+m[0]+".js"});var i=1;(function next(){while(i<m.length){add("link",{rel:"modulepreload",crossorigin:"",href:p+m[i++]+".js"});if(!now)return void setTimeout(next,0)}s.setAttribute("data-preloaded","");d.dispatchEvent(new Event("dubao:preloaded"))})()}' +
    'if(d.visibilityState==="hidden"||now)return go();' +
    'try{new PerformanceObserver(function(l){if(l.getEntriesByName("first-contentful-paint").length)go()}).observe({type:"paint",buffered:true});wait=500}catch(e){}' +
    'requestAnimationFrame(function(){setTimeout(go,wait)})})()'
  );
}

/** The loader's own file, named by its content like the assets vite writes beside it. */
export function loaderFileName(script: string, assetsDir: string): string {
  return `${assetsDir}/load-${createHash('sha256').update(script).digest('base64url').slice(0, 10)}.js`;
}

const escapeAttribute = (text: string) => text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const escapeText = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

function replaceOnce(html: string, marker: string | RegExp, replacement: string): string {
  const found = typeof marker === 'string' ? html.includes(marker) : marker.test(html);
  if (!found) throw new Error(`dubao prerender: index.html has no ${String(marker)}`);
  // A function, so a `$&` in the page's text is not read as a replacement pattern.
  return html.replace(marker, () => replacement);
}

/** Puts a prerendered route into the built index.html: CSP and settings first in `<head>`, title, description, markup, data. */
export function fillTemplate(
  template: string,
  page: Pick<RenderedRoute, 'html' | 'title' | 'description' | 'payload'> & Partial<Pick<RenderedRoute, 'head' | 'startsAtOnce'>> & {
    preloads?: readonly string[];
    dataPreloads?: readonly string[];
    csp: string;
    bootScript: string;
    payloadElementId: string;
    /** Where the scripts are (`/assets/`), and the loader: inline on a page that starts at once, else its file's URL. */
    loader: { assetsUrl: string; script: string; src: string };
  },
): string {
  // Vite puts the stylesheet after the entry's scripts and preloads; a paint waits for it and
  // for nothing else, so it is asked for first, before the scripts take the connections.
  const stylesheets: string[] = [];
  let html = template.replace(/\s*<link rel="stylesheet"[^>]*>/gu, (link) => {
    stylesheets.push(link.trim());
    return '';
  });
  html = replaceOnce(
    html,
    '<!--dubao-head-->',
    [
      `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(page.csp)}">`,
      `<script>${page.bootScript}</script>`,
      ...stylesheets,
      // After the stylesheet, which the first paint waits for; `crossorigin` so the app's fetch() (mode cors) takes them.
      ...(page.dataPreloads ?? []).map((href) => `<link rel="preload" href="${escapeAttribute(href)}" as="fetch" crossorigin>`),
      ...(page.head ? [page.head] : []),
    ].join('\n    '),
  );
  // Vite's entry script and its preloads are taken out and handed to the loader, with the route's
  // chunks beside the entry's, so all of them are fetched in parallel once the page has painted.
  const modules: string[] = [];
  html = html.replace(/\s*<script type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>/u, (_tag, src: string) => {
    modules.unshift(src);
    return '';
  });
  if (modules.length === 0) throw new Error('dubao prerender: index.html has no module script');
  html = html.replace(/\s*<link rel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>/gu, (_tag, href: string) => {
    modules.push(href);
    return '';
  });
  modules.push(...(page.preloads ?? []).filter((href) => !modules.includes(href)));
  const { assetsUrl } = page.loader;
  const names = modules.map((href) => {
    if (!href.startsWith(assetsUrl) || !href.endsWith('.js')) throw new Error(`dubao prerender: a module outside ${assetsUrl} or not a .js file (${href}): the loader's list names scripts there`);
    const name = href.slice(assetsUrl.length, -'.js'.length);
    if (/\s/u.test(name)) throw new Error(`dubao prerender: a module's URL has a space (${href}): the loader's list is separated by spaces`);
    return name;
  });
  const list = escapeAttribute(names.join(' '));
  const loaderTag = page.startsAtOnce
    ? `<script data-modules="${list}" data-at-once>${page.loader.script}</script>`
    : `<script async src="${escapeAttribute(page.loader.src)}" data-modules="${list}"></script>`;
  html = replaceOnce(html, /<title>[^<]*<\/title>/u, `<title>${escapeText(page.title)}</title>`);
  html = replaceOnce(html, /<meta name="description" content="[^"]*"\s*\/?>/u, `<meta name="description" content="${escapeAttribute(page.description)}">`);
  html = replaceOnce(html, '<!--dubao-html-->', page.html);
  html = replaceOnce(
    html,
    '<!--dubao-state-->',
    `<script type="application/json" id="${page.payloadElementId}">${page.payload}</script>\n    ${loaderTag}`,
  );
  return html;
}
