// `npm run -s bench:pipeline`: how the content pipeline scales. Generates synthetic pages in the
// seed's format into a temporary folder, builds the bundle in-process, and prints one JSON line per
// case with wall time and peak memory (the limit in issue 6: 10,000 pages and a 5 MB page on 24 GB).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFromSeeds } from '../src/pipeline/build.ts';

const seed = readFileSync(new URL('../seeds/000_b8044a892ed5c8e9.txt', import.meta.url), 'utf8');

/** A page like the seed, varied so that every page's articles are distinct. */
function syntheticPage(index: number): string {
  return seed.replace(/## /gu, `## 第${index}期 `).replace(/昨天/gu, `第${index}天`);
}

async function measure(name: string, pages: number, makePage: (i: number) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'dubao-bench-pipeline-'));
  let bytes = 0;
  for (let i = 0; i < pages; i++) {
    const text = makePage(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `p${String(i).padStart(6, '0')}.txt`), text);
  }
  const started = performance.now();
  const result = await buildFromSeeds(dir);
  const buildMs = Math.round(performance.now() - started);
  const bundleBytes = [...result.files.values()].reduce((sum, f) => sum + (typeof f === 'string' ? Buffer.byteLength(f) : f.byteLength), 0);
  rmSync(dir, { recursive: true, force: true });
  return {
    candidate: 'pipeline',
    case: name,
    pages,
    inputMB: +(bytes / 2 ** 20).toFixed(1),
    articles: result.corpus.articles.length,
    buildMs,
    bundleMB: +(bundleBytes / 2 ** 20).toFixed(1),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

export async function runPipelineBench(sizes: number[]): Promise<object[]> {
  const results = [];
  const bigPage = () => Array.from({ length: Math.ceil((5 * 2 ** 20) / Buffer.byteLength(seed)) }, (_, i) => syntheticPage(i)).join('\n\n');
  results.push(await measure('one 5 MB page', 1, bigPage));
  for (const size of sizes) results.push(await measure(`${size} pages`, size, syntheticPage));
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = (process.argv.find((a) => a.startsWith('--pages='))?.slice(8) ?? '1000,10000').split(',').map(Number);
  for (const line of await runPipelineBench(sizes)) console.log(JSON.stringify(line));
}
