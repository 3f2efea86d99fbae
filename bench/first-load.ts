// `npm run -s bench:first-load [-- --dist DIR] [--lighthouse] [--http1] [--json]`: what a reader's browser
// downloads to open the front page, an article and the search page. Builds the site from seeds/
// into a temporary folder (or reads a built DIR, served at `/`), serves it as GitHub Pages does
// (HTTP/2 over TLS, gzip level 6 for text types only, byte ranges of the others; `--http1`: plain
// HTTP/1.1 without ranges, as a bare local server does), opens each route in Chromium, waits until the app
// has hydrated (and, on the search page, answered a query), and adds up the JavaScript it fetched:
// bytes on the wire (gzip) and unpacked. With `--lighthouse`, also runs Lighthouse's mobile audit
// (simulated slow 4G) on each route, when the `lighthouse` package is installed (in this project, or
// in the folder `--lighthouse-from DIR` names: `npm i --prefix DIR -E lighthouse@12.2.3`); `--lighthouse-reports DIR`
// writes each route's whole report there as JSON.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { benchArgs } from './cli-args.ts';

const repo = new URL('..', import.meta.url).pathname;
const args = benchArgs(
  { dist: { type: 'string' }, http1: { type: 'boolean' }, lighthouse: { type: 'boolean' }, 'lighthouse-from': { type: 'string' }, 'lighthouse-reports': { type: 'string' }, json: { type: 'boolean' } },
  'usage: npm run -s bench:first-load -- [--dist DIR] [--http1] [--lighthouse] [--lighthouse-from PATH] [--lighthouse-reports DIR] [--json]',
);

/** The budget for the front page and an article. */
const BUDGET_GZIP = 130 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.bin': 'application/octet-stream',
};
/** GitHub Pages compresses text types and leaves binary ones as they are (and answers range requests for those). */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest', '.xml', '.txt']);

/** A server listening, HTTP/1.1 or HTTP/2 alike: where, how it serves, and how to stop it. */
interface Listening {
  origin: string;
  protocol: string;
  close: () => void;
}

/**
 * A self-signed certificate for 127.0.0.1, made with openssl: Lighthouse's simulation models the
 * connections it saw, and a host such as GitHub Pages serves HTTP/2 over TLS, one connection for
 * every file, where a plain local server's HTTP/1.1 opens six, each slow to start. Undefined when
 * openssl is missing (the bench then serves HTTP/1.1 and says so).
 */
function selfSignedCertificate(): { key: Buffer; cert: Buffer } | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'dubao-first-load-tls-'));
  try {
    const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    if (made.status !== 0) return undefined;
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `bytes=A-B` or `bytes=A-` of a file of `size` bytes; undefined for anything else (the whole file is sent). */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | undefined {
  const match = /^bytes=(\d+)-(\d*)$/u.exec(header ?? '');
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Math.min(size - 1, match[2] ? Number(match[2]) : size - 1);
  return start <= end ? { start, end } : undefined;
}

function serve(root: string, http1: boolean): Promise<Listening> {
  const cache = new Map<string, Buffer>();
  // What the handler uses of a response, which HTTP/1.1's and HTTP/2's compatibility API both have.
  type Reply = { writeHead(status: number, headers: Record<string, string>): unknown; end(body: Buffer): unknown };
  const handle = (req: IncomingMessage | Http2ServerRequest, res: ServerResponse | Http2ServerResponse) => {
    const reply = res as Reply;
    const urlPath = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    let path = join(root, normalize(urlPath).replace(/^(\.\.[/\\])+/u, ''));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    const found = existsSync(path) && statSync(path).isFile();
    if (!found) path = join(root, '404.html');
    const ext = extname(path);
    let body: Buffer = readFileSync(path);
    let status = found ? 200 : 404;
    const headers: Record<string, string> = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'max-age=600' };
    const range = !http1 && found && !COMPRESSED.has(ext) ? byteRange(req.headers.range, body.length) : undefined;
    if (range) {
      headers['Content-Range'] = `bytes ${range.start}-${range.end}/${body.length}`;
      body = body.subarray(range.start, range.end + 1);
      status = 206;
    } else if (COMPRESSED.has(ext) && /\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''))) {
      let packed = cache.get(path);
      if (!packed) cache.set(path, (packed = gzipSync(body, { level: 6 })));
      body = packed;
      headers['Content-Encoding'] = 'gzip';
    }
    if (!http1 && !COMPRESSED.has(ext)) headers['Accept-Ranges'] = 'bytes';
    headers['Content-Length'] = String(body.length);
    reply.writeHead(status, headers);
    reply.end(body);
  };
  const tls = http1 ? undefined : selfSignedCertificate();
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle);
  const protocol = tls ? 'HTTP/2 over TLS, byte ranges' : http1 ? 'HTTP/1.1, no byte ranges (--http1)' : 'HTTP/1.1, no byte ranges (openssl is missing, so no TLS for HTTP/2)';
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`, close: () => server.close(), protocol });
    }),
  );
}

function buildSite(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dubao-first-load-'));
  const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/build.ts', '--outDir', dir, '--emptyOutDir', '--base', '/', '--logLevel', 'warn'], {
    cwd: repo,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`bench:first-load: the build into ${dir} failed (exit ${run.status})`);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A route to open, and what to wait for once the app has hydrated. */
interface Route {
  name: string;
  path: string;
  settle?: (page: import('@playwright/test').Page) => Promise<void>;
}

function firstArticlePath(dist: string): string {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const href = /href="(\/article\/[^"/]+\/?)"/u.exec(html)?.[1];
  if (!href) throw new Error('bench:first-load: the front page links no article');
  return href;
}

interface Measured {
  route: string;
  path: string;
  scripts: number;
  jsGzip: number;
  jsRaw: number;
  allGzip: number;
}

async function measure(origin: string, routes: readonly Route[]): Promise<Measured[]> {
  const browser = await chromium.launch({ executablePath: process.env.DUBAO_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const out: Measured[] = [];
  try {
    for (const route of routes) {
      // A fresh context: nothing cached, no service worker, as a first visit.
      const context = await browser.newContext({ serviceWorkers: 'block', ignoreHTTPSErrors: true });
      const page = await context.newPage();
      const responses: { url: string; type: string; wire: number; raw: number }[] = [];
      page.on('response', async (response) => {
        const request = response.request();
        try {
          const body = await response.body();
          const sizes = await request.sizes();
          responses.push({ url: response.url(), type: request.resourceType(), wire: sizes.responseBodySize, raw: body.length });
        } catch {
          // A response the page dropped (a navigation away) has no body to count.
        }
      });
      await page.goto(origin + route.path, { waitUntil: 'load' });
      await page.waitForSelector('html[data-hydrated]', { timeout: 30_000 });
      await route.settle?.(page);
      await page.waitForLoadState('networkidle');
      const scripts = responses.filter((r) => r.type === 'script' || r.url.endsWith('.js'));
      out.push({
        route: route.name,
        path: route.path,
        scripts: scripts.length,
        jsGzip: scripts.reduce((sum, r) => sum + r.wire, 0),
        jsRaw: scripts.reduce((sum, r) => sum + r.raw, 0),
        allGzip: responses.reduce((sum, r) => sum + r.wire, 0),
      });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return out;
}

interface LighthouseScores {
  route: string;
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
}

async function runLighthouse(origin: string, routes: readonly Route[]): Promise<LighthouseScores[] | string> {
  let lighthouse: (url: string, flags: object) => Promise<{ lhr: { categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }> } } | undefined>;
  let launch: (options: object) => Promise<{ port: number; kill: () => void }>;
  try {
    // Optional tools, not dependencies: `npm i --no-save -E lighthouse@12.2.3` (the last to run on Node 20).
    const from = args['lighthouse-from'];
    const lighthouseModule = from ? pathToFileURL(join(from, 'node_modules/lighthouse/core/index.js')).href : 'lighthouse';
    const launcherModule = from ? pathToFileURL(join(from, 'node_modules/chrome-launcher/dist/index.js')).href : 'chrome-launcher';
    lighthouse = ((await import(lighthouseModule)) as { default: typeof lighthouse }).default;
    launch = ((await import(launcherModule)) as { launch: typeof launch }).launch;
  } catch {
    return 'Lighthouse is not installed: npm i --prefix /tmp/lh -E lighthouse@12.2.3, then run again with --lighthouse --lighthouse-from /tmp/lh';
  }
  const chrome = await launch({ chromePath: process.env.DUBAO_CHROMIUM ?? '/usr/bin/chromium', chromeFlags: ['--headless=new', '--no-sandbox', '--ignore-certificate-errors'] });
  const out: LighthouseScores[] = [];
  try {
    // A fresh Chrome pays once for setting up its CJK fonts (fontconfig's first lookups: about 400 ms
    // of style and layout at 4× CPU, measured), which a reader's browser has long since paid; without
    // this discarded audit of another page, that cost lands on whichever route is audited first.
    await lighthouse(`${origin}/mine/`, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' });
    for (const route of routes) {
      // Lighthouse's defaults: mobile form factor, simulated slow 4G and a 4× slower CPU.
      const result = await lighthouse(origin + route.path, { port: chrome.port, onlyCategories: ['performance', 'accessibility'], logLevel: 'error' });
      if (!result) throw new Error(`bench:first-load: Lighthouse returned nothing for ${route.path}`);
      const { categories, audits } = result.lhr;
      // The whole report, to see what the LCP element was and what held it back.
      const reports = args['lighthouse-reports'];
      if (reports) {
        mkdirSync(reports, { recursive: true });
        writeFileSync(join(reports, `${route.name.replace(/\W+/gu, '-')}.json`), JSON.stringify(result.lhr, null, 1));
      }
      out.push({
        route: route.name,
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? Number.NaN),
        tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? Number.NaN),
      });
    }
  } finally {
    chrome.kill();
  }
  return out;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const built = args.dist ? { dir: args.dist, cleanup: () => {} } : buildSite();
  const server = await serve(built.dir, args.http1 ?? false);
  const { origin } = server;
  try {
    const routes: Route[] = [
      { name: 'front page', path: '/' },
      { name: 'article', path: firstArticlePath(built.dir) },
      {
        name: 'search (one query)',
        path: '/search/?q=%E6%8A%A5',
        settle: async (page) => {
          await page.waitForSelector('main ol li, main [role="status"]', { timeout: 30_000 });
        },
      },
    ];
    const measured = await measure(origin, routes);
    const lighthouse = args.lighthouse ? await runLighthouse(origin, routes) : undefined;
    if (args.json) {
      console.log(JSON.stringify({ served: server.protocol, budgetGzip: BUDGET_GZIP, measured, lighthouse }, null, 2));
      return;
    }
    console.log(`served: ${server.protocol}\n`);
    console.log('| route | JS files | JS gzip | JS unpacked | everything gzip | within 130 KB |');
    console.log('|---|---:|---:|---:|---:|---|');
    for (const m of measured) {
      const budgeted = m.route !== 'search (one query)';
      console.log(`| ${m.route} | ${m.scripts} | ${kb(m.jsGzip)} | ${kb(m.jsRaw)} | ${kb(m.allGzip)} | ${budgeted ? (m.jsGzip <= BUDGET_GZIP ? 'yes' : 'no') : '–'} |`);
    }
    if (typeof lighthouse === 'string') console.log(`\n${lighthouse}`);
    else if (lighthouse) {
      console.log('\n| route | performance | accessibility | LCP | TBT |');
      console.log('|---|---:|---:|---:|---:|');
      for (const l of lighthouse) console.log(`| ${l.route} | ${l.performance} | ${l.accessibility} | ${(l.lcpMs / 1000).toFixed(2)} s | ${l.tbtMs} ms |`);
    }
  } finally {
    server.close();
    built.cleanup();
  }
}

await main();
