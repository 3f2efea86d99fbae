import { DATA_ENTRY } from '../../../../contract/deploy-layout.ts';
import { FILES_CACHE, pageKey, PAGES_CACHE } from '../../../../offline/rules.ts';
import { storedFilesOf } from '../../../lib/bundle-source.ts';
import type { EditionFiles } from './edition-files.ts';

export interface SaveProgress {
  done: number;
  total: number;
}

export interface SaveResult {
  /** Files that could not be fetched: their routes will show the offline notice. */
  failed: number;
}

/** Fetches a few files at a time: a whole edition is hundreds of small files, and the host is the reader's. */
const PARALLEL = 4;

/**
 * Puts an edition's routes and data files into the caches the service worker answers from: the
 * HTML under the keys it looks up, the hashed files as they are named, and the entry of the same
 * deploy, so offline the app reads exactly the files that were kept.
 */
export async function saveEdition(files: EditionFiles, onProgress: (progress: SaveProgress) => void): Promise<SaveResult> {
  const base = import.meta.env.BASE_URL;
  const origin = window.location.origin;
  const { entry, files: stored } = await storedFilesOf(files.data);
  const [pages, kept] = await Promise.all([caches.open(PAGES_CACHE), caches.open(FILES_CACHE)]);
  await pages.put(
    new URL(`${base}data/${DATA_ENTRY}`, origin).href,
    new Response(JSON.stringify(entry), { headers: { 'Content-Type': 'application/json' } }),
  );

  const tasks: (() => Promise<void>)[] = [
    ...files.routes.map((route) => async () => {
      const path = `${base}${route.replace(/^\//u, '')}`;
      const response = await fetch(path, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${response.status} ${path}`);
      await pages.put(new URL(pageKey(path, base), origin).href, response);
    }),
    ...stored.map((file) => async () => {
      const url = `${base}data/${file}`;
      if (await kept.match(url)) return;
      await kept.add(url);
    }),
  ];
  const total = tasks.length;
  let done = 0;
  let failed = 0;
  let next = 0;
  onProgress({ done, total });
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next]!;
      next += 1;
      try {
        await task();
      } catch {
        failed += 1;
      }
      done += 1;
      onProgress({ done, total });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return { failed };
}
