import { resolve } from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { SERVICE_WORKER_FILE, SHELL_FILES, WEB_MANIFEST_FILE } from '../../offline/rules.ts';

/** Modules of chunks the worker does not keep at install: a reader who never chose 繁體 never downloads them. */
const ON_DEMAND = /\/node_modules\/opencc-js\//u;

/**
 * The installable app: links the web manifest (which the bundle plugin writes, knowing the site's
 * name) and writes the service worker (`sw.js` at the base, so its scope is the whole site). The
 * worker is built from src/service-worker/sw.ts after the client build, with the base and the
 * build's asset names baked in, so installing it keeps the app shell.
 */
export function dubaoOffline(options: { entry: string }): Plugin {
  let config: ResolvedConfig;
  let assets: string[] = [];
  return {
    name: 'dubao-offline',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'link', attrs: { rel: 'manifest', href: `${config.base}${WEB_MANIFEST_FILE}` }, injectTo: 'head' }],
    },
    generateBundle(_options, bundle) {
      // Everything the client build wrote under assets/: the app's scripts (the lazy search chunk too) and styles,
      // but not a chunk only a reader's choice loads (the 繁體 tables, 1 MB): once fetched, it is kept like any asset.
      assets = Object.entries(bundle)
        .filter(([name, output]) => name.startsWith('assets/') && !(output.type === 'chunk' && output.moduleIds.some((id) => ON_DEMAND.test(id))))
        .map(([name]) => name)
        .sort()
        .map((name) => `${config.base}${name}`);
    },
    async writeBundle() {
      if (config.build.ssr) return;
      await build({
        configFile: false,
        root: config.root,
        base: config.base,
        mode: config.mode,
        logLevel: 'warn',
        publicDir: false,
        define: { __DUBAO_SW__: JSON.stringify({ base: config.base, shell: [config.base, ...SHELL_FILES.map((file) => `${config.base}${file}`)], assets }) },
        build: {
          outDir: resolve(config.root, config.build.outDir),
          emptyOutDir: false,
          copyPublicDir: false,
          target: 'es2022',
          rollupOptions: { input: resolve(config.root, options.entry), output: { format: 'iife', entryFileNames: SERVICE_WORKER_FILE } },
        },
      });
    },
  };
}
