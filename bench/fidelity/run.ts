/**
 * `npm run -s bench:fidelity -- --corpus ../shared/corpora/rmrb/articles.jsonl.gz
 *   [--pages N] [--page 2019-02-01-p04] [--class NAME[,NAME]] [--seed S] [--json] [--failures N] [--dump DIR]`
 *
 * Lays the corpus's real articles out as whole pages in five layout classes, runs the real page
 * parser on each and scores what it recovers against the truth. Deterministic for a seed; the
 * corpus is read at run time and none of its text is written into the repository.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParseOutcome, decodeBytes, parseText } from './adapter.ts';
import { type CorpusPage, groupPages, loadArticles, loadFoundFiles } from './load.ts';
import { CLASSES, type ClassName, type GeneratedPage } from './layouts/common.ts';
import { plantContinuation } from './layouts/continuation.ts';
import { crawlerPage } from './layouts/crawler.ts';
import { LAYOUTS } from './layouts/index.ts';
import { rngFor, shuffle } from './prng.ts';
import { type Results, renderJson, renderText } from './report.ts';
import { newSink } from './failures.ts';
import { type Counts, addCounts, emptyCounts, failedPage, scorePage } from './score.ts';
import { type TruthArticle, truthArticle } from './truth.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEED_PAGE = join(REPO, 'seeds/000_b8044a892ed5c8e9.txt');

interface Options {
  corpus: string;
  pages?: number;
  /** One corpus page (`2019-02-01-p04`), to look at it alone. */
  page?: string;
  classes: ClassName[];
  seed: string;
  json: boolean;
  failures: number;
  dump?: string;
}

function options(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const corpus = value('corpus');
  if (!corpus) throw new UsageError('--corpus PATH is required (e.g. ../shared/corpora/rmrb/articles.jsonl.gz)');
  const classes = (value('class') ?? CLASSES.join(',')).split(',').map((c) => c.trim()) as ClassName[];
  const unknown = classes.filter((c) => !CLASSES.includes(c));
  if (unknown.length > 0) throw new UsageError(`unknown class ${unknown.join(', ')} (classes: ${CLASSES.join(', ')})`);
  const pages = value('pages');
  const page = value('page');
  const dump = value('dump');
  if (dump && !relative(REPO, resolve(dump)).startsWith('..') && !isAbsolute(relative(REPO, resolve(dump)))) {
    // the generated pages carry corpus text, which must never land in the repository
    throw new UsageError(`--dump ${dump} is inside the repository; use a folder outside it, e.g. /tmp/fidelity`);
  }
  return {
    corpus,
    ...(pages ? { pages: Number(pages) } : {}),
    ...(page ? { page } : {}),
    classes,
    seed: value('seed') ?? '1',
    json: argv.includes('--json'),
    failures: Number(value('failures') ?? 0),
    ...(dump ? { dump } : {}),
  };
}

class UsageError extends Error {}

/** `class|key=value` keys in the classes' own order, then by name. */
function byClassThenName(a: string, b: string): number {
  const ca = CLASSES.indexOf(a.split('|')[0] as ClassName);
  const cb = CLASSES.indexOf(b.split('|')[0] as ClassName);
  return ca - cb || (a < b ? -1 : a > b ? 1 : 0);
}

function seedCheck(): Results['seedCheck'] {
  const parsed = parseText(readFileSync(SEED_PAGE, 'utf8'), 'seeds/000_b8044a892ed5c8e9.txt');
  if (!parsed.ok) return { items: 0, ok: false, error: parsed.error };
  return { items: parsed.page.items.length, ok: parsed.page.items.length === 4 };
}

function main(): void {
  const started = performance.now();
  const opts = options(process.argv.slice(2));
  const raw = loadArticles(opts.corpus);
  const truthById = new Map<string, TruthArticle>(raw.map((a) => [a.id, truthArticle(a)]));
  const allPages = groupPages(raw);
  const truthOf = (p: CorpusPage) => p.articles.map((a) => truthById.get(a.id) as TruthArticle);
  const sampled = opts.pages === undefined ? allPages : shuffle(allPages, rngFor(opts.seed, 'sample')).slice(0, opts.pages).sort((x, y) => (x.id < y.id ? -1 : 1));
  const selected = opts.page === undefined ? sampled : sampled.filter((p) => p.id === opts.page);
  if (selected.length === 0) throw new UsageError(`no page ${opts.page} in the corpus${opts.pages ? ' sample' : ''}`);
  const selectedIds = new Set(selected.map((p) => p.id));
  const byDate = new Map<string, CorpusPage[]>();
  for (const p of allPages) byDate.set(p.date, [...(byDate.get(p.date) ?? []), p]);
  const loadMs = performance.now() - started;

  // looking at one page, every failure on it is worth showing; across pages, one per page keeps variety
  const sink = newSink(opts.failures, opts.page === undefined ? 1 : opts.failures);
  const classes = new Map<ClassName, Counts>();
  const variants = new Map<string, Counts>();
  const parseMs = new Map<ClassName, number>();
  let generateMs = 0;
  let scoreMs = 0;
  let slowest = { page: '', ms: 0 };

  const run = (gen: GeneratedPage, parse: () => ParseOutcome) => {
    if (opts.dump) {
      const path = join(opts.dump, gen.cls, gen.file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, gen.text);
    }
    const t0 = performance.now();
    const parsed = parse();
    const t1 = performance.now();
    parseMs.set(gen.cls, (parseMs.get(gen.cls) ?? 0) + (t1 - t0));
    if (t1 - t0 > slowest.ms) slowest = { page: `${gen.cls}/${gen.file}`, ms: t1 - t0 };
    const counts = parsed.ok ? scorePage(gen, parsed.page, sink) : failedPage(gen, parsed.error, sink);
    scoreMs += performance.now() - t1;
    const into = classes.get(gen.cls) ?? emptyCounts();
    addCounts(into, counts);
    classes.set(gen.cls, into);
    for (const [k, v] of Object.entries(gen.variants)) {
      const key = `${gen.cls}|${k}=${v}`;
      const c = variants.get(key) ?? emptyCounts();
      addCounts(c, counts);
      variants.set(key, c);
    }
  };

  for (const cls of opts.classes) {
    if (cls === 'crawler') {
      for (const page of selected) {
        for (const a of truthOf(page)) {
          const t0 = performance.now();
          const gen = crawlerPage(a, 'generated');
          generateMs += performance.now() - t0;
          run(gen, () => parseText(gen.text, gen.file));
        }
      }
      for (const found of loadFoundFiles(opts.corpus)) {
        const truth = truthById.get(found.articleId);
        if (!truth || (opts.page !== undefined && !selectedIds.has(`${truth.date}-p${String(truth.page).padStart(2, '0')}`))) continue;
        const decoded = decodeBytes(found.bytes, found.file);
        const gen = { ...crawlerPage(truth, 'as-found', decoded.ok ? decoded.text : found.bytes.toString('utf8')), file: found.file };
        run(gen, () => (decoded.ok ? parseText(decoded.text, found.file) : decoded));
      }
      continue;
    }
    const layout = LAYOUTS[cls];
    const toRender = new Map<string, { page: CorpusPage; articles: TruthArticle[] }>();
    for (const p of selected) toRender.set(p.id, { page: p, articles: truthOf(p) });
    for (const date of new Set(selected.map((p) => p.date))) {
      const edition = (byDate.get(date) ?? []).map((p) => ({ pageId: p.id, page: p.page, articles: toRender.get(p.id)?.articles ?? truthOf(p) }));
      const planted = plantContinuation(edition, (id) => selectedIds.has(id), rngFor(opts.seed, cls, 'continuation', date));
      for (const [pageId, articles] of planted) {
        const page = allPages.find((p) => p.id === pageId) as CorpusPage;
        // a continuation's second half brings its page along, even when sampling left it out
        toRender.set(pageId, { page, articles });
      }
    }
    for (const { page, articles } of [...toRender.values()].sort((x, y) => (x.page.id < y.page.id ? -1 : 1))) {
      const t0 = performance.now();
      const gen = layout.render({ pageId: page.id, date: page.date, page: page.page, articles, rng: rngFor(opts.seed, cls, page.id) });
      generateMs += performance.now() - t0;
      run(gen, () => parseText(gen.text, gen.file));
    }
  }

  const results: Results = {
    seed: opts.seed,
    corpus: opts.corpus,
    classes,
    variants: new Map([...variants].sort(([a], [b]) => byClassThenName(a, b))),
    timing: { totalMs: 0, loadMs, parseMs, generateMs, scoreMs, slowest },
    seedCheck: seedCheck(),
    sink,
  };
  results.timing.totalMs = performance.now() - started;
  process.stdout.write(`${opts.json ? renderJson(results, opts.failures) : renderText(results, opts.failures)}\n`);
}

try {
  main();
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`bench:fidelity: ${e.message}\n`);
    process.exit(2);
  }
  throw e;
}
