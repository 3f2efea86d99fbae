/**
 * Ad-hoc: which files a cold query fetches, and where warm time goes. Not part of `npm run bench`.
 * `tsx bench/profile.ts SIZE [--rebuild] QUERY...`: the index is built once and kept in
 * `.bench/pack-SIZE.*` (one file of all index files and a table of offsets), so profiling a change
 * to the engine does not wait for a 100,000-article build.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, writeFileSync, writeSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Corpus } from '../src/contract/bundle.ts';
import { buildStoredSearchIndex } from '../src/search/stored.ts';
import { openSearchIndex } from '../src/search/engine.ts';

const size = Number(process.argv[2] ?? 10000);
const rebuild = process.argv.includes('--rebuild');
const qs = process.argv.slice(3).filter((a) => a !== '--rebuild');
const pack = `.bench/pack-${size}.bin`;
const table = `.bench/pack-${size}.json`;

if (rebuild || !existsSync(table)) {
  const corpus = JSON.parse(readFileSync(`.bench/corpus-${size}.json`, 'utf8')) as Corpus;
  const t = performance.now();
  const { entry, files } = buildStoredSearchIndex(corpus);
  console.log('build', Math.round(performance.now() - t), 'ms rss', Math.round(process.memoryUsage().rss / 1e6), 'MB');
  const enc = new TextEncoder();
  const fd = openSync(pack, 'w');
  const offsets: Record<string, [number, number]> = {};
  let at = 0;
  for (const [p, d] of files) {
    const bytes = typeof d === 'string' ? enc.encode(d) : d;
    writeSync(fd, bytes);
    offsets[p] = [at, bytes.length];
    at += bytes.length;
  }
  closeSync(fd);
  writeFileSync(table, JSON.stringify({ entry, offsets }));
}

const { entry, offsets } = JSON.parse(readFileSync(table, 'utf8')) as { entry: string; offsets: Record<string, [number, number]> };
const fd = openSync(pack, 'r');
const read = (p: string) => {
  const [at, length] = offsets[p] ?? [0, -1];
  if (length < 0) throw new Error(`no such file ${p}`);
  const out = new Uint8Array(length);
  readSync(fd, out, 0, length, at);
  return out;
};
const gz = (p: string) => gzipSync(read(p)).length;

for (const q of qs) {
  const by = new Map<string, [number, number]>();
  const index = await openSearchIndex(async (p) => {
    const k = p.split('/')[0]!;
    const c = by.get(k) ?? [0, 0];
    c[0]++;
    c[1] += gz(p);
    by.set(k, c);
    return read(p);
  }, entry);
  const r = await index.search(q);
  const firstPage = [...by].map(([k, [n, b]]) => `${k}:${n}/${(b / 1024).toFixed(1)}K`);
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    await index.search(q);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const c = await index.count(q);
  console.log(q, 'total', r.total ?? `? (${c.total})`, 'warm', times[3]!.toFixed(2), 'ms', JSON.stringify(firstPage));
}
