// What the built site should show, read from the bundle the build wrote: the specs check the site
// against its own data rather than against copied strings.
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { join } from 'node:path';
import {
  bundlePaths,
  columnChunkSchema,
  editionChunkSchema,
  entityChunkSchema,
  manifestSchema,
  pageChunkSchema,
  UNDATED_EDITION,
  yearChunkSchema,
  type Article,
  type ColumnChunk,
  type EditionInfo,
  type Entity,
  type PageChunk,
} from '../src/contract/bundle.ts';
import { monthsBetween } from '../src/contract/months.ts';
import { isBrowserRendered } from '../src/contract/permalinks.ts';
import { DATA_ENTRY, dataEntrySchema, parseStoredLocation, shardOfPath } from '../src/contract/deploy.ts';
import { decodeFileMapShard } from '../src/pipeline/bundle/address.ts';

const dataDir = join(process.env.DUBAO_DIST ?? 'dist-e2e', 'data');
const readStored = (path: string): unknown => JSON.parse(readFileSync(join(dataDir, path), 'utf8'));
const entry = dataEntrySchema.parse(readStored(DATA_ENTRY));
const readShard = (file: string) => decodeFileMapShard(readFileSync(join(dataDir, file)));

/** Where the built site stores a logical bundle file, as the app finds it: a hashed file, or a pack's member. */
function storedLocation(path: string): string {
  const shard = readShard(entry.shards[shardOfPath(path, entry.shards.length)]!);
  const stored = shard.files[path];
  if (!stored) throw new Error(`the built bundle has no ${path}`);
  return stored;
}

/** The hashed file (under `data/`) a browser fetches for a logical bundle file: its own, or its pack. */
export function storedPath(path: string): string {
  return parseStoredLocation(storedLocation(path))!.file;
}

/**
 * A body for {@link storedPath}(path) in which that logical file reads as `json` (padded with spaces to
 * its member's length when it is in a pack): what a host serving a wrong file would send.
 */
export function storedBodyWith(path: string, json: string): Buffer {
  const { file, member } = parseStoredLocation(storedLocation(path))!;
  if (!member) return Buffer.from(json);
  if (Buffer.byteLength(json) > member.length) throw new Error(`${json} is longer than ${path} in its pack`);
  // The pack's other members stay as they are.
  const pack = gunzipSync(readFileSync(join(dataDir, file)));
  pack.write(json.padEnd(member.length, ' '), member.offset, 'utf8');
  return gzipSync(pack);
}

const read = (path: string): unknown => {
  const { file, member } = parseStoredLocation(storedLocation(path))!;
  if (!member) return readStored(file);
  if (member.ranged) return JSON.parse(gunzipSync(readFileSync(join(dataDir, file)).subarray(member.offset, member.offset + member.length)).toString('utf8'));
  const pack = gunzipSync(readFileSync(join(dataDir, file)));
  return JSON.parse(pack.subarray(member.offset, member.offset + member.length).toString('utf8'));
};

/** The hashed paths of the search index's files (logical paths under `search/`). */
export const searchFiles: ReadonlySet<string> = new Set(
  entry.shards.flatMap((shard) =>
    Object.entries(readShard(shard).files)
      .filter(([path]) => path.startsWith('search/'))
      .map(([, stored]) => parseStoredLocation(stored)!.file),
  ),
);

export const manifest = manifestSchema.parse(read(bundlePaths.manifest));

/** Every edition id: the manifest lists only the newest, the years' files all of them. */
export const editionIds: string[] = [
  ...manifest.years.flatMap(({ year }) => yearChunkSchema.parse(read(bundlePaths.year(year))).editions.map((edition) => edition.id)),
  ...(manifest.hasUndated ? [UNDATED_EDITION] : []),
];

export const pages: PageChunk[] = editionIds.flatMap((id) =>
  editionChunkSchema.parse(read(bundlePaths.edition(id))).pages.map((page) => pageChunkSchema.parse(read(bundlePaths.page(page.id)))),
);

/** The front page's page: the newest edition's first page. */
export const frontPage: PageChunk = pages.find((chunk) => chunk.page.id === manifest.editions[0]?.firstPageId) ?? (() => {
  throw new Error('the bundle has no pages');
})();

export const frontArticles: Article[] = [...frontPage.articles].sort((a, b) => a.order - b.order);

/** Every entity, whole: each page's file names its entities, and each entity has a file of its own. */
export const entities: Entity[] = [...new Set(pages.flatMap((chunk) => chunk.entities.map((entity) => entity.id)))].map(
  (id) => entityChunkSchema.parse(read(bundlePaths.entity(id))).entity,
);

/** Every dated edition, newest first, from the years' files. */
export const datedEditions: EditionInfo[] = manifest.years.flatMap(({ year }) => yearChunkSchema.parse(read(bundlePaths.year(year))).editions);

/** The calendar's months (`2024-10`), oldest first: every month from the oldest dated edition's to the newest's. */
export const calendarMonths: string[] = datedEditions.length > 0 ? monthsBetween(datedEditions[datedEditions.length - 1]!.date!.slice(0, 7), datedEditions[0]!.date!.slice(0, 7)) : [];

/** Every column's file: each article names the columns it is listed under. */
export const columns: ColumnChunk[] = [...new Set(pages.flatMap((chunk) => chunk.articles.flatMap((article) => (article.columns ?? []).map((column) => column.id))))].map(
  (id) => columnChunkSchema.parse(read(bundlePaths.column(id))),
);

/** Every route of the site (router paths, without the base): those prerendered and those left to the browser. */
export const allRoutes: string[] = [
  '/',
  ...pages.map((chunk) => `/page/${chunk.page.id}`),
  ...pages.flatMap((chunk) => chunk.articles.map((article) => `/article/${article.id}`)),
  ...entities.map((entity) => `/entity/${entity.id}`),
  ...editionIds.map((id) => `/edition/${id}/print`),
  '/calendar',
  ...calendarMonths.map((month) => `/calendar/${month}`),
  ...columns.map((chunk) => `/column/${chunk.column.id}`),
  '/search',
  '/mine',
  '/no/such/page',
];

/** Routes the build leaves to the browser (BROWSER_RENDERED_PREFIXES): the host answers them with 404.html. */
export const browserRenderedRoutes = allRoutes.filter((route) => isBrowserRendered(route));

/** Routes with an HTML file of their own. */
export const prerenderedRoutes = allRoutes.filter((route) => !isBrowserRendered(route));
