/**
 * `npm run bench [-- --sizes 1000,10000 --json --candidates dubao,brute,flexsearch]`
 *
 * Each (size, candidate) runs in its own child process, so `peakRssMB` is that candidate's own
 * high-water mark. Corpora and brute-force answers are cached under `.bench/` (gitignored).
 */
import { fork } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Corpus } from '../src/contract/bundle.ts';
import { bruteForceSearch } from '../src/search/brute.ts';
import { buildStoredSearchIndex } from '../src/search/stored.ts';
import { openSearchIndex } from '../src/search/engine.ts';
import { PAGE_SIZE } from '../src/search/page-size.ts';
import { articleFields } from '../src/search/fields.ts';
import { decodeSearchEntry } from '../src/search/entry.ts';
import { segmentDir, type Fragment } from '../src/search/format.ts';
import { normalizeQuery, normalizeText } from '../src/search/normalize.ts';
import { loadVocabulary, syntheticCorpus } from './corpus.ts';
import { benchQueries } from './queries.ts';

const DIR = fileURLToPath(new URL('../.bench/', import.meta.url));
/** About 64 articles an edition, like a district daily: a 1,000-article corpus is 16 editions, 100,000 about 1,560. */
const PAGES_PER_DAY = 8;

export interface BenchRow {
  candidate: 'dubao' | 'brute' | 'flexsearch';
  articles: number;
  buildMs: number;
  indexBytes: number;
  indexGzipBytes: number;
  loadMs: number;
  p50Ms: number;
  p95Ms: number;
  coldGzipBytesP50: number;
  coldGzipBytesP95: number;
  coldGzipBytesMax: number;
  recall: number;
  precision: number;
  peakRssMB: number;
  queries: number;
  [extra: string]: unknown;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const peakRss = () => Math.round(process.resourceUsage().maxRSS / 1024);

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

// JSON Lines, one record a line: at 100,000 articles one JSON document is more than Node reads into a string.
function corpusPath(n: number) {
  return `${DIR}corpus-${n}-d${PAGES_PER_DAY}.jsonl`;
}
function oraclePath(n: number) {
  return `${DIR}oracle-${n}-d${PAGES_PER_DAY}.jsonl`;
}
function queriesPath(n: number) {
  return `${DIR}queries-${n}-d${PAGES_PER_DAY}.json`;
}

function writeJsonLines(path: string, records: Iterable<unknown>): void {
  const fd = openSync(path, 'w');
  try {
    for (const record of records) writeSync(fd, `${JSON.stringify(record)}\n`);
  } finally {
    closeSync(fd);
  }
}

/** Line by line from one buffer: the file may be larger than the longest string Node makes. */
function readJsonLines<T>(path: string): T[] {
  const data = readFileSync(path);
  const out: T[] = [];
  for (let start = 0; start < data.length; ) {
    let end = data.indexOf(10, start);
    if (end < 0) end = data.length;
    if (end > start) out.push(JSON.parse(data.toString('utf8', start, end)) as T);
    start = end + 1;
  }
  return out;
}

type CorpusLine = { page: Corpus['pages'][number] } | { article: Corpus['articles'][number] } | { entity: Corpus['entities'][number] };

function writeCorpus(path: string, corpus: Corpus): void {
  writeJsonLines(path, (function* (): Generator<CorpusLine> {
    for (const page of corpus.pages) yield { page };
    for (const article of corpus.articles) yield { article };
    for (const entity of corpus.entities) yield { entity };
  })());
}

function readCorpus(path: string): Corpus {
  const corpus: Corpus = { pages: [], articles: [], entities: [] };
  for (const line of readJsonLines<CorpusLine>(path)) {
    if ('page' in line) corpus.pages.push(line.page);
    else if ('article' in line) corpus.articles.push(line.article);
    else corpus.entities.push(line.entity);
  }
  return corpus;
}

/** Recall and precision of `got` against `want`, pooled over all queries. */
function score(want: string[][], got: string[][]) {
  let tp = 0;
  let wanted = 0;
  let returned = 0;
  want.forEach((w, i) => {
    const set = new Set(w);
    const g = got[i] ?? [];
    wanted += w.length;
    returned += g.length;
    for (const id of g) if (set.has(id)) tp++;
  });
  return { recall: wanted === 0 ? 1 : round(tp / wanted, 6), precision: returned === 0 ? 1 : round(tp / returned, 6) };
}

function timeQueries(queries: string[], run: (q: string) => unknown, repeats = 3): number[] {
  return queries.map((q) => {
    const times: number[] = [];
    for (let k = 0; k < repeats; k++) {
      const t = performance.now();
      run(q);
      times.push(performance.now() - t);
    }
    return quantile(times, 0.5);
  });
}

async function timeAsync(queries: string[], run: (q: string) => Promise<unknown>, repeats = 3): Promise<number[]> {
  const out: number[] = [];
  for (const q of queries) {
    const times: number[] = [];
    for (let k = 0; k < repeats; k++) {
      const t = performance.now();
      await run(q);
      times.push(performance.now() - t);
    }
    out.push(quantile(times, 0.5));
  }
  return out;
}

async function runBrute(corpus: Corpus, queries: string[]): Promise<BenchRow> {
  const t0 = performance.now();
  bruteForceSearch(corpus, '预热');
  const buildMs = performance.now() - t0;
  const answers = queries.map((q) => bruteForceSearch(corpus, q));
  writeJsonLines(oraclePath(corpus.articles.length), answers);
  // Past this size brute force only gives the oracle: timing it would take hours, and it is not a contender.
  const times = corpus.articles.length <= Number(arg('brute-timing-max') ?? 100_000) ? timeQueries(queries, (q) => bruteForceSearch(corpus, q)) : [Number.NaN];
  // What a browser would download to search by brute force: every article's text.
  const text = Buffer.from(JSON.stringify(corpus.articles.map((a) => articleFields(a).map((f) => f.text))));
  const gz = gzipSync(text).length;
  return {
    candidate: 'brute',
    articles: corpus.articles.length,
    buildMs: round(buildMs),
    indexBytes: text.length,
    indexGzipBytes: gz,
    loadMs: 0,
    p50Ms: round(quantile(times, 0.5), 3),
    p95Ms: round(quantile(times, 0.95), 3),
    coldGzipBytesP50: gz,
    coldGzipBytesP95: gz,
    coldGzipBytesMax: gz,
    recall: 1,
    precision: 1,
    peakRssMB: peakRss(),
    queries: queries.length,
  };
}

async function runDubao(corpus: Corpus, queries: string[], oracle: string[][]): Promise<BenchRow> {
  const rssBefore = peakRss();
  const t0 = performance.now();
  const { entry, files } = buildStoredSearchIndex(corpus);
  const buildMs = performance.now() - t0;
  const peakAfterBuild = peakRss();
  const enc = new TextEncoder();
  const bytes = new Map<string, Uint8Array>();
  for (const [path, data] of files) bytes.set(path, typeof data === 'string' ? enc.encode(data) : data);
  files.clear();
  const gzipSizes = new Map<string, number>();
  let indexBytes = 0;
  let indexGzipBytes = 0;
  let textGzipBytes = 0;
  for (const [path, data] of bytes) {
    // Binary files are stored gzipped already (src/search/gzip.ts): what is sent is what is stored.
    const gz = path.endsWith('.bin') ? data.length : gzipSync(data).length;
    gzipSizes.set(path, gz);
    indexBytes += data.length;
    indexGzipBytes += gz;
    if (path.includes('/t/')) textGzipBytes += gz;
  }
  // Document numbers across the index are the segments' own, one segment after another.
  const { segments } = decodeSearchEntry(bytes.get(entry)!);
  const docIds: string[] = [];
  for (const s of segments) {
    for (let d = 0; d < s.docCount; d++) {
      const f = JSON.parse(new TextDecoder().decode(bytes.get(`${segmentDir(s.key)}t/${d.toString(36)}.json`)!)) as Fragment;
      docIds.push(f.id);
    }
  }
  const load = async (path: string) => {
    const data = bytes.get(path);
    if (!data) throw new Error(`no such file ${path}`);
    return data;
  };

  // Cold: a fresh index per query; count the gzip bytes of every file it fetches (entry included).
  // The first page (the best hits with excerpts) is what a reader waits for. The exact total and
  // the filter counts are a second request the results page makes after it, measured on its own.
  const cold: number[] = [];
  const coldCount: number[] = [];
  const coldFiles: number[] = [];
  const coldSegments: number[] = [];
  const coldNewestSegments: number[] = [];
  let exactTotals = 0;
  for (const q of queries) {
    let gz = 0;
    let n = 0;
    const touched = new Set<string>();
    const index = await openSearchIndex(async (p) => {
      gz += gzipSizes.get(p) ?? 0;
      n++;
      if (p.startsWith('s/')) touched.add(p.slice(0, p.indexOf('/', 2)));
      return load(p);
    }, entry);
    const page = await index.search(q, { limit: PAGE_SIZE });
    if (page.total !== undefined) exactTotals++;
    cold.push(gz);
    coldFiles.push(n);
    coldSegments.push(touched.size);
    await index.count(q);
    coldCount.push(gz);
    touched.clear();
    await index.search(q, { limit: PAGE_SIZE, sort: 'newest' });
    coldNewestSegments.push(touched.size);
  }

  const t1 = performance.now();
  const index = await openSearchIndex(load, entry);
  const loadMs = performance.now() - t1;
  const got: string[][] = [];
  for (const q of queries) got.push([...(await index.matchDocs(q))].map((d) => docIds[d]!));
  for (const q of queries) await index.count(q);
  for (const q of queries) await index.search(q, { limit: PAGE_SIZE });
  const times = await timeAsync(queries, (q) => index.search(q, { limit: PAGE_SIZE }));
  const countTimes = await timeAsync(queries, (q) => index.count(q));
  const slow = queries.map((q, i) => ({ q, ms: round(times[i]!, 2) })).sort((a, b) => b.ms - a.ms).slice(0, 5);
  const heavy = queries.map((q, i) => ({ q, kb: round(cold[i]! / 1024, 1) })).sort((a, b) => b.kb - a.kb).slice(0, 5);
  return {
    candidate: 'dubao',
    articles: corpus.articles.length,
    buildMs: round(buildMs),
    indexBytes,
    indexGzipBytes,
    loadMs: round(loadMs, 3),
    p50Ms: round(quantile(times, 0.5), 3),
    p95Ms: round(quantile(times, 0.95), 3),
    coldGzipBytesP50: quantile(cold, 0.5),
    coldGzipBytesP95: quantile(cold, 0.95),
    coldGzipBytesMax: Math.max(...cold),
    firstPageExactTotals: exactTotals,
    countP50Ms: round(quantile(countTimes, 0.5), 3),
    countP95Ms: round(quantile(countTimes, 0.95), 3),
    coldWithCountGzipBytesP50: quantile(coldCount, 0.5),
    coldWithCountGzipBytesP95: quantile(coldCount, 0.95),
    ...score(oracle, got),
    peakRssMB: peakRss(),
    queries: queries.length,
    buildPeakRssMB: peakAfterBuild,
    rssBeforeBuildMB: rssBefore,
    files: bytes.size,
    textGzipBytes,
    coldFilesP95: quantile(coldFiles, 0.95),
    segments: segments.length,
    segmentSizes: segments.map((s) => s.docCount).join('/'),
    firstPageSegmentsP50: quantile(coldSegments, 0.5),
    firstPageSegmentsMax: Math.max(...coldSegments),
    newestFirstPageSegmentsP50: quantile(coldNewestSegments, 0.5),
    newestFirstPageSegmentsMax: Math.max(...coldNewestSegments),
    ...appendCost(corpus, bytes, gzipSizes),
    slowest: slow,
    heaviest: heavy,
  };
}

/**
 * What one more edition costs a deploy: the index of the archive without its newest edition
 * against the whole one, file by file (same logical path and bytes: the same content-hash name).
 */
function appendCost(corpus: Corpus, current: Map<string, Uint8Array>, gzipSizes: Map<string, number>) {
  if (process.argv.includes('--no-append')) return {};
  const newest = corpus.pages.reduce((d, p) => (p.date && p.date > d ? p.date : d), '');
  const pages = corpus.pages.filter((p) => p.date !== newest);
  const kept = new Set(pages.map((p) => p.id));
  const articles = corpus.articles.filter((a) => kept.has(a.pageId));
  const ids = new Set(articles.map((a) => a.id));
  const entities = corpus.entities.map((e) => ({ ...e, mentions: e.mentions.filter((m) => ids.has(m.articleId)) })).filter((e) => e.mentions.length > 0);
  const previous = buildStoredSearchIndex({ pages, articles, entities }).files;
  const enc = new TextEncoder();
  let files = 0;
  let gz = 0;
  for (const [path, data] of current) {
    const before = previous.get(path);
    const same = before !== undefined && Buffer.from(typeof before === 'string' ? enc.encode(before) : before).equals(data);
    if (same) continue;
    files++;
    gz += gzipSizes.get(path) ?? 0;
  }
  return { appendChangedFiles: files, appendChangedGzipBytes: gz };
}

async function runFlexsearch(corpus: Corpus, queries: string[], oracle: string[][]): Promise<BenchRow> {
  const { Index, Charset } = (await import('flexsearch')).default as unknown as typeof import('flexsearch');
  const options = { tokenize: 'strict', encoder: Charset.CJK, resolution: 1 } as const;
  const t0 = performance.now();
  const index = new Index(options);
  corpus.articles.forEach((a, i) => index.add(i, articleFields(a).map((f) => normalizeText(f.text)).join('\n')));
  const buildMs = performance.now() - t0;
  const parts: [string, string][] = [];
  await index.export((key, data) => {
    parts.push([String(key), data ?? '']);
  });
  const raw = Buffer.from(parts.map((p) => p[1]).join(''));
  const gz = gzipSync(raw).length;
  const t1 = performance.now();
  const loaded = new Index(options);
  for (const [k, d] of parts) loaded.import(k, d);
  const loadMs = performance.now() - t1;
  const run = (q: string) => {
    const terms = normalizeQuery(q).terms;
    let ids: Set<number> | undefined;
    for (const t of terms) {
      const found = new Set(loaded.search(t, { limit: 1_000_000 }) as number[]);
      ids = ids ? new Set([...ids].filter((x) => found.has(x))) : found;
    }
    return [...(ids ?? [])];
  };
  const got = queries.map((q) => run(q).map((i) => corpus.articles[i]!.id));
  const times = timeQueries(queries, run);
  return {
    candidate: 'flexsearch',
    articles: corpus.articles.length,
    buildMs: round(buildMs),
    indexBytes: raw.length,
    indexGzipBytes: gz,
    loadMs: round(loadMs),
    p50Ms: round(quantile(times, 0.5), 3),
    p95Ms: round(quantile(times, 0.95), 3),
    coldGzipBytesP50: gz,
    coldGzipBytesP95: gz,
    coldGzipBytesMax: gz,
    ...score(oracle, got),
    peakRssMB: peakRss(),
    queries: queries.length,
  };
}

async function child(size: number, candidate: string): Promise<void> {
  const corpus = readCorpus(corpusPath(size));
  const queries = JSON.parse(readFileSync(queriesPath(size), 'utf8')) as string[];
  let row: BenchRow;
  if (candidate === 'brute') row = await runBrute(corpus, queries);
  else {
    const oracle = readJsonLines<string[]>(oraclePath(size));
    row = candidate === 'dubao' ? await runDubao(corpus, queries, oracle) : await runFlexsearch(corpus, queries, oracle);
  }
  process.send?.(row);
}

function runChild(size: number, candidate: string): Promise<BenchRow | undefined> {
  return new Promise((resolve, reject) => {
    const proc = fork(fileURLToPath(import.meta.url), ['--child', String(size), candidate], {
      execArgv: [...process.execArgv, `--max-old-space-size=${arg('heap-mb') ?? 6144}`],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let row: BenchRow | undefined;
    proc.on('message', (m) => (row = m as BenchRow));
    proc.on('error', reject);
    proc.on('exit', (code) => (code === 0 ? resolve(row) : reject(new Error(`${candidate} at ${size} exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const childAt = process.argv.indexOf('--child');
  if (childAt >= 0) return child(Number(process.argv[childAt + 1]), process.argv[childAt + 2]!);

  const sizes = (arg('sizes') ?? '1000,10000,100000').split(',').map(Number);
  const json = process.argv.includes('--json');
  const candidates = (arg('candidates') ?? 'dubao,brute,flexsearch').split(',');
  // FlexSearch keeps its whole index in memory; past 10,000 articles it is not a contender.
  const flexMax = Number(arg('flex-max') ?? 10_000);
  mkdirSync(DIR, { recursive: true });
  const vocabulary = loadVocabulary();
  for (const size of sizes) {
    if (!existsSync(corpusPath(size))) writeCorpus(corpusPath(size), syntheticCorpus(size, vocabulary, 1, PAGES_PER_DAY));
    const corpus = readCorpus(corpusPath(size));
    writeFileSync(queriesPath(size), JSON.stringify(benchQueries(corpus, vocabulary)));
    const order = ['brute', ...candidates.filter((c) => c !== 'brute')];
    for (const candidate of order) {
      if (candidate === 'flexsearch' && size > flexMax) continue;
      if (candidate !== 'brute' && !candidates.includes('brute') && !existsSync(oraclePath(size))) {
        await runChild(size, 'brute');
      }
      if (candidate === 'brute' && !candidates.includes('brute') && existsSync(oraclePath(size))) continue;
      const row = await runChild(size, candidate);
      if (!row) continue;
      if (candidate === 'brute' && !candidates.includes('brute')) continue;
      if (json) console.log(JSON.stringify(row));
      else {
        const { slowest, heaviest, ...rest } = row;
        console.log(rest);
        if (slowest) console.log('  slowest', slowest, '\n  heaviest', heaviest);
      }
    }
  }
}

await main();
