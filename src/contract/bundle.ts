import { z } from 'zod';
import { BUNDLE_VERSION, ID_PATTERN, MANIFEST_EDITIONS, MAX_CO_MENTIONS } from './bundle-layout.ts';
import { DEFAULT_SITE_NAME, siteSchema } from './site.ts';

// The bundle's paths, constants and text helpers hold no schema, so the app imports them without zod.
export * from './bundle-layout.ts';

/**
 * The bundle dubao's pipeline writes and its app reads. Every field is defined here once;
 * the pipeline validates what it writes against these schemas. The app reads these files only
 * through the hashed names the entry points at (deploy.ts): each is the output of a build that
 * validated it, so the app checks their `version` and trusts their shape, and loads no zod to read.
 *
 * Files of the web bundle (under `data/` of the site):
 * - `manifest.json`            {@link Manifest}: the newest editions and how many each year has;
 *                              small, and the same size after ten years as after one.
 * - `years/<YYYY>.json`        {@link YearChunk}: one year's editions (the prerender's route list).
 * - `editions/<editionId>.json` {@link EditionChunk}: one day's pages and their headlines.
 * - `pages/<pageId>.json`      {@link PageChunk}: one printed page with its full articles and the
 *                              entities they mention, fetched when read.
 * (An article view reads its page's file: {@link ArticleChunk} is cut from it, `articleChunkOf`.)
 * - `entities/<entityId>.json` {@link EntityChunk}: one person, enterprise, organization or project,
 *                              every article mentioning it, and who appears beside it.
 * - `columns/<columnId>.json`  {@link ColumnChunk}: one 栏目 and its items across every edition.
 * No file a reader loads to read lists every entity or every article: each grows with one page
 * or one entity, never with the archive, and a prerendered route embeds only the files it read.
 * (The search index keeps its own archive-wide tables, fetched only when a reader searches.)
 * - `search/…`                 the search index (format owned by `src/search/`), fetched only when a reader searches.
 * These are logical paths: on a host each file is stored under a hash of its content, found through
 * the one unhashed entry file (`deploy.ts`).
 */

/** Ids appear in URLs: letters, digits, `_` and `-` only. */
export const idSchema = z.string().regex(ID_PATTERN, 'ids are URL-safe: letters, digits, _ and -');

export const bylineSchema = z.object({
  /** The person's name as printed, e.g. `黄雅婷`. */
  name: z.string().min(1),
  /** The role printed with the name (`记者`, `通讯员`, `摄影`, `摄`, `文`); absent when none was printed (`韩晖`). */
  role: z.string().min(1).optional(),
  /** Whom the person works for, as printed before the role: `本报` of `本报记者`, `新华社` of `新华社记者`. */
  affiliation: z.string().min(1).optional(),
});
export type Byline = z.infer<typeof bylineSchema>;

export const bodyBlockKindSchema = z.enum(['paragraph', 'subhead']);
/** `paragraph`: running text; `subhead`: a section head (小标题) printed inside the body, shown as a heading. */
export type BodyBlockKind = z.infer<typeof bodyBlockKindSchema>;

export const bodyBlockSchema = z.object({
  kind: bodyBlockKindSchema,
  /** The block's text as printed (original punctuation kept), with column breaks repaired. */
  text: z.string().min(1),
});
export type BodyBlock = z.infer<typeof bodyBlockSchema>;

export const continuationSchema = z.object({
  /** The page (版次) the print names: `（下转第4版）` → 4. */
  page: z.number().int().positive(),
  /** The other half of the article, when that page is in the bundle and the half was found on it. */
  articleId: idSchema.optional(),
});
/** An article printed in two halves on two pages: where the other half is. */
export type Continuation = z.infer<typeof continuationSchema>;

export const columnRefSchema = z.object({
  /** Stable and URL-safe, the label spelled in pinyin (`ren-min-shi-ping`): its page is `/column/<id>`. */
  id: idSchema,
  /** The column's name as printed, without brackets: `重点项目进行时`, `人民时评`. */
  label: z.string().min(1),
});
/** A 栏目 an item is listed under. */
export type ColumnRef = z.infer<typeof columnRefSchema>;

export const articleKindSchema = z.enum(['article', 'photo']);
/** `article`: a story with a headline and body; `photo`: a photo item, its caption and credit (no image exists). */
export type ArticleKind = z.infer<typeof articleKindSchema>;

export const articleSchema = z.object({
  /** Stable and URL-safe: `<pageId>--<hash of the item's own content>`, so it survives rebuilds and other pages. */
  id: idSchema,
  /** The page this item was printed on. */
  pageId: idSchema,
  /** Position on the page, 0-based, in print (reading) order. */
  order: z.number().int().nonnegative(),
  kind: articleKindSchema,
  /** 引题: the short line printed above the headline. */
  kicker: z.string().min(1).optional(),
  /** The headline as printed, its line breaks joined. Empty only for a photo item that printed none. */
  headline: z.string(),
  /** 副题: the short lines printed under the headline, in order. */
  subheadlines: z.array(z.string().min(1)),
  /** 栏目: the column label heading the item, its lines joined (`重点项目进行时`). */
  column: z.string().min(1).optional(),
  /**
   * The column tag printed in full-width brackets closing or opening the headline, without the
   * brackets: `人民时评` of `…（人民时评）`. Derived by the pipeline; the headline keeps it as printed.
   */
  columnTag: z.string().min(1).optional(),
  /**
   * The 栏目 pages listing this item: its `column` (when it reads as a label: Chinese characters, at
   * most 12), then its `columnTag` when that names another. Derived by the pipeline; absent when none.
   */
  columns: z.array(columnRefSchema).min(1).optional(),
  /** Where and how the story was filed, as printed without its bylines: `本报讯`, `据新华社北京3月5日电`. */
  dateline: z.string().min(1).optional(),
  /** Writers, photographers and correspondents, in printed order. */
  bylines: z.array(bylineSchema),
  /** The body in print order: paragraphs and the section heads (小标题) between them. */
  body: z.array(bodyBlockSchema),
  /** A photo item's caption, without its credit; a caption of several paragraphs keeps them on lines of their own (`\n`). */
  caption: z.string().min(1).optional(),
  /** `（下转第4版）`: the article goes on on another page. The marker itself is not in the body. */
  continuedOn: continuationSchema.optional(),
  /** `（上接第1版）`: this is the second half of an article begun on another page. */
  continuedFrom: continuationSchema.optional(),
});
export type Article = z.infer<typeof articleSchema>;

export const pageFactsSchema = z.object({
  /** The newspaper's name, e.g. `武进日报`. */
  publication: z.string().min(1).optional(),
  /** Publication date, `YYYY-MM-DD`; only ever from a sidecar or the page's own text, never invented. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** The printed page number (版次). */
  number: z.number().int().positive().optional(),
  /** The section letter printed before the number (`A` of `第A02版`), for papers that number each section apart. */
  section: z.string().regex(/^[A-Z]$/).optional(),
  /** The page's name (版名), e.g. `要闻`. */
  name: z.string().min(1).optional(),
});
export type PageFacts = z.infer<typeof pageFactsSchema>;

export const pageSchema = pageFactsSchema.extend({
  /** Stable and URL-safe, derived from the seed's file name. */
  id: idSchema,
  /** The seed file the page was read from, relative to the seeds folder. */
  source: z.string().min(1),
  /** The page's items in print order; none on a page that printed only advertising. */
  articleIds: z.array(idSchema),
  /** The page printed only advertising (`广告`): it is listed in its edition but has no articles. */
  advertisement: z.literal(true).optional(),
});
export type Page = z.infer<typeof pageSchema>;

export const entityKindSchema = z.enum(['person', 'enterprise', 'organization', 'project']);
export type EntityKind = z.infer<typeof entityKindSchema>;

export const entitySchema = z.object({
  /** Stable and URL-safe, derived from kind and name. */
  id: idSchema,
  kind: entityKindSchema,
  /** Full name as printed (`中讯半导体(江苏)有限公司`, `盛蕾`). */
  name: z.string().min(1),
  /** Roles printed beside the name (`市长`, `记者`, `摄影`), distinct, in first-seen order. */
  roles: z.array(z.string().min(1)),
  /** Other printed forms that resolve to this entity (`中讯半导体`). */
  aliases: z.array(z.string().min(1)).default([]),
  /** Where it is mentioned: one entry per article, `count` mentions there. */
  mentions: z.array(
    z.object({
      articleId: idSchema,
      count: z.number().int().positive(),
      /**
       * The roles printed beside it in that article (and those the editors give it everywhere);
       * absent when none. In the corpus (`compile --json`) only: a page's file folds its articles'
       * into the entity's `roles`, an entity's file drops them.
       */
      roles: z.array(z.string().min(1)).optional(),
      /** Its other printed forms found in that article; absent when none. In the corpus only, as `roles`. */
      aliases: z.array(z.string().min(1)).optional(),
    }),
  ),
});
export type Entity = z.infer<typeof entitySchema>;

/** The whole corpus as one object: what `npm run -s compile -- --json` prints. */
export const corpusSchema = z.object({
  pages: z.array(pageSchema),
  articles: z.array(articleSchema),
  entities: z.array(entitySchema),
});
export type Corpus = z.infer<typeof corpusSchema>;

/** What the manifest says of an article: enough for headline lists (标题导航) without the body. */
export const articleSummarySchema = articleSchema.pick({
  id: true,
  kind: true,
  kicker: true,
  headline: true,
  column: true,
  caption: true,
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

/** A page as listed in its edition: its facts and its headlines (标题导航), without bodies. */
export const pageSummarySchema = pageSchema.omit({ articleIds: true }).extend({
  /** The page's items in print order, summarized. */
  articles: z.array(articleSummarySchema),
});
export type PageSummary = z.infer<typeof pageSummarySchema>;

export const editionInfoSchema = z.object({
  /** The date (`YYYY-MM-DD`), or `undated` for pages that state none. */
  id: idSchema,
  date: pageFactsSchema.shape.date,
  /** The publication, when every page of the edition names the same one. */
  publication: pageFactsSchema.shape.publication,
  /** The edition's first page in reading order: where the edition opens. */
  firstPageId: idSchema,
  pageCount: z.number().int().positive(),
  articleCount: z.number().int().nonnegative(),
});
export type EditionInfo = z.infer<typeof editionInfoSchema>;

const yearSchema = z.string().regex(/^\d{4}$/, 'a year is four digits');

/** The one small file every route loads. It does not grow with the archive: years are counted, not listed. */
export const manifestSchema = z.object({
  version: z.literal(BUNDLE_VERSION),
  /** The newest editions (at most {@link MANIFEST_EDITIONS}), newest first; the undated edition, if listed, last. */
  editions: z.array(editionInfoSchema).max(MANIFEST_EDITIONS),
  /** Every edition, the undated one included. */
  editionCount: z.number().int().nonnegative(),
  /** Years with dated editions, newest first: each has `years/<year>.json`. */
  years: z.array(z.object({ year: yearSchema, editionCount: z.number().int().positive() })),
  /** The oldest edition's date, for a date picker's lower bound; absent when nothing is dated. */
  firstDate: pageFactsSchema.shape.date,
  /** Whether pages without a date exist (the `undated` edition). */
  hasUndated: z.boolean(),
  /** Path (under `data/`) of the search index's entry file; absent when no index was built. */
  searchIndex: z.string().optional(),
  /** The site's URL, name, publisher and editors' address (`--site`, `seeds/site.json`). */
  site: siteSchema.default({ name: DEFAULT_SITE_NAME }),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** `years/<YYYY>.json`: one year's dated editions, newest first. */
export const yearChunkSchema = z.object({
  version: z.literal(BUNDLE_VERSION),
  year: yearSchema,
  editions: z.array(editionInfoSchema),
});
export type YearChunk = z.infer<typeof yearChunkSchema>;

/** Where a neighbouring edition opens: enough for a 上一期 / 下一期 link. */
export const editionLinkSchema = editionInfoSchema.pick({ id: true, date: true, firstPageId: true });
export type EditionLink = z.infer<typeof editionLinkSchema>;

/** `editions/<editionId>.json`: an edition's pages with their headlines, for 版面导航 and 标题导航. */
export const editionChunkSchema = z.object({
  version: z.literal(BUNDLE_VERSION),
  edition: editionInfoSchema,
  /** 上一期: the dated edition just before this one; absent for the oldest and the undated edition. */
  previous: editionLinkSchema.optional(),
  /** 下一期: the dated edition just after this one; absent for the newest and the undated edition. */
  next: editionLinkSchema.optional(),
  /** Pages in reading order (page number, then file name). */
  pages: z.array(pageSummarySchema),
});
export type EditionChunk = z.infer<typeof editionChunkSchema>;

export const pageChunkSchema = z.object({
  version: z.literal(BUNDLE_VERSION),
  page: pageSchema,
  articles: z.array(articleSchema),
  /**
   * The entities mentioned on this page, with `mentions` limited to this page's articles (an
   * entity's whole list is in its own file): what the page's and its articles' sidebars and the
   * links in their bodies need. Their `roles` and `aliases` are those printed on this page, so a
   * later edition that gives someone a new role or a company a new short form leaves this file as it
   * was. In name order (zh-CN collation, then id).
   */
  entities: z.array(entitySchema),
});
export type PageChunk = z.infer<typeof pageChunkSchema>;

/**
 * What an article view and an entity page's mention list read of one article: cut from its page's
 * file by `articleChunkOf` (bundle-layout.ts), not a file of its own (the page's file holds the same
 * text, and each copy would be stored again).
 */
export const articleChunkSchema = z.object({
  version: z.literal(BUNDLE_VERSION),
  article: articleSchema,
  /** The page it was printed on: its facts (breadcrumb, edition). */
  page: pageSchema,
  /** The entities it mentions, with `mentions` limited to this article; in name order, as the page's. */
  entities: z.array(entitySchema),
});
export type ArticleChunk = z.infer<typeof articleChunkSchema>;

export const coMentionSchema = entitySchema.pick({ id: true, kind: true, name: true }).extend({
  /** The roles it is printed with in the articles that mention both (not all it has had). */
  roles: entitySchema.shape.roles,
  /** Articles that mention both. */
  count: z.number().int().positive(),
});
export type CoMention = z.infer<typeof coMentionSchema>;

/** `entities/<entityId>.json`: an entity page's data. */
export const entityChunkSchema = z.object({
  version: z.literal(BUNDLE_VERSION),
  /** With every article that mentions it. */
  entity: entitySchema,
  /**
   * 同现: the persons and enterprises mentioned in the same articles, most articles in common
   * first, then persons before enterprises, then by name; at most {@link MAX_CO_MENTIONS}.
   */
  coMentions: z.array(coMentionSchema).max(MAX_CO_MENTIONS),
});
export type EntityChunk = z.infer<typeof entityChunkSchema>;

/** An item as a column page lists it: its title, its date and its 版. */
export const columnItemSchema = articleSchema.pick({ id: true, kind: true, kicker: true, headline: true, column: true, caption: true }).extend({
  pageId: idSchema,
  date: pageFactsSchema.shape.date,
  number: pageFactsSchema.shape.number,
  section: pageFactsSchema.shape.section,
  /** The page's 版名. */
  pageName: pageFactsSchema.shape.name,
});
export type ColumnItem = z.infer<typeof columnItemSchema>;

/** `columns/<columnId>.json`: a 栏目 page's data, one file per column (not in any page's file). */
export const columnChunkSchema = z.object({
  version: z.literal(BUNDLE_VERSION),
  column: columnRefSchema,
  /** Every item listed under it, newest edition first, then in reading order. */
  items: z.array(columnItemSchema).min(1),
});
export type ColumnChunk = z.infer<typeof columnChunkSchema>;

