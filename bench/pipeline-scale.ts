// `npm run -s bench:pipeline`: how the content pipeline scales. Generates synthetic pages in the
// seed's format into a temporary folder, builds the bundle in-process, and prints one JSON line per
// case with wall time and peak memory (the limit in issue 6: 10,000 pages and a 5 MB page on 24 GB).
// The seed-like pages repeat the seed's 12 entities; the news pages (bench/corpus.ts) name
// thousands of persons and enterprises, as an archive does, which is what entity counting costs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bodyTexts, type Article } from '../src/contract/bundle.ts';
import { buildFromSeeds } from '../src/pipeline/build.ts';
import { loadVocabulary, syntheticCorpus } from './corpus.ts';

const seed = readFileSync(new URL('../seeds/000_b8044a892ed5c8e9.txt', import.meta.url), 'utf8');

/** A page like the seed, varied so that every page's articles are distinct. */
function syntheticPage(index: number): string {
  return seed.replace(/## /gu, `## 第${index}期 `).replace(/昨天/gu, `第${index}天`);
}

/** Synthetic news pages as seed text, each with its date in a sidecar. */
function newsPages(articles: number): { text: string; meta: object }[] {
  const corpus = syntheticCorpus(articles, loadVocabulary());
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const item = (a: Article) => `## ${a.headline}\n\n本报讯(记者 ${a.bylines[0]?.name ?? '李明'}) ${bodyTexts(a).join('\n\n')}`;
  return corpus.pages.map((page) => ({
    text: `${page.articleIds.map((id) => item(byId.get(id)!)).join('\n\n')}\n`,
    meta: { publication: '武进日报', date: page.date, page: page.number },
  }));
}

async function measure(name: string, pages: number, makePage: (i: number) => string | { text: string; meta: object }) {
  const dir = mkdtempSync(join(tmpdir(), 'dubao-bench-pipeline-'));
  let bytes = 0;
  for (let i = 0; i < pages; i++) {
    const made = makePage(i);
    const text = typeof made === 'string' ? made : made.text;
    const file = `p${String(i).padStart(6, '0')}`;
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `${file}.txt`), text);
    if (typeof made !== 'string') writeFileSync(join(dir, `${file}.meta.json`), JSON.stringify(made.meta));
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
    entities: result.corpus.entities.length,
    buildMs,
    bundleMB: +(bundleBytes / 2 ** 20).toFixed(1),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

export async function runPipelineBench(sizes: number[], newsSizes: number[]): Promise<object[]> {
  const results = [];
  const bigPage = () => Array.from({ length: Math.ceil((5 * 2 ** 20) / Buffer.byteLength(seed)) }, (_, i) => syntheticPage(i)).join('\n\n');
  results.push(await measure('one 5 MB page', 1, bigPage));
  for (const size of sizes) results.push(await measure(`${size} pages`, size, syntheticPage));
  for (const articles of newsSizes) {
    const pages = newsPages(articles);
    results.push(await measure(`${articles} news articles`, pages.length, (i) => pages[i]!));
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const list = (flag: string, fallback: string) => (process.argv.find((a) => a.startsWith(flag))?.slice(flag.length) ?? fallback).split(',').filter(Boolean).map(Number);
  for (const line of await runPipelineBench(list('--pages=', '1000,10000'), list('--news=', '10000'))) console.log(JSON.stringify(line));
}
