import type { Convert } from './aligned.ts';

export type Region = 'tw' | 'hk';

const loading = new Map<Region, Promise<Convert>>();

/**
 * The converter to a region's 繁體, built once a visit. Its tables are a chunk of their own, fetched
 * only when a reader picks 繁體; a failed fetch is forgotten, so the next attempt fetches again.
 */
export function loadConverter(region: Region): Promise<Convert> {
  let converter = loading.get(region);
  if (!converter) {
    converter = import('./opencc.ts').then(({ createConverter }) => createConverter(region));
    loading.set(region, converter);
    converter.catch(() => loading.delete(region));
  }
  return converter;
}
