// Node only (the build, tests, benchmarks): the app never imports it (tsconfig.app.json excludes it).
import { gzipSync } from 'node:zlib';
import { buildSearchIndex, type IndexOptions } from './segmented.ts';

/** gzip at the highest level: built once, fetched many times. zlib writes no timestamp, so output is reproducible. */
export function gzipIndexFile(data: Uint8Array): Uint8Array {
  return new Uint8Array(gzipSync(data, { level: 9 }));
}

/** The index as stored and served: {@link buildSearchIndex}'s files with the binary ones gzipped (gzip.ts), each segment's as it is built. */
export function buildStoredSearchIndex(corpus: Parameters<typeof buildSearchIndex>[0], options: IndexOptions = {}) {
  return buildSearchIndex(corpus, { ...options, compress: gzipIndexFile });
}
