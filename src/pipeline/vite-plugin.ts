import { resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildFromSeeds, type BuildResult } from './build.ts';
import { cacheHeadersFile, redirectsFile } from './bundle/headers.ts';
import { formatProblem, PipelineError } from './errors.ts';
import { PARSE_NAMESPACE, SEGMENT_NAMESPACE } from './incremental.ts';
import { webManifest } from './offline/web-manifest.ts';
import { WEB_MANIFEST_FILE } from '../offline/rules.ts';

/** Where the bundle lives in the built site and on the dev server. */
export const DATA_DIR = 'data';

const NO_SITE_URL =
  'dubao: no site URL (npm run build -- --site https://…/, or "site": {"url"} in seeds/site.json): feeds, sitemaps, canonical links and absolute preview URLs are left out';

function report(error: unknown): string {
  return error instanceof PipelineError ? error.message : `dubao: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Runs the content pipeline for Vite: `vite build` emits the stored bundle into `dist/data/`, the
 * hosts' cache rules into `dist/_headers` and (unless every route is prerendered) their rewrites into
 * `dist/_redirects`;
 * `vite` serves it from memory and rebuilds it when a seed changes.
 */
export function dubaoBundle(options: { seedsDir: string; siteUrl?: string; everyRoute: boolean; packBytes?: number; cache?: { dir: string; clean: boolean } }): Plugin {
  let seedsDir = '';
  let built: BuildResult | undefined;
  let command: 'build' | 'serve' = 'build';
  let base = '/';
  let cache: { dir: string; clean: boolean } | undefined;

  const rebuild = async () => {
    built = await buildFromSeeds(seedsDir, { siteUrl: options.siteUrl, everyRoute: options.everyRoute, packBytes: options.packBytes, cache });
    for (const warning of built.warnings) console.warn(formatProblem(warning));
    const parse = built.cacheStats?.get(PARSE_NAMESPACE);
    const segment = built.cacheStats?.get(SEGMENT_NAMESPACE);
    if (parse && command === 'build') {
      const from = cache?.clean ? `--clean: none read from the build cache, ${cache.dir}, all written afresh` : `the rest from the build cache, ${cache?.dir}`;
      console.info(`dubao: parsed ${parse.misses} of ${parse.hits + parse.misses} pages, built ${segment?.misses ?? 0} of ${(segment?.hits ?? 0) + (segment?.misses ?? 0)} index segments (${from})`);
    }
    return built;
  };

  return {
    name: 'dubao-bundle',
    configResolved(config) {
      seedsDir = resolve(config.root, options.seedsDir);
      base = config.base;
      command = config.command;
      if (options.cache) cache = { ...options.cache, dir: resolve(config.root, options.cache.dir) };
    },
    async buildStart() {
      if (command !== 'build') return;
      try {
        const { site } = await rebuild();
        if (!site.url) console.warn(NO_SITE_URL);
      } catch (error) {
        // A bad page is the editor's to fix: print what and where, without a stack trace.
        console.error(report(error));
        process.exit(1);
      }
    },
    generateBundle() {
      for (const [path, source] of built?.stored ?? []) {
        this.emitFile({ type: 'asset', fileName: `${DATA_DIR}/${path}`, source });
      }
      for (const [fileName, source] of built?.siteFiles ?? []) this.emitFile({ type: 'asset', fileName, source });
      this.emitFile({ type: 'asset', fileName: '_headers', source: cacheHeadersFile(base) });
      if (!options.everyRoute) this.emitFile({ type: 'asset', fileName: '_redirects', source: redirectsFile(base) });
      if (built) this.emitFile({ type: 'asset', fileName: WEB_MANIFEST_FILE, source: webManifest({ name: built.site.name, base }) });
    },
    configureServer(server: ViteDevServer) {
      let lastError: string | undefined;
      const refresh = () =>
        rebuild().then(
          () => {
            lastError = undefined;
            server.ws.send({ type: 'full-reload' });
          },
          (error: unknown) => {
            lastError = report(error);
            server.config.logger.error(lastError);
          },
        );
      void refresh();
      server.watcher.add(seedsDir);
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(seedsDir + sep)) void refresh();
      });
      const prefix = `${server.config.base.replace(/\/$/u, '')}/${DATA_DIR}/`;
      server.middlewares.use((req, res, next) => {
        const url = req.url?.split('?')[0] ?? '';
        if (!url.startsWith(prefix)) return next();
        const file = built?.stored.get(decodeURIComponent(url.slice(prefix.length)));
        if (file === undefined) {
          res.statusCode = lastError ? 500 : 404;
          res.end(lastError ?? 'not found');
          return;
        }
        res.setHeader('Content-Type', typeof file === 'string' ? 'application/json; charset=utf-8' : 'application/octet-stream');
        // Ranged packs (deploy-layout.ts) are read a member at a time, as static hosts serve them.
        const range = /^bytes=(\d+)-(\d+)$/u.exec(req.headers.range ?? '');
        if (range && typeof file !== 'string') {
          res.statusCode = 206;
          res.setHeader('Content-Range', `bytes ${range[1]}-${range[2]}/${file.length}`);
          res.end(file.subarray(Number(range[1]), Number(range[2]) + 1));
          return;
        }
        res.end(file);
      });
    },
  };
}
