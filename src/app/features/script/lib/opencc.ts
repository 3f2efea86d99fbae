// The chunk loaded when a reader picks 繁體 (about 450 KB gzipped: OpenCC's phrase table is most of it).
// It must only ever be imported dynamically (load-converter.ts); vite.config.ts fails a build that puts it in the entry.
import { ConverterBuilder } from 'opencc-js/core';
import * as cn2t from 'opencc-js/preset/cn2t';
import type { Convert } from './aligned.ts';

/** Texts converted during a visit are kept, so lists and articles shown again cost nothing. */
const CACHE_LIMIT = 5000;

/**
 * OpenCC's s2tw or s2hk, as opencc-js configures them (segmentation by its phrase table, then
 * phrases and characters, then the region's variants): 简体 to 繁體 as Taiwan or Hong Kong write
 * it, not word for word (`twp`'s 软件→軟體 would change what the paper printed).
 */
export function createConverter(region: 'tw' | 'hk'): Convert {
  const convert = ConverterBuilder(cn2t)({ from: 'cn', to: region });
  const cache = new Map<string, string>();
  return (text) => {
    let shown = cache.get(text);
    if (shown === undefined) {
      shown = convert(text);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(text, shown);
    }
    return shown;
  };
}
