import type { RenderedRoute } from './ssr-contract.ts';

/** Only the site's own files; the one inline script is allowed by its hash. Issue 6 asks for this on every page. */
export function contentSecurityPolicy(bootScriptSha256: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'sha256-${bootScriptSha256}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

const escapeAttribute = (text: string) => text.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const escapeText = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

function replaceOnce(html: string, marker: string | RegExp, replacement: string | ((found: string) => string)): string {
  const found = typeof marker === 'string' ? html.includes(marker) : marker.test(html);
  if (!found) throw new Error(`dubao prerender: index.html has no ${String(marker)}`);
  return html.replace(marker, (found) => (typeof replacement === 'string' ? replacement : replacement(found)));
}

/** Puts a prerendered route into the built index.html: CSP and settings first in `<head>`, title, description, markup, data. */
export function fillTemplate(
  template: string,
  page: Pick<RenderedRoute, 'html' | 'title' | 'description' | 'payload'> & Partial<Pick<RenderedRoute, 'head'>> & { preloads?: readonly string[]; csp: string; bootScript: string; payloadElementId: string },
): string {
  let html = template;
  html = replaceOnce(
    html,
    '<!--dubao-head-->',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(page.csp)}">\n    <script>${page.bootScript}</script>${page.head ? `\n    ${page.head}` : ''}`,
  );
  // Beside the entry's own preloads, so the route's chunk is fetched in parallel with the entry.
  if (page.preloads?.length) {
    const links = page.preloads.map((href) => `<link rel="modulepreload" crossorigin href="${escapeAttribute(href)}">`).join('\n    ');
    html = replaceOnce(html, /<script type="module"[^>]*><\/script>/u, (tag) => `${links}\n    ${tag}`);
  }
  html = replaceOnce(html, /<title>[^<]*<\/title>/u, `<title>${escapeText(page.title)}</title>`);
  html = replaceOnce(html, /<meta name="description" content="[^"]*"\s*\/?>/u, `<meta name="description" content="${escapeAttribute(page.description)}">`);
  html = replaceOnce(html, '<!--dubao-html-->', page.html);
  html = replaceOnce(html, '<!--dubao-state-->', `<script type="application/json" id="${page.payloadElementId}">${page.payload}</script>`);
  return html;
}
