import { editionIdOf, UNDATED_EDITION } from '../contract/bundle-layout.ts';
import type { Article, Corpus, Entity, Page } from '../contract/bundle.ts';
import { buildSegmentText, withSegmentEntities, type BuildOptions, type SegmentInput, type SegmentText } from './build.ts';
import { encodeSearchEntry } from './entry.ts';
import { compressIndexFiles } from './gzip.ts';
import { ENTRY_FILE, INDEX_FORMAT, paths, segmentDir, type SearchEntry, type SegmentEntry } from './format.ts';
import { buildPinyinTable } from './pinyin.ts';
import { planSegments } from './segments.ts';

/** One segment's text index: files (paths inside its folder) and what the entry says of it. */
export type BuiltSegment = ReturnType<typeof buildSegmentText>;

export interface IndexOptions extends BuildOptions {
  /** The base of the segment sizes (segments.ts; default 2). */
  segmentBase?: number;
  /** Applied to every binary file as it is built (stored.ts: gzip); none by default. */
  compress?: (data: Uint8Array) => Uint8Array;
  /**
   * Builds one segment's text index (`build`) or answers for it: the build's cache
   * (pipeline/incremental.ts) returns one built from the same pages and articles. Its files are
   * compressed already. The entity facets are added after, from the archive's entities.
   */
  segment?: (input: SegmentText, options: BuildOptions, build: () => BuiltSegment) => BuiltSegment;
}

/**
 * A segment's dictionary bucket size. Every term a query looks up costs one bucket of every
 * segment it asks, so the segments' bucket sizes add up per lookup, while the number of bucket
 * files is each segment's dictionary over its bucket size: buckets growing with the square root of
 * the segment's size minimise the files for the bytes. Measured at 10,000 articles (5 segments;
 * a first page's cold bytes at p95, index files): flat 8 KB buckets 192 KB, 47,555 files; flat
 * 2 KB 100 KB, 73,629; these (1-4 KB) 91 KB, 64,814.
 */
function bucketBytesFor(docs: number): number {
  return Math.max(1024, Math.min(4096, Math.round(48 * Math.sqrt(docs))));
}

/**
 * Builds the search index of a corpus as segments (segments.ts), its binary files compressed with
 * `compress` if given (stored.ts gzips them for the site). Pure: returns the files (paths relative to
 * `data/search/`) for the pipeline to write; `entry` is the path of the entry file among them.
 * Each segment is built from its own editions alone, so one whose editions did not change comes
 * out byte for byte as before.
 */
export function buildSearchIndex(corpus: Corpus, options: IndexOptions = {}): { entry: string; files: Map<string, Uint8Array | string> } {
  const editionOfPage = new Map(corpus.pages.map((p) => [p.id, editionIdOf(p)]));
  // An article whose page is missing ranks with the undated pages, as it always has.
  const editionOf = (a: Article) => editionOfPage.get(a.pageId) ?? UNDATED_EDITION;
  const plans = planSegments([...editionOfPage.values(), ...corpus.articles.map(editionOf)], options.segmentBase);
  const segmentOfEdition = new Map(plans.flatMap((plan, s) => plan.editions.map((e) => [e, s] as const)));

  const parts = plans.map(() => ({ pages: [] as Page[], articles: [] as Article[], mentions: new Map<Entity, Entity['mentions']>() }));
  for (const p of corpus.pages) parts[segmentOfEdition.get(editionIdOf(p))!]!.pages.push(p);
  const segmentOfArticle = new Map<string, number>();
  for (const a of corpus.articles) {
    const s = segmentOfEdition.get(editionOf(a))!;
    parts[s]!.articles.push(a);
    segmentOfArticle.set(a.id, s);
  }
  for (const e of corpus.entities) {
    for (const m of e.mentions) {
      const s = segmentOfArticle.get(m.articleId);
      if (s === undefined) continue;
      const list = parts[s]!.mentions.get(e);
      if (list) list.push(m);
      else parts[s]!.mentions.set(e, [m]);
    }
  }

  const { compress } = options;
  const files = new Map<string, Uint8Array | string>();
  const segments: SegmentEntry[] = plans.map((plan, s) => {
    const part = parts[s]!;
    // By id, not in the archive's ranking, which a new edition reorders: facets are counted whatever the order.
    const entities = [...part.mentions]
      .map(([e, mentions]) => ({ id: e.id, name: e.name, kind: e.kind, mentions: mentions.map((m) => ({ articleId: m.articleId })) }))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const input: SegmentInput = { pages: part.pages, articles: part.articles, entities };
    const text: SegmentText = { pages: part.pages, articles: part.articles };
    const { inlineMax, fileMax, chunkBytes } = options;
    const segmentOptions = { inlineMax, fileMax, chunkBytes, bucketBytes: options.bucketBytes ?? bucketBytesFor(part.articles.length) };
    const build = () => {
      const made = buildSegmentText(text, segmentOptions);
      return compress ? { ...made, files: compressIndexFiles(made.files, compress) } : made;
    };
    const built = withSegmentEntities(options.segment ? options.segment(text, segmentOptions, build) : build(), input);
    const dir = segmentDir(plan.key);
    for (const [path, data] of built.files) files.set(dir + path, data);
    const dated = plan.key !== UNDATED_EDITION;
    return { key: plan.key, ...built.entry, ...(dated ? { first: plan.editions[0]!, last: plan.editions[plan.editions.length - 1]! } : {}) };
  });

  // One table for every segment: a Latin term must stand for the same names wherever it is looked up.
  const pinyinTable = buildPinyinTable(corpus.entities);
  const pinyin = Object.keys(pinyinTable).length > 0;
  if (pinyin) files.set(paths.pinyin, JSON.stringify(pinyinTable));
  const entry: SearchEntry = { format: INDEX_FORMAT, docCount: corpus.articles.length, pinyin, segments };
  files.set(ENTRY_FILE, encodeSearchEntry(entry));
  return { entry: ENTRY_FILE, files };
}
