import { gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { dubaoBundle } from './src/pipeline/vite-plugin.ts';
import { dubaoPrerender } from './src/prerender/plugin.ts';
import { shortClasses } from './src/prerender/short-classes-plugin.ts';
import { dubaoOffline } from './src/pipeline/offline/service-worker-plugin.ts';
import { DEFAULT_CACHE_DIR } from './src/pipeline/read/cache.ts';
import { PREACT_ALIASES, withoutPreactGaps } from './src/prerender/preact-aliases.ts';

/**
 * Modules a page's first load must not carry, each loaded only when a reader asks for it: a static
 * import anywhere in the entry or in a route's module would silently undo the split.
 */
const LAZY_MODULES = [
  { id: '/src/search/engine.ts', what: 'the search engine', fix: 'the app must import src/search/index.ts (and engine.ts) only dynamically' },
  { id: '/src/app/features/script/lib/opencc.ts', what: 'the 繁體 converter', fix: 'only load-converter.ts may import it, dynamically' },
];
const ROUTE_MODULE = /\/src\/app\/routes\//u;
/**
 * Issue 12's budget: what the front page, a 版 and an article load first (the entry and the route's
 * chunk with their static imports), gzip-compressed as a static host serves it (level 6).
 */
const FIRST_LOAD_BUDGET = { bytes: 130 * 1024, routes: ['home.tsx', 'page.tsx', 'article.tsx'].map((file) => `/src/app/routes/${file}`) };
const SCHEMA_MODULE = /\/src\/contract\/(bundle|deploy|site)\.ts$/u;

/**
 * Fails the build when the first load grows by something it need not carry. What a page loads
 * first is the entry and its route's chunk with what they import statically (the prerender
 * preloads exactly that): none of {@link LAZY_MODULES} may be in it. And zod may be in no client
 * chunk at all: the app reads files the build validated (their names are hashes of what it wrote:
 * src/app/lib/bundle-source.ts) and checks its own stored values by hand; one value import from a
 * schema module instead of its zod-free layout module would add 25 KB gzip to every first load.
 */
function firstLoadGuard(): Plugin {
  return {
    name: 'dubao-first-load-guard',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const closure = (fileName: string, into = new Set<string>()): Set<string> => {
        if (into.has(fileName)) return into;
        into.add(fileName);
        for (const imported of byFile.get(fileName)?.imports ?? []) closure(imported, into);
        return into;
      };
      const firstLoad = new Set<string>();
      for (const chunk of chunks) if (chunk.isEntry || chunk.moduleIds.some((id) => ROUTE_MODULE.test(id))) closure(chunk.fileName, firstLoad);
      const entry = chunks.find((chunk) => chunk.isEntry);
      for (const route of FIRST_LOAD_BUDGET.routes) {
        const routeChunk = chunks.find((chunk) => chunk.moduleIds.some((id) => id.endsWith(route)));
        if (!entry || !routeChunk) this.error(`the first-load budget names ${route}, which no chunk holds: keep FIRST_LOAD_BUDGET.routes up to date`);
        const files = closure(routeChunk.fileName, closure(entry.fileName));
        const bytes = [...files].reduce((sum, file) => sum + gzipSync(byFile.get(file)?.code ?? '', { level: 6 }).length, 0);
        if (bytes > FIRST_LOAD_BUDGET.bytes) {
          this.error(`${route} loads ${(bytes / 1024).toFixed(1)} KB gzip of JavaScript first, over the ${FIRST_LOAD_BUDGET.bytes / 1024} KB budget: load what it adds when a reader uses it`);
        }
      }
      for (const chunk of chunks) {
        if (chunk.moduleIds.some((id) => id.includes('/node_modules/zod/'))) {
          const schemaModule = chunk.moduleIds.find((id) => SCHEMA_MODULE.test(id));
          this.error(
            `zod is in the client chunk ${chunk.fileName}${schemaModule ? ` (through ${schemaModule})` : ''}: import values from src/contract/bundle-layout.ts, deploy-layout.ts or site-url.ts, and types with \`import type\``,
          );
        }
        if (!firstLoad.has(chunk.fileName)) continue;
        for (const lazy of LAZY_MODULES) {
          if (chunk.moduleIds.some((id) => id.endsWith(lazy.id))) this.error(`${lazy.what} is in ${chunk.fileName}, which a page loads first: ${lazy.fix}`);
        }
      }
    },
  };
}

// DUBAO_SEEDS points the build at another seeds folder (the e2e build adds pages from e2e/seeds/);
// DUBAO_SITE_URL is what `npm run build -- --site URL` passes (scripts/build.ts), since vite's CLI takes no options of ours.
/** `npm run build -- --prerender-all` (scripts/build.ts): an HTML file for the routes the contract leaves to the browser too. */
const everyRoute = process.env.DUBAO_PRERENDER_ALL === '1';
/** `npm run build -- --pack-bytes N`: how many bytes a pack of small data files holds (0: a file each). */
const packBytes = process.env.DUBAO_PACK_BYTES ? Number(process.env.DUBAO_PACK_BYTES) : undefined;
/**
 * The build cache (README, Deploy): in DUBAO_CACHE_DIR or .dubao-cache/; `npm run build -- --clean`
 * sets DUBAO_CACHE=clean (nothing read, everything written afresh); DUBAO_CACHE=off: no cache at all.
 */
const cache = process.env.DUBAO_CACHE === 'off' ? undefined : { dir: process.env.DUBAO_CACHE_DIR || DEFAULT_CACHE_DIR, clean: process.env.DUBAO_CACHE === 'clean' };

/** The utilities' short names in the prerendered HTML (src/prerender/short-classes.ts). */
const classNames = shortClasses({ stylesheet: /\/src\/app\/styles\.css(?:\?.*)?$/u, sourceDir: 'src/app' });

export default defineConfig({
  plugins: [
    // React Fast Refresh cannot update Preact's components (preact-aliases.ts): off, so an edit
    // reloads the page in `npm run dev` instead of being dropped silently.
    react({ refreshExclude: /./u }),
    tailwindcss(),
    classNames,
    dubaoBundle({ seedsDir: process.env.DUBAO_SEEDS ?? 'seeds', siteUrl: process.env.DUBAO_SITE_URL || undefined, everyRoute, packBytes, cache }),
    dubaoPrerender({ entry: 'src/app/ssr-entry.tsx', everyRoute, cache, classNames: classNames.names, previousOutDir: process.env.DUBAO_PREVIOUS_OUT_DIR || undefined }),
    firstLoadGuard(),
    dubaoOffline({ entry: 'src/service-worker/sw.ts' }),
  ],
  resolve: { alias: PREACT_ALIASES },
  // The 繁體 converter's chunk (1.1 MB) is over vite's 500 kB warning on purpose: it loads only when chosen.
  build: { target: 'es2022', chunkSizeWarningLimit: 1200, rolldownOptions: { onwarn: withoutPreactGaps } },
  preview: { port: 4173, strictPort: true },
});
