/**
 * The one place that runs the pipeline and reads its output. The entity rules are being changed
 * while this benchmark is used; everything else reads the plain view below, so a change in the
 * output's shape is fixed here alone.
 */
import { basename } from 'node:path';
import { compileCorpus, type SeedInput } from '../../src/pipeline/compile.ts';
import { loadLexicon } from '../../src/pipeline/read/lexicon.ts';
import { readSeedFile } from '../../src/pipeline/read/seeds.ts';
import { norm } from './text.ts';

/** A page to compile: seed text and the facts a sidecar would give. */
export interface SeedPage {
  file: string;
  text: string;
  date: string;
  page: number;
}

/** One entity the pipeline printed on one page. */
export interface Output {
  kind: string;
  /** As printed. */
  name: string;
  /** `norm(name)`. */
  key: string;
  /** `norm` of the name and of every alias: what a gold name or alias may match. */
  forms: string[];
  roles: string[];
}

export interface Run {
  /** Seed file → the entities mentioned in the articles the pipeline made of it. */
  byFile: Map<string, Output[]>;
  /** The page produced no items at all (seed file names). */
  emptyFiles: string[];
  /** Problems of severity `error` the pipeline reported. */
  errors: { file: string; title: string }[];
  ms: number;
}

const PUBLICATION = '人民日报';

/** `compileCorpus` in-process, with the word list the build loads, as one corpus of these pages. */
export async function runPipeline(pages: readonly SeedPage[]): Promise<Run> {
  return compile(
    pages.map((p) => ({
      file: p.file,
      text: p.text,
      meta: { file: p.file.replace(/\.txt$/u, '.meta.json'), json: { date: p.date, page: p.page, publication: PUBLICATION } },
    })),
  );
}

/** One page of `seeds/`, read and decoded as the build reads it (its sidecar too, if it has one). */
export async function runSeedFile(path: string): Promise<{ outputs: Output[]; run: Run } | { error: string }> {
  const read = await readSeedFile(path);
  if (!read.input) return { error: read.problems.map((p) => p.title).join('; ') || 'cannot be read' };
  const file = basename(read.input.file);
  const run = await compile([{ ...read.input, file, ...(read.input.meta ? { meta: { ...read.input.meta, file: basename(read.input.meta.file) } } : {}) }]);
  return { outputs: run.byFile.get(file) ?? [], run };
}

async function compile(seeds: SeedInput[]): Promise<Run> {
  const lexicon = await loadLexicon();
  const t0 = performance.now();
  const { corpus, problems } = compileCorpus(seeds, undefined, lexicon);
  const ms = performance.now() - t0;

  const sourceOfPage = new Map(corpus.pages.map((page) => [page.id, page.source]));
  const fileOfArticle = new Map(corpus.articles.map((a) => [a.id, sourceOfPage.get(a.pageId) ?? '']));
  const byFile = new Map<string, Output[]>(seeds.map((s) => [s.file, []]));
  for (const e of corpus.entities) {
    const output: Output = { kind: e.kind, name: e.name, key: norm(e.name), forms: [...new Set([e.name, ...e.aliases].map(norm))], roles: [...e.roles] };
    for (const file of new Set(e.mentions.map((m) => fileOfArticle.get(m.articleId) ?? ''))) byFile.get(file)?.push(output);
  }
  const withItems = new Set(corpus.pages.filter((page) => page.articleIds.length > 0).map((page) => page.source));
  return {
    byFile,
    emptyFiles: seeds.map((s) => s.file).filter((file) => !withItems.has(file)),
    errors: problems.filter((p) => p.severity === 'error').map((p) => ({ file: p.file, title: p.title })),
    ms,
  };
}
