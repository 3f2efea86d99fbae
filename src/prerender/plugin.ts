import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';
import { formatProblem } from '../pipeline/errors.ts';
import { openBuildCache } from '../pipeline/read/cache.ts';
import { KEPT_FILES_LIST } from '../pipeline/read/sync-out.ts';
import { dependenciesVersion, sourceVersion } from '../pipeline/read/source-version.ts';
import { htmlHash, routeCache, storedLocations } from './route-cache.ts';
import type { BundleFileReader, SsrEntry } from './ssr-contract.ts';
import { DATA_ENTRY } from '../contract/deploy-layout.ts';
import { PREACT_ALIASES, withoutPreactGaps } from './preact-aliases.ts';
import { appLoaderScript, contentSecurityPolicy, fillTemplate, loaderFileName } from './template.ts';
import { compactTags } from './short-classes.ts';

/** How many routes from the build cache are read and written at once. */
const CACHED_ROUTE_WRITERS = 16;

/**
 * Prerenders the routes into the built site (`index.html`, `page/<id>/index.html`, `article/<id>/index.html`,
 * `search/index.html`, `404.html`; with `everyRoute` also `entity/<id>/index.html` and the others the
 * contract leaves to the browser), so each permalink is a file a plain static host can serve, readable
 * without JavaScript; the app then hydrates it. Runs after the client build, with a
 * second (SSR) build of the app's entry, reading the bundle the client build just wrote to `data/`.
 * With `cache`, a route whose code and data files did not change since the last build is written
 * from the build cache instead of rendered again (route-cache.ts).
 */
export function dubaoPrerender(options: {
  entry: string;
  everyRoute: boolean;
  cache?: { dir: string; clean: boolean };
  /** The stylesheet's short names for its utilities (short-classes-plugin.ts), written into the HTML. */
  classNames?: () => ReadonlyMap<string, string>;
  /**
   * The folder the build's output replaces (scripts/build.ts builds into a staging folder beside
   * it): a route from the build cache whose file there already has its bytes is not written again,
   * only listed (KEPT_FILES_LIST), so an archive's unchanged pages cost a read each, not a write and a compare.
   */
  previousOutDir?: string;
}): Plugin {
  let config: ResolvedConfig;
  // The client build's chunks, so each page can preload its route's chunk (and what that imports).
  let chunks: Rolldown.OutputChunk[] = [];
  // The app's loader (template.ts), the same on every page: a file of the client build, so the service worker keeps it too.
  let loader: { assetsUrl: string; script: string; src: string } | undefined;
  return {
    name: 'dubao-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      if (config.build.ssr) return;
      chunks = Object.values(bundle).filter((file): file is Rolldown.OutputChunk => file.type === 'chunk');
      const assetsUrl = `${config.base}${config.build.assetsDir}/`;
      const script = appLoaderScript(assetsUrl);
      const fileName = loaderFileName(script, config.build.assetsDir);
      this.emitFile({ type: 'asset', fileName, source: script });
      loader = { assetsUrl, script, src: `${config.base}${fileName}` };
    },
    async closeBundle() {
      if (config.build.ssr) return;
      const started = performance.now();
      const outDir = resolve(config.root, config.build.outDir);
      // No index.html: the build failed before writing (rolldown still calls closeBundle, with no
      // error), and failing here too would hide the cause.
      if (!existsSync(resolve(outDir, 'index.html'))) return;
      // Inside node_modules so the SSR entry resolves the app's packages; one folder per build
      // process, since builds of several checkouts sharing one node_modules may run at once.
      const ssrDir = resolve(config.root, `node_modules/.dubao-prerender-${process.pid}`);
      await build({
        configFile: false,
        root: config.root,
        base: config.base,
        mode: config.mode,
        logLevel: 'warn',
        plugins: [react()],
        resolve: { alias: PREACT_ALIASES },
        // Bundled, not loaded from node_modules at run time: the router's own `import 'react'` must
        // resolve through the aliases too, to the renderer that draws the markup.
        ssr: { noExternal: [/^react-router/u] },
        build: {
          ssr: options.entry,
          outDir: ssrDir,
          emptyOutDir: true,
          minify: false,
          // One file: the entry is imported with a cache-busting query, and a chunk importing it back
          // by its plain name would get a second copy of every module (and of the file reader set on it).
          rolldownOptions: { output: { entryFileNames: 'ssr-entry.mjs', codeSplitting: false }, onwarn: withoutPreactGaps },
        },
      });
      const entry = ((await import(`${pathToFileURL(join(ssrDir, 'ssr-entry.mjs')).href}?${Date.now()}`)) as { default: SsrEntry }).default;

      const cache = new Map<string, Promise<unknown>>();
      const read: BundleFileReader = (path) => {
        let file = cache.get(path);
        if (!file) {
          // JSON files parsed; packs and binary files as bytes (the app gunzips and slices packs itself).
          file = readFile(join(outDir, 'data', path)).then(
            (data) => (path.endsWith('.json') ? (JSON.parse(data.toString('utf8')) as unknown) : new Uint8Array(data)),
            (error: NodeJS.ErrnoException) => {
              throw error.code === 'ENOENT' ? new entry.BundleNotFoundError(path) : error;
            },
          );
          cache.set(path, file);
        }
        return file;
      };

      const template = await readFile(join(outDir, 'index.html'), 'utf8');
      const classNames = options.classNames?.() ?? new Map<string, string>();
      if (!loader) throw new Error('dubao prerender: the client build wrote no loader');
      const pageLoader = loader;
      const sha256 = (script: string) => createHash('sha256').update(script).digest('base64');
      // Only the inline scripts a page has are allowed on it: its boot script, and the loader where it is inline.
      const cspOf = (bootScript: string, startsAtOnce: boolean) => contentSecurityPolicy([bootScript, ...(startsAtOnce ? [pageLoader.script] : [])].map(sha256));
      const preloadsOf = routePreloads(chunks, entry.routeModules, entry.routeEagerModules, config.root, config.base);
      const routes = await entry.listPaths(read, { everyRoute: options.everyRoute });
      const buildCache = options.cache && openBuildCache(resolve(config.root, options.cache.dir), { clean: options.cache.clean });
      const appVersion = createHash('sha256')
        .update(await readFile(join(ssrDir, 'ssr-entry.mjs')))
        // The SSR build leaves the packages outside its file (the renderer among them): the lock file stands for them.
        // and this plugin's own code (how a page is filled in: template.ts, short-classes.ts, …), which the SSR entry does not hold.
        .update(JSON.stringify([sourceVersion(fileURLToPath(import.meta.url)), template, pageLoader, entry.bootScripts, entry.payloadElementId, [...preloadsOf], options.everyRoute, [...classNames], dependenciesVersion(join(config.root, 'package-lock.json'))]))
        .digest('hex');
      const cached = buildCache && routeCache(buildCache, appVersion, await storedLocations(read), (path, keys) => entry.observe(path, keys, read));
      const write = async (path: string, html: string) => {
        const file = join(outDir, entry.htmlFileOf(path));
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, html);
      };
      // The routes the cache holds are written first, many at a time: each is a file read and a
      // file written, and one after the other an archive's thousands of them waited on the disk
      // most of the build. The others are rendered one at a time, since a render notes what it
      // reads through the app's one file reader.
      const kept: string[] = [];
      const previous = options.previousOutDir && resolve(config.root, options.previousOutDir);
      const alreadyThere = async (path: string, sha256: string) => {
        if (!previous) return false;
        try {
          return htmlHash(await readFile(join(previous, entry.htmlFileOf(path)))) === sha256;
        } catch {
          return false;
        }
      };
      const toRender: string[] = [];
      if (cached) {
        const queue = [...routes];
        const fromCache = async () => {
          for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
            const hit = await cached.lookup(path);
            if (hit === undefined) toRender.push(path);
            else if (await alreadyThere(path, hit.sha256)) kept.push(entry.htmlFileOf(path));
            else {
              const html = hit.html();
              if (html === undefined) toRender.push(path);
              else await write(path, html);
            }
          }
        };
        await Promise.all(Array.from({ length: CACHED_ROUTE_WRITERS }, fromCache));
        // In the routes' order, whatever order the writers finished in.
        const order = new Map(routes.map((path, index) => [path, index]));
        toRender.sort((a, b) => order.get(a)! - order.get(b)!);
      } else toRender.push(...routes);
      let rendered = 0;
      for (const path of toRender) {
        const route = await entry.renderRoute(path, read);
        // Every page's app reads the data entry first (the host revalidates it: _headers), so it is
        // asked for with the page; it has one name in every build, so no page changes for it.
        const dataPreloads = [DATA_ENTRY, ...route.dataPreloads].map((stored) => `${config.base}data/${stored}`);
        const bootScript = entry.htmlFileOf(path) === '404.html' ? entry.bootScripts.fallback : entry.bootScripts.page;
        const page = {
          ...route,
          preloads: route.routeIds.flatMap((id) => preloadsOf.get(id) ?? []),
          dataPreloads,
          csp: cspOf(bootScript, route.startsAtOnce),
          bootScript,
          payloadElementId: entry.payloadElementId,
          loader: pageLoader,
        };
        const html = compactTags(fillTemplate(template, page), classNames);
        // A page naming this build's stored files (the search page) depends on the file map, which
        // its reads do not show: it is rendered every time.
        if (route.dataPreloads.length === 0) await cached?.set(path, route.reads, html);
        rendered++;
        await write(path, html);
      }
      if (kept.length > 0) await writeFile(join(outDir, KEPT_FILES_LIST), JSON.stringify(kept.sort()));
      await rm(ssrDir, { recursive: true, force: true });
      if (buildCache) {
        buildCache.prune();
        for (const warning of buildCache.warnings) config.logger.warn(formatProblem(warning));
      }
      const reused = routes.length - rendered;
      config.logger.info(`dubao: prerendered ${routes.length} pages in ${Math.round(performance.now() - started)} ms${reused > 0 ? ` (${rendered} rendered, ${reused} unchanged from the build cache${kept.length > 0 ? `, ${kept.length} of them left in the output folder as they were` : ''})` : ''}`);
    },
  };
}

/**
 * For each lazily loaded route, the URLs of its chunk and of the chunks it imports statically (and
 * of its eager modules' chunks), less those the entry already loads (index.html preloads them): what
 * a page of that route will fetch right after the entry, fetched alongside it instead.
 */
function routePreloads(
  chunks: Rolldown.OutputChunk[],
  routeModules: Readonly<Record<string, string>>,
  eagerModules: Readonly<Record<string, readonly string[]>>,
  root: string,
  base: string,
): Map<string, string[]> {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (fileName: string, into: Set<string>) => {
    if (into.has(fileName)) return into;
    into.add(fileName);
    for (const imported of byFile.get(fileName)?.imports ?? []) closure(imported, into);
    return into;
  };
  const loadedByEntry = new Set<string>();
  for (const chunk of chunks) if (chunk.isEntry) closure(chunk.fileName, loadedByEntry);
  const preloads = new Map<string, string[]>();
  // A module's own chunk, or the chunk a code-splitting group merged it into.
  const chunkOf = (module: string) => {
    const id = resolve(root, module);
    return chunks.find((candidate) => candidate.facadeModuleId === id) ?? chunks.find((candidate) => candidate.moduleIds.includes(id));
  };
  for (const [routeId, module] of Object.entries(routeModules)) {
    const chunk = chunkOf(module);
    if (!chunk) throw new Error(`dubao prerender: no chunk for route ${routeId} (${module}); is it still imported lazily in router.tsx?`);
    const files = closure(chunk.fileName, new Set());
    for (const eager of eagerModules[routeId] ?? []) {
      const eagerChunk = chunkOf(eager);
      if (!eagerChunk) throw new Error(`dubao prerender: no chunk for ${eager}, which route ${routeId} imports at once (routeEagerModules in router.tsx)`);
      closure(eagerChunk.fileName, files);
    }
    preloads.set(routeId, [...files].filter((file) => !loadedByEntry.has(file)).map((file) => `${base}${file}`));
  }
  return preloads;
}
