/** Ad-hoc: which files a cold query fetches, and where warm time goes. Not part of `npm run bench`. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Corpus } from '../src/contract/bundle.ts';
import { buildSearchIndex } from '../src/search/build.ts';
import { openSearchIndex } from '../src/search/engine.ts';

const size = Number(process.argv[2] ?? 10000);
const qs = process.argv.slice(3);
const corpus = JSON.parse(readFileSync(`.bench/corpus-${size}.json`, 'utf8')) as Corpus;
let t = performance.now();
const { entry, files } = buildSearchIndex(corpus);
console.log('build', Math.round(performance.now() - t), 'ms rss', Math.round(process.memoryUsage().rss / 1e6));
const enc = new TextEncoder();
const bytes = new Map<string, Uint8Array>();
for (const [p, d] of files) bytes.set(p, typeof d === 'string' ? enc.encode(d) : d);
const gz = (p: string) => gzipSync(bytes.get(p)!).length;
for (const q of qs) {
  const by = new Map<string, [number, number]>();
  const index = await openSearchIndex(async (p) => {
    const k = p.split('/')[0]!;
    const c = by.get(k) ?? [0, 0];
    c[0]++;
    c[1] += gz(p);
    by.set(k, c);
    return bytes.get(p)!;
  }, entry);
  const r = await index.search(q, { limit: 10 });
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    await index.search(q, { limit: 10 });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(q, 'total', r.total, 'warm', times[2]!.toFixed(2), JSON.stringify([...by].map(([k, [n, b]]) => `${k}:${n}/${(b / 1024).toFixed(1)}K`)));
}
