import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { shortenUtilityClasses } from './short-classes.ts';

/** How often each whitespace- or quote-separated word occurs in the app's source: the classes used most get the shortest names. */
function wordCounts(sourceDir: string): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.tsx?$/u.test(entry.name) && !/\.test\.tsx?$/u.test(entry.name)) {
        for (const word of readFileSync(path, 'utf8').split(/[\s"'`{}()]+/u)) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
  };
  visit(sourceDir);
  return counts;
}

/**
 * Gives the stylesheet's utility classes short twins (short-classes.ts) as vite builds it, before it
 * is minified and named by its hash, so the name changes whenever the names do. The prerender reads
 * `names()` to write its HTML with them. Build only, client only: `npm run dev` serves the classes as written.
 */
export function shortClasses(options: { stylesheet: RegExp; sourceDir: string }): Plugin & { names(): ReadonlyMap<string, string> } {
  let names: ReadonlyMap<string, string> = new Map();
  let root = process.cwd();
  return {
    name: 'dubao-short-classes',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    names: () => names,
    configResolved(config) {
      root = config.root;
    },
    transform: {
      filter: { id: options.stylesheet },
      handler(code) {
        const counts = wordCounts(resolve(root, options.sourceDir));
        const shortened = shortenUtilityClasses(code, (name) => counts.get(name) ?? 0);
        names = shortened.names;
        return { code: shortened.css, map: null };
      },
    },
  };
}
