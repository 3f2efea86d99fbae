// Serves dist/ the way a plain static host (GitHub Pages) does: files only, under a sub-path,
// `dir/` -> `dir/index.html`, and 404.html with status 404 for anything else, and single byte
// ranges. No SPA fallback.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const root = process.env.DUBAO_DIST ?? 'dist';
const base = process.env.DUBAO_BASE ?? '/dubao/';
const port = Number(process.env.PORT ?? 4174);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
  '.bin': 'application/octet-stream', '.webmanifest': 'application/manifest+json', '.xml': 'application/xml; charset=utf-8',
};

function fileFor(urlPath) {
  if (!urlPath.startsWith(base)) return undefined;
  const relative = normalize(decodeURIComponent(urlPath.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  let path = join(root, relative);
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
  if (existsSync(path) && statSync(path).isFile()) return path;
  if (existsSync(`${path}.html`)) return `${path}.html`;
  return undefined;
}

createServer((req, res) => {
  const urlPath = (req.url ?? '/').split('?')[0];
  if (urlPath + '/' === base) {
    res.writeHead(301, { Location: base });
    return res.end();
  }
  const file = fileFor(urlPath);
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  // One byte range, as GitHub Pages, Netlify, Cloudflare and S3 answer it: the search index is read that way.
  const range = file && /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
  if (range) {
    const size = statSync(path).size;
    const [start, end] = [Number(range[1]), Math.min(Number(range[2]), size - 1)];
    res.writeHead(206, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream', 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': end - start + 1 });
    return createReadStream(path, { start, end }).pipe(res);
  }
  res.writeHead(status, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
  if (existsSync(path)) createReadStream(path).pipe(res);
  else res.end('not found');
}).listen(port, '127.0.0.1', () => console.log(`dubao static server: http://127.0.0.1:${port}${base}`));
