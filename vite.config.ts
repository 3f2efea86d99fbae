import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { dubaoBundle } from './src/pipeline/vite-plugin.ts';
import { dubaoPrerender } from './src/prerender/plugin.ts';
import { dubaoOffline } from './src/pipeline/offline/service-worker-plugin.ts';

/**
 * Modules the first load must not carry, each loaded only when a reader asks for it: a static
 * import anywhere in the app would silently undo the lazy split, so the build fails instead.
 */
const LAZY_MODULES = [
  { id: '/src/search/engine.ts', what: 'the search engine', fix: 'the app must import src/search/index.ts (and engine.ts) only dynamically' },
  { id: '/src/app/features/script/lib/opencc.ts', what: 'the 繁體 converter', fix: 'only load-converter.ts may import it, dynamically' },
];

function staysLazy(): Plugin {
  return {
    name: 'dubao-stays-lazy',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
        for (const lazy of LAZY_MODULES) {
          if (chunk.moduleIds.some((id) => id.endsWith(lazy.id))) this.error(`${lazy.what} is in the entry chunk ${chunk.fileName}: ${lazy.fix}`);
        }
      }
    },
  };
}

/**
 * Fails the build when zod reaches the browser. The app reads files the build validated (their names
 * are hashes of what it wrote: src/app/lib/bundle-source.ts) and checks its own stored values by
 * hand; one value import from a schema module (src/contract/bundle.ts, deploy.ts, site.ts) instead of
 * its zod-free layout module would add 25 KB gzip to every first load.
 */
function zodStaysInTheBuild(): Plugin {
  return {
    name: 'dubao-zod-stays-in-the-build',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.moduleIds.some((id) => id.includes('/node_modules/zod/'))) continue;
        const schemaModule = chunk.moduleIds.find((id) => /\/src\/contract\/(bundle|deploy|site)\.ts$/u.test(id));
        this.error(
          `zod is in the client chunk ${chunk.fileName}${schemaModule ? ` (through ${schemaModule})` : ''}: import values from src/contract/bundle-layout.ts, deploy-layout.ts or site-url.ts, and types with \`import type\``,
        );
      }
    },
  };
}

// DUBAO_SEEDS points the build at another seeds folder (the e2e build adds pages from e2e/seeds/);
// DUBAO_SITE_URL is what `npm run build -- --site URL` passes (scripts/build.ts), since vite's CLI takes no options of ours.
export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    dubaoBundle({ seedsDir: process.env.DUBAO_SEEDS ?? 'seeds', siteUrl: process.env.DUBAO_SITE_URL || undefined }),
    dubaoPrerender({ entry: 'src/app/ssr-entry.tsx' }),
    staysLazy(),
    zodStaysInTheBuild(),
    dubaoOffline({ entry: 'src/service-worker/sw.ts' }),
  ],
  build: { target: 'es2022' },
  preview: { port: 4173, strictPort: true },
});
