import {
  SEARCH_DIR,
  BUNDLE_VERSION,
  bundlePaths,
  corpusSchema,
  editionChunkSchema,
  editionIdOf,
  editionInfoSchema,
  entityChunkSchema,
  manifestSchema,
  MANIFEST_EDITIONS,
  yearChunkSchema,
  pageChunkSchema,
  type Article,
  type Corpus,
  type EditionChunk,
  type EditionInfo,
  type Entity,
  type Manifest,
  type Page,
} from '../contract/bundle.ts';
import { DEFAULT_SITE_NAME, type Site } from '../contract/site.ts';
import { coMentionsOf, entitiesByPage, entityFileEntity } from './bundle/entity-files.ts';
import { columnChunks } from './columns/column-files.ts';
import { withColumns } from './columns/columns.ts';
import { extractEntities, type FindsSource } from './entities/extract.ts';
import { parseEntityOverrides, unusedOverrides } from './entities/overrides.ts';
import type { PipelineProblem } from './errors.ts';
import { articleId, pageIdFromFile } from './ids.ts';
import { parseSidecar } from './meta.ts';
import { cleanPageText } from './parse/clean.ts';
import { explainPage } from './parse/explain.ts';
import { parsePage } from './parse/page.ts';
import type { Layout } from './parse/shape.ts';
import type { Lexicon, ParsedItem, ParsedPage } from './parse/types.ts';
import { stableStringify } from './stable-json.ts';

/** One seed page as read from disk: decoded text and, when present, its parsed sidecar. */
export interface SeedInput {
  /** Path relative to the seeds folder, e.g. `000_b8044a892ed5c8e9.txt`. */
  file: string;
  text: string;
  meta?: { file: string; json: unknown };
}

export interface CompileResult {
  corpus: Corpus;
  problems: PipelineProblem[];
}

/** What identifies an item's content, whatever else is on the page. */
function contentKey(item: ParsedItem): string {
  return [item.kind, item.kicker ?? '', item.headline, item.caption ?? '', item.body[0]?.text ?? ''].join('\u0000');
}

function comparePages(a: Page, b: Page): number {
  if ((a.date ?? '') !== (b.date ?? '')) return (b.date ?? '').localeCompare(a.date ?? '');
  const byNumber = (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER);
  return byNumber !== 0 ? byNumber : a.source.localeCompare(b.source);
}

/**
 * `（下转第4版）` on one page and `（上接第1版）` on another are two halves of one article: each gets
 * the other's id. The other half is looked for on the page the marker names, of the same paper, day
 * and section, among the articles whose marker points back; of several, the one whose headline shares
 * most characters. Two halves are linked only when each is the other's best match, so no half is
 * claimed twice. Undated pages are no edition: their markers stay unlinked.
 */
function linkContinuations(pages: readonly Page[], articles: Article[]): void {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const key = (page: Pick<Page, 'date' | 'section' | 'publication'>, number: number) =>
    [page.publication ?? '', page.date ?? '', page.section ?? '', number].join('\u0000');
  const pageOf = new Map<string, Page | null>();
  for (const page of pages) {
    if (page.number === undefined || !page.date) continue;
    const at = key(page, page.number);
    // Two pages claiming the same place: neither can be told to be the one meant.
    pageOf.set(at, pageOf.has(at) ? null : page);
  }
  const articlePage = new Map(pages.flatMap((page) => page.articleIds.map((id) => [id, page] as const)));
  const bestMatch = (article: Article, direction: 'continuedOn' | 'continuedFrom'): Article | undefined => {
    const marker = article[direction];
    const home = articlePage.get(article.id);
    if (!marker || !home?.number || !home.date) return undefined;
    const target = pageOf.get(key(home, marker.page));
    if (!target) return undefined;
    const back = direction === 'continuedOn' ? 'continuedFrom' : 'continuedOn';
    const candidates = target.articleIds.map((id) => byId.get(id)!).filter((other) => other[back]?.page === home.number);
    return candidates.sort((a, b) => sharedCharacters(b.headline, article.headline) - sharedCharacters(a.headline, article.headline))[0];
  };
  for (const first of articles) {
    const second = bestMatch(first, 'continuedOn');
    if (!second || bestMatch(second, 'continuedFrom') !== first || !first.continuedOn || !second.continuedFrom) continue;
    first.continuedOn = { page: first.continuedOn.page, articleId: second.id };
    second.continuedFrom = { page: second.continuedFrom.page, articleId: first.id };
  }
}

function sharedCharacters(a: string, b: string): number {
  const set = new Set(a);
  return [...b].filter((ch) => set.has(ch)).length;
}

/**
 * Articles oldest edition first (an edition's own order kept): entities meet them in the order they
 * were printed, so their roles list first-printed first, and the next edition appends a role
 * instead of reordering the roles on every page that names the entity.
 */
function inPrintOrder(articles: readonly Article[], pages: readonly Page[]): Article[] {
  const dateOf = new Map(pages.map((page) => [page.id, page.date ?? '']));
  return [...articles].sort((a, b) => (dateOf.get(a.pageId) ?? '').localeCompare(dateOf.get(b.pageId) ?? ''));
}

/** Each entity's mentions in the corpus's reading order (newest edition first), as the entity page lists them. */
function inReadingOrder(entities: Entity[], articles: readonly Article[]): Entity[] {
  const order = new Map(articles.map((article, index) => [article.id, index]));
  return entities.map((entity) => ({ ...entity, mentions: [...entity.mentions].sort((a, b) => order.get(a.articleId)! - order.get(b.articleId)!) }));
}

/** `entities.json` beside the pages, parsed but not yet validated. */
export interface OverridesInput {
  file: string;
  json: unknown;
}

/** What the corpus takes from a page's parse: the rest (its shape, its trace) is for `--explain`. */
export type PageParse = Pick<ParsedPage, 'facts' | 'items' | 'problems' | 'advertisement'>;

/** Parses one page; the build passes one that answers from its cache (incremental.ts). */
export type PageParser = (seed: SeedInput, layout: Layout | undefined, lexicon: Lexicon | undefined) => PageParse;

export const parseSeed: PageParser = (seed, layout, lexicon) => parsePage(seed.text, seed.file, { layout, lexicon });

/**
 * Seeds in, the whole corpus out: parse every page, give stable ids, find entities, validate. Pure
 * when `parse` is (the cached parser reads and writes its cache, and gives what parsing would).
 */
export function compileCorpus(
  seeds: readonly SeedInput[],
  entityOverrides?: OverridesInput,
  lexicon?: Lexicon,
  parse: PageParser = parseSeed,
  finds?: FindsSource,
): CompileResult {
  const problems: PipelineProblem[] = [];
  const pages: Page[] = [];
  const articles: Article[] = [];
  const pageIds = new Map<string, string>();

  for (const seed of [...seeds].sort((a, b) => a.file.localeCompare(b.file))) {
    const sidecar = seed.meta ? parseSidecar(seed.meta.json, seed.meta.file) : undefined;
    problems.push(...(sidecar?.problems ?? []));
    const parsed = parse(seed, sidecar?.layout, lexicon);
    problems.push(...parsed.problems);
    if (parsed.items.length === 0 && !parsed.advertisement) continue;

    const id = pageIdFromFile(seed.file);
    const clash = pageIds.get(id);
    if (clash) {
      problems.push({ file: seed.file, title: `its page id "${id}" is the same as that of ${clash}`, hint: 'rename one of the files', severity: 'error' });
      continue;
    }
    pageIds.set(id, seed.file);

    const seen = new Map<string, number>();
    const pageArticles = parsed.items.map((item, order): Article => {
      const key = contentKey(item);
      const repeat = (seen.get(key) ?? 0) + 1;
      seen.set(key, repeat);
      const { line: _line, ...fields } = item;
      return { id: articleId(id, repeat > 1 ? `${key}\u0000${repeat}` : key), pageId: id, order, ...fields };
    });
    articles.push(...pageArticles);
    const advertisement = parsed.advertisement ? { advertisement: true as const } : {};
    pages.push({ ...parsed.facts, ...sidecar?.facts, id, source: seed.file, articleIds: pageArticles.map((a) => a.id), ...advertisement });
  }
  linkContinuations(pages, articles);

  pages.sort(comparePages);
  const pageOrder = new Map(pages.map((page, index) => [page.id, index]));
  articles.sort((a, b) => (pageOrder.get(a.pageId) ?? 0) - (pageOrder.get(b.pageId) ?? 0) || a.order - b.order);
  const overrides = entityOverrides ? parseEntityOverrides(entityOverrides.json, entityOverrides.file) : undefined;
  problems.push(...(overrides?.problems ?? []));
  const entities = inReadingOrder(extractEntities(inPrintOrder(articles, pages), overrides?.overrides, lexicon, finds), articles);
  if (entityOverrides && overrides) problems.push(...unusedOverrides(overrides.overrides, entities, entityOverrides.file));
  const corpus = corpusSchema.parse({ pages, articles: withColumns(articles), entities });
  return { corpus, problems };
}

/** The web bundle's files (paths under the site's `data/`), each validated against the contract. */
export function bundleFiles(
  corpus: Corpus,
  searchIndex?: { entry: string; files: Map<string, string | Uint8Array> },
  site: Site = { name: DEFAULT_SITE_NAME },
): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  const byId = new Map(corpus.articles.map((article) => [article.id, article]));
  const editions = new Map<string, Page[]>();
  for (const page of corpus.pages) {
    const id = editionIdOf(page);
    editions.set(id, [...(editions.get(id) ?? []), page]);
  }
  const editionInfos: EditionInfo[] = [...editions].map(([id, pages]) => {
    const publications = new Set(pages.map((page) => page.publication));
    const [only] = publications;
    return editionInfoSchema.parse({
      id,
      date: pages[0]?.date,
      publication: publications.size === 1 ? only : undefined,
      firstPageId: pages[0]?.id,
      pageCount: pages.length,
      articleCount: pages.reduce((sum, page) => sum + page.articleIds.length, 0),
    });
  });
  // Dated editions come newest first: the one after an edition in the list is its 上一期.
  const datedInfos = editionInfos.filter((info) => info.date);
  const datedAt = new Map(datedInfos.map((info, at) => [info, at]));
  const linkTo = (info: EditionInfo | undefined) => info && { id: info.id, date: info.date, firstPageId: info.firstPageId };
  for (const info of editionInfos) {
    const pages = editions.get(info.id)!;
    const at = datedAt.get(info) ?? -1;
    const chunk: EditionChunk = editionChunkSchema.parse({
      version: BUNDLE_VERSION,
      edition: info,
      previous: at >= 0 ? linkTo(datedInfos[at + 1]) : undefined,
      next: at > 0 ? linkTo(datedInfos[at - 1]) : undefined,
      pages: pages.map(({ articleIds, ...page }) => ({
        ...page,
        articles: articleIds.map((articleId) => {
          const { kind, kicker, headline, column, caption } = byId.get(articleId)!;
          return { id: articleId, kind, kicker, headline, column, caption };
        }),
      })),
    });
    files.set(bundlePaths.edition(info.id), stableStringify(chunk));
  }
  const byYear = new Map<string, EditionInfo[]>();
  for (const info of editionInfos) {
    if (!info.date) continue;
    const year = info.date.slice(0, 4);
    const editions = byYear.get(year);
    if (editions) editions.push(info);
    else byYear.set(year, [info]);
  }
  for (const [year, editions] of byYear) {
    files.set(bundlePaths.year(year), stableStringify(yearChunkSchema.parse({ version: BUNDLE_VERSION, year, editions })));
  }
  const manifest: Manifest = manifestSchema.parse({
    version: BUNDLE_VERSION,
    editions: editionInfos.slice(0, MANIFEST_EDITIONS),
    editionCount: editionInfos.length,
    years: [...byYear].map(([year, editions]) => ({ year, editionCount: editions.length })),
    firstDate: datedInfos[datedInfos.length - 1]?.date,
    hasUndated: editionInfos.some((info) => !info.date),
    searchIndex: searchIndex ? `${SEARCH_DIR}${searchIndex.entry}` : undefined,
    site,
  });
  files.set(bundlePaths.manifest, stableStringify(manifest));
  const pageEntities = entitiesByPage(corpus.entities);
  for (const page of corpus.pages) {
    const chunk = pageChunkSchema.parse({
      version: BUNDLE_VERSION,
      page,
      articles: page.articleIds.map((id) => byId.get(id)!),
      entities: pageEntities.get(page.id) ?? [],
    });
    files.set(bundlePaths.page(page.id), stableStringify(chunk));
  }
  const coMentions = coMentionsOf(corpus);
  for (const entity of corpus.entities) {
    const chunk = entityChunkSchema.parse({ version: BUNDLE_VERSION, entity: entityFileEntity(entity), coMentions: coMentions.get(entity.id) ?? [] });
    files.set(bundlePaths.entity(entity.id), stableStringify(chunk));
  }
  for (const chunk of columnChunks(corpus)) files.set(bundlePaths.column(chunk.column.id), stableStringify(chunk));
  for (const [path, data] of searchIndex?.files ?? []) files.set(`search/${path}`, data);
  return files;
}

/** How the parser read one page, line by line (`--explain`), with the problems of the page and its sidecar. */
export function explainSeed(seed: SeedInput, lexicon?: Lexicon): { report: string; problems: PipelineProblem[] } {
  const sidecar = seed.meta ? parseSidecar(seed.meta.json, seed.meta.file) : undefined;
  const parsed = parsePage(seed.text, seed.file, { layout: sidecar?.layout, lexicon });
  // The lines as the parser read them (entities decoded, breaks made lines), so each row is the line it names.
  return { report: explainPage(cleanPageText(seed.text), parsed, seed.file), problems: [...(sidecar?.problems ?? []), ...parsed.problems] };
}
