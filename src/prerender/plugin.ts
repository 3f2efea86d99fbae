import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import type { BundleFileReader, SsrEntry } from './ssr-contract.ts';
import { contentSecurityPolicy, fillTemplate } from './template.ts';

/**
 * Prerenders every route into the built site (`index.html`, `page/<id>/index.html`, `article/<id>/index.html`,
 * `entity/<id>/index.html`, `search/index.html`, `404.html`), so each permalink is a file a plain static host
 * can serve, readable without JavaScript; the app then hydrates it. Runs after the client build, with a
 * second (SSR) build of the app's entry, reading the bundle the client build just wrote to `data/`.
 */
export function dubaoPrerender(options: { entry: string }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'dubao-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.build.ssr) return;
      const started = performance.now();
      const outDir = resolve(config.root, config.build.outDir);
      // No index.html: the build failed before writing (rolldown still calls closeBundle, with no
      // error), and failing here too would hide the cause.
      if (!existsSync(resolve(outDir, 'index.html'))) return;
      // Inside node_modules, so the SSR build's bare imports resolve; one folder per build process, since
      // checkouts that share one node_modules may build at the same time.
      const ssrDir = resolve(config.root, `node_modules/.dubao-prerender-${process.pid}`);
      await build({
        configFile: false,
        root: config.root,
        base: config.base,
        mode: config.mode,
        logLevel: 'warn',
        plugins: [react()],
        build: { ssr: options.entry, outDir: ssrDir, emptyOutDir: true, minify: false, rollupOptions: { output: { entryFileNames: 'ssr-entry.mjs' } } },
      });
      const entry = ((await import(`${pathToFileURL(join(ssrDir, 'ssr-entry.mjs')).href}?${Date.now()}`)) as { default: SsrEntry }).default;

      const cache = new Map<string, Promise<unknown>>();
      const read: BundleFileReader = (path) => {
        let file = cache.get(path);
        if (!file) {
          file = readFile(join(outDir, 'data', path), 'utf8').then(
            (text) => JSON.parse(text) as unknown,
            (error: NodeJS.ErrnoException) => {
              throw error.code === 'ENOENT' ? new entry.BundleNotFoundError(path) : error;
            },
          );
          cache.set(path, file);
        }
        return file;
      };

      const template = await readFile(join(outDir, 'index.html'), 'utf8');
      const csp = contentSecurityPolicy(createHash('sha256').update(entry.bootScript).digest('base64'));
      const routes = await entry.listPaths(read);
      for (const path of routes) {
        const rendered = await entry.renderRoute(path, read);
        const file = join(outDir, entry.htmlFileOf(path));
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, fillTemplate(template, { ...rendered, csp, bootScript: entry.bootScript, payloadElementId: entry.payloadElementId }));
      }
      await rm(ssrDir, { recursive: true, force: true });
      config.logger.info(`dubao: prerendered ${routes.length} pages in ${Math.round(performance.now() - started)} ms`);
    },
  };
}
