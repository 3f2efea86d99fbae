/**
 * `npm run -s bench:entities -- --corpus ../shared/corpora/rmrb [--json] [--examples N] [--kind K,…] [--only C,…]
 *   [--save-baseline FILE] [--baseline FILE]`
 *
 * The entity rules on real pages: precision on the hand-labelled outputs of 150 pages, recall and
 * precision on 40 hand-listed articles, and the seed page's exact entities. The corpus is read by
 * path at run time; the table and the JSON hold figures only, and the examples, which quote it,
 * go to stderr, never into a file of the repository.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Output, runPipeline, runSeedFile } from './adapter.ts';
import { placeLabels } from './attribute.ts';
import { BaselineError, checkOutside, loadBaseline, saveBaseline } from './baseline.ts';
import { CorpusError, KINDS, type Kind, loadCorpus } from './load.ts';
import { type BenchPage, goldGrid, goldPages, labelledPages, printedText } from './pages.ts';
import { LEGEND, type Locate, type Results, renderExamples, renderJson, renderTable } from './report.ts';
import { CATEGORIES, type Category, scoreGold, scoreLabels, seedCheck } from './score.ts';
import { excerpt } from './text.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEED_PAGE = join(REPO, 'seeds/000_b8044a892ed5c8e9.txt');

/** Short names for `--only`, so a category is typed without quotes. */
const CATEGORY_FLAGS: Record<string, Category> = {
  bad: 'bad still there',
  lost: 'good lost',
  roles: 'roles wrong',
  new: 'new unlabelled',
  missed: 'gold missed',
  fp: 'gold false positive',
};

const USAGE = `usage: npm run -s bench:entities -- --corpus DIR [--json] [--examples N] [--kind ${KINDS.join(',')}] [--only ${Object.keys(CATEGORY_FLAGS).join(',')}] [--save-baseline FILE] [--baseline FILE]`;

class UsageError extends Error {}

interface Options {
  corpus: string;
  json: boolean;
  examples: number;
  kinds: Kind[];
  categories: Category[];
  /** An earlier run's outputs to tell new names from old ones; where to save this run's. */
  baseline?: string;
  saveBaseline?: string;
}

function options(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  if (argv.includes('--help')) throw new UsageError(USAGE);
  const corpus = value('corpus');
  if (!corpus) throw new UsageError(`--corpus DIR is required (the folder of articles.jsonl.gz and the entity files)\n${USAGE}`);
  const examples = Number(value('examples') ?? 0);
  if (!Number.isInteger(examples) || examples < 0) throw new UsageError(`--examples takes a count, e.g. --examples 5`);
  const list = (name: string) => value(name)?.split(',').map((s) => s.trim()).filter(Boolean);
  const kinds = list('kind') ?? [...KINDS];
  const badKind = kinds.find((k) => !(KINDS as readonly string[]).includes(k));
  if (badKind) throw new UsageError(`unknown kind ${badKind} (kinds: ${KINDS.join(', ')})`);
  const only = list('only');
  const badCategory = only?.find((c) => !(c in CATEGORY_FLAGS));
  if (badCategory) throw new UsageError(`unknown category ${badCategory} (${Object.entries(CATEGORY_FLAGS).map(([k, v]) => `${k}: ${v}`).join(', ')})`);
  const baseline = value('baseline');
  const save = value('save-baseline');
  return {
    corpus,
    ...(baseline ? { baseline } : {}),
    ...(save ? { saveBaseline: save } : {}),
    json: argv.includes('--json'),
    examples,
    kinds: kinds as Kind[],
    categories: only ? CATEGORIES.filter((c) => only.some((flag) => CATEGORY_FLAGS[flag] === c)) : [...CATEGORIES],
  };
}

/** Finds a name in the corpus articles of the pages a failure names: the article it is printed in and the text around it. */
function locator(pages: readonly BenchPage[]): Locate {
  const byKey = new Map(pages.map((p) => [p.key, p]));
  return (where, name) => {
    for (const key of where) {
      for (const a of byKey.get(key)?.articles ?? []) {
        const text = excerpt(printedText(a), name);
        if (text !== undefined) return { articleId: a.id, excerpt: text };
      }
    }
    return undefined;
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const opts = options(process.argv.slice(2));
  // refused before the run, not after it
  if (opts.saveBaseline) checkOutside(opts.saveBaseline, REPO);
  const baseline = opts.baseline ? loadBaseline(opts.baseline) : undefined;
  const corpus = loadCorpus(opts.corpus);
  const labelled = labelledPages(corpus.articles);
  const gold = goldPages(corpus.articles, corpus.gold);
  if (gold.missing.length > 0) throw new CorpusError(`gold articles not in articles.jsonl.gz: ${gold.missing.join(', ')}`);
  const placed = placeLabels(corpus.labels, labelled);
  const loadMs = performance.now() - started;

  const labelRun = await runPipeline(labelled);
  const goldRun = await runPipeline(gold.pages);
  const seedRun = await runSeedFile(SEED_PAGE);

  const errors = [...labelRun.errors, ...goldRun.errors];
  const fileOf = new Map([...labelled, ...gold.pages].map((p) => [p.key, p.file]));
  const outputsOn = (run: typeof labelRun) => (key: string): readonly Output[] => run.byFile.get(fileOf.get(key) ?? '') ?? [];
  const labels = scoreLabels(placed, outputsOn(labelRun), labelled.map((p) => p.key), baseline);
  if (opts.saveBaseline) saveBaseline(opts.saveBaseline, REPO, labels.outputs);
  const goldScore = scoreGold(corpus.gold, outputsOn(goldRun));
  const grid = goldGrid(corpus.articles);

  const results: Results = {
    corpus: opts.corpus,
    ...(opts.baseline ? { baseline: opts.baseline } : {}),
    labels: labels.counts,
    gold: goldScore.counts,
    seed: 'error' in seedRun ? { ok: false, missing: [`(${seedRun.error})`], extra: [] } : seedCheck(seedRun.outputs),
    selection: {
      labelledPages: labelled.length,
      labels: placed.length,
      ambiguousLabels: placed.filter((p) => p.pages.length > 1).length,
      unplacedLabels: placed.filter((p) => p.pages.length === 0).length,
      goldArticles: gold.pages.length,
      goldIdsMatchRule: grid.length === corpus.gold.length && grid.every((id, i) => corpus.gold[i]?.id === id),
    },
    pipeline: {
      errorFiles: [...new Set(errors.map((e) => e.file))],
      pagesWithoutItems: [...labelRun.emptyFiles, ...goldRun.emptyFiles],
    },
    timing: { totalMs: 0, loadMs, labelledMs: labelRun.ms, goldMs: goldRun.ms, seedMs: 'error' in seedRun ? 0 : seedRun.run.ms },
  };
  results.timing.totalMs = performance.now() - started;

  process.stdout.write(`${opts.json ? renderJson(results) : `${renderTable(results)}\n\n${LEGEND}`}\n`);
  for (const e of errors) process.stderr.write(`pipeline error: ${e.file}: ${e.title}\n`);
  if (opts.examples > 0) {
    const failures = [...labels.failures, ...goldScore.failures];
    process.stderr.write(`${renderExamples(failures, opts.examples, locator([...labelled, ...gold.pages]), { kinds: opts.kinds, categories: opts.categories })}\n`);
  }
}

main().catch((e: unknown) => {
  if (e instanceof UsageError || e instanceof CorpusError || e instanceof BaselineError) {
    process.stderr.write(`bench:entities: ${e.message}\n`);
    process.exit(2);
  }
  throw e;
});
